package dev.unitlint.rules.exec;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.SourceText;
import dev.unitlint.syntax.Span;
import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A "# comment" at the end of a value. systemd.syntax(7): only "lines starting with # or ; are
 * ignored"; a # after a value is part of the value. In a command line the words become arguments
 * of the program; in Description= they become part of the text. (Where the extra words make the
 * value invalid, as in Environment=, systemd complains and the value rules report it.)
 */
@RuleId("SD514")
public final class TrailingComment implements Rule {

    private static final Set<String> TEXT_KEYS = Set.of("Description");

    @Override
    public void check(Unit unit, RuleContext context) {
        for (ExecLine line : ExecLines.inForce(unit)) {
            for (Command command : line.commandLine().commands()) {
                for (Word word : command.arguments()) {
                    if (word.isPlain() && onlyHashes(word.text())) {
                        line.report(context, word.from(), line.assignment().value().length(), "'" + line.assignment()
                                .value().substring(word.from()) + "' is not a comment: systemd only ignores lines that"
                                + " start with # (systemd.syntax(7)), so " + command.programName() + " gets these words"
                                + " as arguments. Move the comment to a line of its own above",
                                moveAbove(line.assignment(), word.from()));
                        return;
                    }
                }
            }
        }
        for (Assignment a : KnownKeys.readAssignments(unit)) {
            if (!TEXT_KEYS.contains(a.key())) {
                continue;
            }
            String text = a.value();
            for (int i = 1; i < text.length(); i++) {
                if (text.charAt(i) == '#' && Character.isWhitespace(text.charAt(i - 1))
                        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i
                                + 1) == '#')) {
                    report(context, a, i);
                    break;
                }
            }
        }
    }

    /** Whether the word is "#", "##", ...: asked of every argument, so no regular expression. */
    private static boolean onlyHashes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '#') {
                return false;
            }
        }
        return true;
    }

    private static void report(RuleContext context, Assignment a, int from) {
        context.report(a.file(), a.entry().value().span(from, a.value().length()), "'" + a.value().substring(from)
                + "' is not a comment: systemd only ignores lines that start with # (systemd.syntax(7)), so it is part"
                + " of " + a.key() + "=. Move the comment to a line of its own above", moveAbove(a, from));
    }

    /**
     * Moves the comment (characters {@code from} to the end of the value) to a line of its own
     * above the setting, and takes it and the blanks before it off the value. Only when it is
     * written on the setting's last line as it is in the file, and has words after its #: a comment
     * that runs over a continuation or holds bytes that are not UTF-8, and a lone '#' (which may be
     * an argument after all), stay for a person to move.
     */
    static Optional<Fix> moveAbove(Assignment a, int from) {
        Entry entry = a.entry();
        Span span = entry.value().span(from, a.value().length());
        if (span.startLine() != entry.lastLine() || span.endLine() != entry.lastLine()) {
            return Optional.empty();
        }
        String comment = a.value().substring(from);
        String written = a.file().physicalLine(span.startLine());
        int at = written.offsetByCodePoints(0, span.startColumn() - 1);
        if (!written.substring(at).strip().equals(comment.strip()) || !comment.strip().matches("#+\\s+\\S.*")
                || comment.strip().endsWith("\\")
                || comment.chars().anyMatch(SourceText::isEscapedByte)) {
            return Optional.empty();
        }
        FileEdits edits = FileEdits.of(a.file());
        return Fix.of(Applicability.SAFE, "Move '" + comment.strip() + "' to a comment line above", List.of(
                edits.insertLinesBefore(entry, List.of(comment.strip())),
                edits.deleteToLineEnd(span.startLine(), span.startColumn())));
    }
}
