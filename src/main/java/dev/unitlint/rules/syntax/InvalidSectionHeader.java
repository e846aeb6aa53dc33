package dev.unitlint.rules.syntax;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.syntax.SectionHeader;
import dev.unitlint.syntax.SourceText;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.SyntaxProblem;
import dev.unitlint.syntax.UnitFile;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section header systemd cannot read: text after the closing {@code ]}, no {@code ]} at
 * all, or a name with control characters, quotes or backslashes. systemd stops reading the
 * file and refuses the unit ("Invalid section header", "Bad message").
 */
@RuleId("SD003")
public final class InvalidSectionHeader implements Rule {

    /** {@code [Service] # the main part}: a comment written after the header. */
    private static final Pattern TRAILING_COMMENT = Pattern.compile("[ \\t]*\\[[A-Za-z0-9][A-Za-z0-9_-]*\\][ \\t]+([#;].*)");
    /** {@code [Service}: the closing bracket forgotten. */
    private static final Pattern UNCLOSED = Pattern.compile("[ \\t]*\\[([A-Za-z][A-Za-z0-9_-]*)[ \\t]*");

    @Override
    public void check(Unit unit, RuleContext context) {
        for (UnitFile file : unit.files()) {
            for (SyntaxProblem problem : file.problems()) {
                if (problem.kind() == SyntaxProblem.Kind.INVALID_SECTION_HEADER) {
                    context.report(file, problem.span(), "invalid section header '" + problem.detail()
                            + "': a header must end with ']'. systemd stops reading the file here and refuses to"
                            + " load the unit", repair(file, problem.span().startLine()));
                } else if (problem.kind() == SyntaxProblem.Kind.UNSAFE_SECTION_NAME) {
                    context.report(file, problem.span(), "section name '" + problem.detail() + "' contains"
                            + " characters systemd does not allow (control characters, quotes or backslashes);"
                            + " it refuses to load the unit");
                }
            }
        }
    }

    /**
     * The two headers with one evident repair: a comment after the header moves to a line of its
     * own above it (below it after a byte order mark), and a known section name without its ']'
     * gets it. Other text after a header,
     * and headers continued over several lines, are left to a person.
     */
    private static Optional<Fix> repair(UnitFile file, int line) {
        Optional<SectionHeader> header = file.lines().stream()
                .filter(l -> l instanceof SectionHeader && l.firstLine() == line && l.lastLine() == line)
                .map(SectionHeader.class::cast).findFirst();
        String text = file.physicalLine(line);
        int bom = text.startsWith("\uFEFF") ? 1 : 0;
        String body = text.substring(bom);
        if (header.isEmpty() || body.chars().anyMatch(SourceText::isEscapedByte)) {
            return Optional.empty();
        }
        FileEdits edits = FileEdits.of(file);
        Matcher comment = TRAILING_COMMENT.matcher(body);
        if (comment.matches() && !comment.group(1).strip().endsWith("\\")) {
            String moved = comment.group(1).strip();
            // After a byte order mark a comment is not read as one (SD002): there it goes below.
            return Fix.of(Applicability.SAFE, "Move '" + moved + "' to a comment line " + (bom > 0 ? "below" : "above")
                    + " the header", List.of(bom > 0 ? edits.insertLinesAfter(header.get(), List.of(moved))
                            : edits.insertLinesBefore(header.get(), List.of(moved)),
                    edits.deleteToLineEnd(line, column(text, bom + comment.start(1)))));
        }
        Matcher unclosed = UNCLOSED.matcher(body);
        if (unclosed.matches() && (KnownKeys.catalog().isKnownSection(unclosed.group(1))
                || KnownKeys.isExtension(unclosed.group(1)))) {
            int at = column(text, bom + unclosed.end(1));
            return Fix.of(Applicability.SAFE, "Close the header: [" + unclosed.group(1) + "]",
                    List.of(edits.insertBefore(new Span(line, at, line, at), "]")));
        }
        return Optional.empty();
    }

    private static int column(String text, int index) {
        return text.codePointCount(0, index) + 1;
    }
}
