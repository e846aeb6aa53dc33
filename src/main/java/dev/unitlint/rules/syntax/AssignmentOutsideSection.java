package dev.unitlint.rules.syntax;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Line;
import dev.unitlint.syntax.SectionHeader;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.UnitFile;
import java.util.List;
import java.util.Optional;

/** A line before the first section header: systemd ignores it ("Assignment outside of section"). */
@RuleId("SD002")
public final class AssignmentOutsideSection implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (UnitFile file : unit.files()) {
            for (Entry entry : file.entriesOutsideSections()) {
                String message;
                Optional<Fix> fix = Optional.empty();
                if (entry.raw().startsWith("\uFEFF") && entry.key().matches("^[#;].*")) {
                    // systemd looks for comments before it strips the byte order mark.
                    message = "this comment follows a UTF-8 byte order mark, so systemd does not read it as a"
                            + " comment and reports an assignment outside of any section. Save the file without a BOM";
                    // The line is evidently a comment: without the mark, systemd reads it as one.
                    fix = Fix.of(Applicability.SAFE, "Remove the byte order mark", List.of(FileEdits.of(file)
                            .replace(new Span(entry.firstLine(), 1, entry.firstLine(), 2), "")));
                } else if (looksLikeCopiedSymlink(file, entry)) {
                    message = "this file holds only the path '" + entry.key() + "', as if a symbolic link had been"
                            + " copied as a file; systemd reads it as a line outside any section. Make it a symbolic"
                            + " link (to /dev/null to mask the unit)";
                } else {
                    message = "'" + entry.key() + (entry.hasEquals() ? "=" : "")
                            + "' comes before any section header; systemd ignores it. Move it under "
                            + suggestedSection(file, unit);
                }
                context.report(file, entry.keySpan().startLine() > 0 ? entry.keySpan() : entry.span(), message, fix);
            }
        }
    }

    /** A file whose only line is a path without '=': a symlink flattened into a file by a copy or an archive. */
    private static boolean looksLikeCopiedSymlink(UnitFile file, Entry entry) {
        return file.sections().isEmpty() && file.entriesOutsideSections().size() == 1 && !entry.hasEquals()
                && entry.key().indexOf('/') >= 0 && entry.key().indexOf(' ') < 0;
    }

    private static String suggestedSection(UnitFile file, Unit unit) {
        for (Line line : file.lines()) {
            if (line instanceof SectionHeader header) {
                return "a section such as [" + header.name() + "]";
            }
        }
        return "the section it belongs to (" + String.join(", ",
                unit.type().sections().stream().map(s -> "[" + s + "]").toList()) + ")";
    }
}
