package dev.unitlint.report;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.SafeText;
import dev.unitlint.findings.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The default report: one line per finding, {@code path:line:col: severity: message [ID name]},
 * the shape compilers and {@code systemd-analyze verify} use, so editors and CI problem
 * matchers pick it up. On a terminal (see {@link Style}) each finding also shows its source
 * line with a caret line under the offending columns, as compilers do, and the address of
 * its rule's document; a summary line closes the report.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";

    /**
     * How the report looks; each part is decided on its own (colour is not "on a terminal").
     *
     * @param color      ANSI colours
     * @param showSource after each finding, its source line, carets under the offending columns and
     *                   the rule's documentation link
     * @param summary    a last line counting findings and files ("Found 3 errors, 1 warning in 2 of 12 files.")
     * @param statistics one line per rule and severity with its count, instead of the findings (ruff's
     *                   {@code --statistics})
     */
    public record Style(boolean color, boolean showSource, boolean summary, boolean statistics) {

        /** One line per finding, nothing else: what scripts and problem matchers read. */
        public static final Style PLAIN = new Style(false, false, false, false);
    }

    private final Style style;

    public TextReporter(Style style) {
        this.style = style;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        List<ReportedFinding> reported = result.reported();
        if (style.statistics()) {
            out.append(statistics(reported));
        } else {
            PerFile path = new PerFile(SafeText::escape);
            for (ReportedFinding finding : reported) {
                // The loop only calls: a corpus run with every rule switched on prints 150,000 lines,
                // and the JIT compiles a method called that often long before it replaces a loop
                // that runs once (on-stack replacement waits for tens of thousands of iterations).
                write(finding.finding(), result, path, out);
            }
        }
        if (style.summary()) {
            String summary = summary(result);
            out.append(style.color() ? BOLD + summary + RESET : summary).append('\n');
        }
    }

    /** One finding's line, and its source lines when shown. */
    private void write(Finding f, LintResult result, PerFile path, Appendable out) throws IOException {
        out.append(format(f, path.of(f.path()))).append('\n');
        if (style.showSource() && result.file(f.path()).isPresent()) {
            out.append(context(result.lineText(f.path(), f.line()), f));
            out.append(link(f));
        }
    }

    public String format(Finding f) {
        return format(f, SafeText.escape(f.path()));
    }

    private String format(Finding f, String escapedPath) {
        if (!style.color()) {
            // One builder of the line's size, no parts: a corpus run with every rule switched on prints
            // 150,000 lines, and a concatenation (compiled to a default-sized builder) copied each
            // line several times as it grew.
            String message = f.message();
            return new StringBuilder(escapedPath.length() + message.length() + f.ruleName().length() + 48)
                    .append(escapedPath).append(':').append(f.line()).append(':').append(f.column()).append(": ")
                    .append(f.severity().label()).append(": ").append(message)
                    .append(" [").append(f.ruleId()).append(' ').append(f.ruleName()).append(']').toString();
        }
        String location = escapedPath + ":" + f.line() + ":" + f.column() + ":";
        String severity = f.severity().label() + ":";
        String rule = "[" + f.ruleId() + " " + f.ruleName() + "]";
        return BOLD + location + RESET + " " + colorOf(f.severity()) + severity + RESET + " " + f.message() + " "
                + DIM + rule + RESET;
    }

    /**
     * The source line and a caret line under the finding's columns (to the end of the line when
     * the finding goes on to later lines). Tabs before the columns are copied so the carets line
     * up; other control characters are escaped as in messages ({@link SafeText}), and the carets
     * cover their escapes, so the line cannot move the cursor or reorder itself.
     */
    String context(String line, Finding f) {
        int[] codePoints = line.codePoints().toArray();
        String gutter = String.valueOf(f.line());
        String pad = " ".repeat(gutter.length());
        int start = Math.min(f.column() - 1, codePoints.length);
        int end = f.span().endLine() == f.line() ? Math.min(f.span().endColumn() - 1, codePoints.length)
                : codePoints.length;
        StringBuilder shown = new StringBuilder();
        StringBuilder carets = new StringBuilder();
        int caretCount = 0;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            int before = shown.length();
            if (c == '\t') {
                shown.append('\t');
            } else {
                SafeText.appendEscaped(shown, c);
            }
            int width = c == '\t' ? 1 : shown.codePointCount(before, shown.length());
            if (i < start) {
                carets.append(c == '\t' ? "\t" : " ".repeat(width));
            } else if (i < end) {
                caretCount += width;
            }
        }
        carets.append("^".repeat(Math.max(1, caretCount)));
        return " " + dim(gutter + " | ") + shown + "\n"
                + " " + dim(pad + " | ") + (style.color() ? colorOf(f.severity()) + carets + RESET : carets) + "\n";
    }

    /** The rule's document, under the source lines: where to read why it matters and how to fix it. */
    private String link(Finding f) {
        String gutter = " ".repeat(String.valueOf(f.line()).length());
        return " " + dim(gutter + " = ") + "see " + ProjectInfo.ruleDocument(f.ruleId()) + "\n";
    }

    /** "Found 3 errors, 1 warning in 2 of 12 files." or "No problems found in 12 files." */
    static String summary(LintResult result) {
        List<ReportedFinding> reported = result.reported();
        int checked = result.fileCount();
        StringBuilder text = new StringBuilder();
        if (reported.isEmpty()) {
            text.append(checked == 0 ? "No unit files checked."
                    : "No problems found in " + count(checked, "file") + ".");
        } else {
            Map<Severity, Integer> bySeverity = new LinkedHashMap<>();
            for (Severity severity : Severity.values()) {
                bySeverity.put(severity, 0);
            }
            TreeSet<String> files = new TreeSet<>();
            for (ReportedFinding finding : reported) {
                bySeverity.merge(finding.finding().severity(), 1, Integer::sum);
                files.add(finding.finding().path());
            }
            List<String> counts = new ArrayList<>();
            bySeverity.forEach((severity, n) -> {
                if (n > 0) {
                    // "info" is a mass noun here, as in the report lines: "2 info".
                    counts.add(severity == Severity.INFO ? n + " info" : count(n, severity.label()));
                }
            });
            text.append("Found ").append(String.join(", ", counts)).append(" in ");
            text.append(files.size() >= checked ? count(files.size(), "file")
                    : files.size() + " of " + count(checked, "file")).append('.');
        }
        if (!result.errors().isEmpty()) {
            // Those errors are on standard error, one line each.
            text.setLength(text.length() - 1);
            text.append("; ").append(count(result.errors().size(), "path")).append(" could not be checked.");
        }
        return text.toString();
    }

    /** Per rule and severity, how many findings; most frequent first, as ruff's --statistics. */
    static String statistics(List<ReportedFinding> reported) {
        record Key(String ruleId, String ruleName, Severity severity) {
        }
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (ReportedFinding finding : reported) {
            Finding f = finding.finding();
            counts.merge(new Key(f.ruleId(), f.ruleName(), f.severity()), 1, Integer::sum);
        }
        List<Map.Entry<Key, Integer>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<Key, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().ruleId()).thenComparing(e -> e.getKey().severity()));
        int countWidth = rows.stream().mapToInt(e -> String.valueOf(e.getValue()).length()).max().orElse(1);
        int severityWidth = "warning".length();
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Key, Integer> row : rows) {
            String count = String.valueOf(row.getValue());
            out.append(" ".repeat(countWidth - count.length())).append(count).append("  ")
                    .append(row.getKey().ruleId()).append("  ")
                    .append(String.format("%-" + severityWidth + "s", row.getKey().severity().label())).append("  ")
                    .append(row.getKey().ruleName()).append('\n');
        }
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String dim(String text) {
        return style.color() ? DIM + text + RESET : text;
    }

    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001B[1;31m";
            case WARNING -> "\u001B[1;33m";
            case INFO -> "\u001B[1;36m";
        };
    }
}
