package dev.unitlint.report;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The default report: one line per finding, {@code path:line:col: severity: message [ID name]},
 * the shape compilers and {@code systemd-analyze verify} use, so editors and CI problem
 * matchers pick it up. With colour (a terminal) each finding also shows its source line
 * with a caret line under the offending columns, as compilers do.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";

    private final boolean color;

    public TextReporter(boolean color) {
        this.color = color;
    }

    public void report(List<Finding> findings, PrintWriter out) {
        for (Finding finding : findings) {
            out.println(format(finding));
        }
        out.flush();
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        // One line at a time through one reused buffer: a corpus run with every rule prints 150,000 lines.
        StringBuilder line = new StringBuilder(256);
        for (ReportedFinding reported : result.all()) {
            if (reported.suppressed()) {
                continue;
            }
            Finding f = reported.finding();
            if (!color) {
                line.setLength(0);
                line.append(f.path()).append(':').append(f.line()).append(':').append(f.column()).append(": ")
                        .append(f.severity().label()).append(": ").append(f.message()).append(" [")
                        .append(f.ruleId()).append(' ').append(f.ruleName()).append("]\n");
                out.append(line);
                continue;
            }
            out.append(format(f)).append('\n');
            if (color && result.file(f.path()).isPresent()) {
                out.append(context(result.lineText(f.path(), f.line()), f));
            }
        }
    }

    public String format(Finding f) {
        String location = f.path() + ":" + f.line() + ":" + f.column() + ":";
        String severity = f.severity().label() + ":";
        String rule = "[" + f.ruleId() + " " + f.ruleName() + "]";
        if (!color) {
            return location + " " + severity + " " + f.message() + " " + rule;
        }
        return BOLD + location + RESET + " " + colorOf(f.severity()) + severity + RESET + " " + f.message() + " "
                + DIM + rule + RESET;
    }

    /**
     * The source line and a caret line under the finding's columns (to the end of the line when
     * the finding goes on to later lines). Tabs before the columns are copied so the carets line
     * up; control characters are shown as spaces so they cannot move the cursor.
     */
    String context(String line, Finding f) {
        int[] codePoints = line.codePoints().map(c -> c == '\t' || c >= 0x20 && c != 0x7f ? c : ' ').toArray();
        String gutter = String.valueOf(f.line());
        String pad = " ".repeat(gutter.length());
        int start = Math.min(f.column() - 1, codePoints.length);
        int end = f.span().endLine() == f.line() ? Math.min(f.span().endColumn() - 1, codePoints.length) : codePoints.length;
        StringBuilder carets = new StringBuilder();
        for (int i = 0; i < start; i++) {
            carets.append(codePoints[i] == '\t' ? '\t' : ' ');
        }
        carets.append("^".repeat(Math.max(1, end - start)));
        return " " + DIM + gutter + " | " + RESET + new String(codePoints, 0, codePoints.length) + "\n"
                + " " + DIM + pad + " | " + RESET + colorOf(f.severity()) + carets + RESET + "\n";
    }

    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001B[1;31m";
            case WARNING -> "\u001B[1;33m";
            case INFO -> "\u001B[1;36m";
        };
    }
}
