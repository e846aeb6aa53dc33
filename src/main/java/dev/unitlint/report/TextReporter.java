package dev.unitlint.report;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * The default report: one line per finding, {@code path:line:col: severity: message [ID name]},
 * the shape compilers and {@code systemd-analyze verify} use, so editors and CI problem
 * matchers pick it up. Coloured only when asked to.
 */
public final class TextReporter {

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

    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001B[1;31m";
            case WARNING -> "\u001B[1;33m";
            case INFO -> "\u001B[1;36m";
        };
    }
}
