package dev.unitlint.fuzz;

import dev.unitlint.findings.Finding;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Line;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.SyntaxProblem;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.syntax.UnitFileParser;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties the fuzz tests ({@link PipelineFuzzTest}) and the regression fixtures they
 * found ({@link FuzzRegressionTest}) check. Each throws {@link AssertionError} with the reason.
 *
 * <ul>
 *   <li>parsing and checking never throw;</li>
 *   <li>the syntax tree prints back the input byte for byte;</li>
 *   <li>every span (lines, keys, values, section names, problems, findings) lies within the file;</li>
 *   <li>the same input gives the same findings again.</li>
 * </ul>
 */
final class Properties {

    private static final Linter LINTER = new Linter(LintOptions.everyRule());

    private Properties() {
    }

    static UnitFile parseRoundTripsWithSpansInside(String path, byte[] bytes) {
        UnitFile file = UnitFileParser.parse(path, bytes);
        byte[] printed = file.toBytes();
        if (!Arrays.equals(bytes, printed)) {
            throw new AssertionError("round trip changed the bytes: " + Arrays.toString(bytes) + " -> "
                    + Arrays.toString(printed));
        }
        SpanCheck spans = new SpanCheck(file);
        for (Line line : file.lines()) {
            spans.check(line.span(), "line");
        }
        for (Entry entry : file.entries()) {
            spans.check(entry.keySpan(), "key of " + entry);
            if (entry.value() != null) {
                spans.check(entry.value().span(), "value of " + entry);
                int length = entry.value().text().length();
                spans.check(entry.value().span(0, length), "whole value of " + entry);
                if (length > 1) {
                    spans.check(entry.value().span(length / 2, length), "half value of " + entry);
                }
            }
        }
        for (Section section : file.sections()) {
            spans.check(section.header().nameSpan(), "section name " + section.name());
        }
        for (SyntaxProblem problem : file.problems()) {
            spans.check(problem.span(), "problem " + problem);
        }
        return file;
    }

    /** Checks a unit made of these files; returns its findings. */
    static List<Finding> checkIsStable(Unit unit) {
        List<Finding> first = LINTER.lint(unit);
        List<Finding> second = LINTER.lint(unit);
        if (!first.equals(second)) {
            throw new AssertionError("findings differ between two checks:\n" + first + "\n" + second);
        }
        Map<String, SpanCheck> byPath = new HashMap<>();
        for (UnitFile file : unit.files()) {
            byPath.put(file.path(), new SpanCheck(file));
        }
        for (Finding finding : first) {
            SpanCheck spans = byPath.get(finding.path());
            if (spans == null) {
                throw new AssertionError("finding in a file outside the unit: " + finding);
            }
            spans.check(finding.span(), "finding " + finding);
        }
        return first;
    }

    static Unit unit(String name, UnitFile base, List<UnitFile> dropIns) {
        return new Unit(UnitName.parse(name).orElseThrow(), base, dropIns);
    }

    /** Line lengths of a file, in code points, to check spans against. */
    private static final class SpanCheck {
        private final UnitFile file;
        private final int lines;
        private final int[] lengths;

        SpanCheck(UnitFile file) {
            this.file = file;
            this.lines = file.source().lineCount();
            this.lengths = new int[lines + 1];
            Arrays.fill(lengths, -1);
        }

        private int length(int line) {
            if (lengths[line] < 0) {
                String text = file.physicalLine(line);
                lengths[line] = text.codePointCount(0, text.length());
            }
            return lengths[line];
        }

        void check(Span span, String what) {
            boolean inside = span.startLine() >= 1 && span.endLine() <= lines
                    && (span.startLine() < span.endLine()
                        || (span.startLine() == span.endLine() && span.startColumn() <= span.endColumn()))
                    && span.startColumn() >= 1 && span.startColumn() <= length(span.startLine()) + 1
                    && span.endColumn() >= 1 && span.endColumn() <= length(span.endLine()) + 1;
            if (!inside) {
                throw new AssertionError(what + ": span " + span + " is not within the file (" + lines + " lines)");
            }
        }
    }
}
