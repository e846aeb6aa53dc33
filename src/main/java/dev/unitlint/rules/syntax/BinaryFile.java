package dev.unitlint.rules.syntax;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.UnitFile;

/**
 * A file named like a unit file or drop-in that is not text (see
 * {@link dev.unitlint.syntax.SourceText#looksBinary()}): said once, at line 1. The linter runs
 * no other rule on such a file; each would report the "lines" of binary data, hundreds of
 * findings that say nothing.
 */
@RuleId("SD020")
public final class BinaryFile implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (UnitFile file : unit.files()) {
            if (!file.source().looksBinary()) {
                continue;
            }
            String what = file.source().startsWithUtf16ByteOrderMark()
                    ? "This file is UTF-16 text, not UTF-8: systemd reads it byte by byte, rejects it (\"String is"
                            + " not UTF-8 clean\") and fails to load the unit. Save it as UTF-8"
                    : "This file is binary data (NUL bytes among other bytes that are not text), not a text unit"
                            + " file: systemd fails to load it or ignores every line. Check that the right file was"
                            + " saved under this name; unitlint checks nothing else in it";
            context.report(file, new Span(1, 1, 1, 1), what);
        }
    }
}
