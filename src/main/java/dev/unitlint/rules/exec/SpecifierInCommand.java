package dev.unitlint.rules.exec;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Severity;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Word;
import dev.unitlint.values.Specifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code %} in a command line that needed to be {@code %%}. systemd expands specifiers in
 * every word of a command line when it loads the unit (config_parse_exec() calls
 * unit_full_printf()). An unknown specifier fails the expansion and systemd refuses the unit
 * (P1: "Failed to resolve unit specifiers … Invalid slot"); a known one is silently replaced,
 * which is almost never what a {@code date +%H:%M} or a {@code printf '%s'} meant.
 */
@RuleId("SD503")
public final class SpecifierInCommand implements Rule {

    /** Programs whose arguments are printf or strftime formats. */
    private static final Set<String> FORMAT_PROGRAMS = Set.of("date", "printf", "awk", "gawk", "mawk", "stat",
            "seq", "find", "ts", "strftime");
    /** Date and time conversions, which units hardly ever use as specifiers together. */
    private static final String DATE_LETTERS = "YmdHMS";

    @Override
    public void check(Unit unit, RuleContext context) {
        int version = context.systemdVersion();
        for (ExecLine line : ExecLines.of(unit)) {
            for (Command command : line.commandLine().commands()) {
                List<Word> words = new ArrayList<>();
                words.add(command.first());
                words.addAll(command.arguments());
                boolean formatProgram = FORMAT_PROGRAMS.contains(command.programName());
                for (Word word : words) {
                    if (checkWord(line, command, word, formatProgram, version, context)) {
                        break;
                    }
                }
            }
        }
    }

    private static boolean checkWord(ExecLine line, Command command, Word word, boolean formatProgram, int version,
                                     RuleContext context) {
        String text = word.text();
        boolean[] reported = {false};
        Specifiers.forEach(text, (i, letter) -> {
            if (reported[0]) {
                return;
            }
            int[] range = word.sourceRange(i, i + 2);
            Optional<String> meaning = Specifiers.meaning(letter, version);
            if (meaning.isEmpty() && version < Specifiers.UNKNOWN_REFUSED_FROM) {
                // Before 236 an unknown specifier was passed on as it is: what the author wrote.
                return;
            }
            if (meaning.isEmpty()) {
                String consequence = command.ignoresFailure()
                        ? "systemd ignores this whole command line (the '-' prefix makes the error non-fatal)"
                        : "systemd refuses to load the unit (\"Failed to resolve unit specifiers\")";
                line.report(context, Severity.ERROR, range[0], range[1], "'%" + letter + "' is not a systemd specifier:"
                        + " " + consequence + ". Write %%" + letter + " to pass a literal '%" + letter + "'",
                        doublePercent(line, range, letter, Applicability.SAFE));
                reported[0] = true;
            } else if (!Specifiers.isDeprecated(letter) && looksLikeFormat(text, i, formatProgram)) {
                line.report(context, Severity.WARNING, range[0], range[1], "'%" + letter + "' is the systemd specifier"
                        + " for the " + meaning.get() + ": systemd replaces it when it loads the unit, so "
                        + command.programName() + " never sees '%" + letter + "'. Write %%" + letter
                        + " to pass a literal '%" + letter + "'", doublePercent(line, range, letter, Applicability.UNSAFE));
                reported[0] = true;
            }
        });
        return reported[0];
    }

    /** Two date conversions joined as in a time format: %H:%M, %Y-%m-%d (not %u:%g, which chown means). */
    private static boolean joins(char left, char joiner, char right) {
        return ":-/._ T,".indexOf(joiner) >= 0 && DATE_LETTERS.indexOf(left) >= 0 && DATE_LETTERS.indexOf(right) >= 0;
    }

    /**
     * True when the specifier at {@code i} is evidently a printf or strftime conversion: the
     * program takes formats, the format starts with '+' (date), or it is joined to another
     * conversion (%H:%M, %Y-%m-%d).
     */
    private static boolean looksLikeFormat(String text, int i, boolean formatProgram) {
        if (formatProgram) {
            return true;
        }
        if (i > 0 && text.charAt(i - 1) == '+') {
            return true;
        }
        boolean before = i >= 3 && text.charAt(i - 3) == '%' && (i < 4 || text.charAt(i - 4) != '%')
                && joins(text.charAt(i - 2), text.charAt(i - 1), text.charAt(i + 1));
        boolean after = i + 4 < text.length() && text.charAt(i + 3) == '%' && text.charAt(i + 4) != '%'
                && joins(text.charAt(i + 1), text.charAt(i + 2), text.charAt(i + 4));
        return before || after;
    }

    /**
     * Doubles the '%' where it is written plainly in the file. Safe for an unknown specifier (the
     * unit is refused today, and a literal is the only reading); unsafe for a known one, which
     * works today and whose replacement the fix stops, on the rule's judgement that it is a
     * format.
     */
    private static Optional<Fix> doublePercent(ExecLine line, int[] range, char letter, Applicability applicability) {
        String value = line.assignment().value();
        if (range[1] - range[0] != 2 || value.charAt(range[0]) != '%' || value.charAt(range[0] + 1) != letter) {
            return Optional.empty();
        }
        return Fix.of(applicability, "Write %%" + letter + " for a literal %" + letter, List.of(FileEdits.of(
                line.assignment().file()).insertBefore(line.assignment().entry().value().span(range[0], range[0] + 1), "%")));
    }
}
