package dev.unitlint.rules.exec;

import dev.unitlint.catalog.DirectiveCatalog;
import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.model.Unit;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.syntax.Value;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line continued with a trailing backslash into a line that reads like a setting of its own
 * (Restart=on-failure) or a section header. systemd.syntax(7): "Lines ending in a backslash are
 * concatenated with the following line while reading", comment lines in between included — so
 * that setting is silently part of the previous value, usually a forgotten backslash.
 */
@RuleId("SD515")
public final class ContinuationSwallowsLine implements Rule {

    private static final Pattern SETTING = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)=");
    private static final Pattern HEADER = Pattern.compile("\\s*\\[[A-Za-z-]+\\]\\s*$");

    @Override
    public void check(Unit unit, RuleContext context) {
        for (UnitFile file : unit.files()) {
            for (Entry entry : file.entries()) {
                if (!entry.isAssignment() || entry.lastLine() == entry.firstLine()) {
                    continue;
                }
                Value value = entry.value();
                String text = value.text();
                int previousLine = value.isEmpty() ? entry.firstLine() : value.lineOf(0);
                for (int i = 0; i < text.length(); i++) {
                    int line = value.lineOf(i);
                    if (line == previousLine) {
                        continue;
                    }
                    previousLine = line;
                    // A region, not text.substring(i): a value continued over a million lines
                    // would otherwise be copied once per line.
                    Matcher setting = SETTING.matcher(text).region(i, text.length());
                    boolean known = setting.lookingAt() && !DirectiveCatalog.get().named(setting.group(1)).isEmpty();
                    if (known || HEADER.matcher(file.physicalLine(line)).matches()) {
                        int end = known ? setting.end() : text.length();
                        Span span = value.span(i, end);
                        context.report(file, span, "'" + file.physicalLine(line).strip() + "' is part of " + entry.key()
                                + "= above, not " + (known ? "a setting" : "a section header") + " of its own: the"
                                + " line before it ends with a backslash, which joins the next line"
                                + " (systemd.syntax(7))."
                                + " Remove the trailing backslash",
                                removeBackslash(file, entry, line));
                        break;
                    }
                }
            }
        }
    }

    /**
     * Deletes the backslash that joins the swallowed line, and the blanks before it: the last
     * character of the line above it that is not a comment (systemd skips comment lines inside a
     * continuation). Some of the value always comes before the swallowed line (the check starts
     * at the value's second line), so the setting keeps a value.
     */
    private static Optional<Fix> removeBackslash(UnitFile file, Entry entry, int swallowed) {
        int line = swallowed - 1;
        while (line > entry.firstLine() && isComment(file.physicalLine(line))) {
            line--;
        }
        String text = file.physicalLine(line);
        if (!text.endsWith("\\")) {
            return Optional.empty();
        }
        int column = text.codePointCount(0, text.length() - 1) + 1;
        return Fix.of(Applicability.SAFE, "Remove the trailing backslash on line " + line,
                List.of(FileEdits.of(file).deleteToLineEnd(line, column)));
    }

    private static boolean isComment(String line) {
        String stripped = line.stripLeading();
        return stripped.startsWith("#") || stripped.startsWith(";");
    }
}
