package dev.unitlint.report;

import dev.unitlint.findings.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

/**
 * {@code --format checkstyle}: Checkstyle XML, read by Jenkins warnings-ng, reviewdog and
 * many CI plugins. {@code source} is dotted ({@code unitlint.SD301}) because warnings-ng
 * takes the text after the last dot as the type.
 */
public final class CheckstyleReporter implements Reporter {

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (ReportedFinding reported : result.reported()) {
            byFile.computeIfAbsent(reported.finding().path(), k -> new ArrayList<>()).add(reported.finding());
        }
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<checkstyle version=\"4.3\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            out.append("  <file name=\"").append(escape(file.getKey())).append("\">\n");
            for (Finding f : file.getValue()) {
                out.append("    <error line=\"").append(String.valueOf(f.line()))
                        .append("\" column=\"").append(String.valueOf(f.column()))
                        .append("\" severity=\"").append(f.severity().label())
                        .append("\" message=\"").append(escape(f.message() + " [" + f.ruleName() + "]"))
                        .append("\" source=\"unitlint.").append(f.ruleId()).append("\"/>\n");
            }
            out.append("  </file>\n");
        }
        out.append("</checkstyle>\n");
    }

    /**
     * Escapes text for an XML 1.0 attribute. Characters XML 1.0 cannot carry at all (most
     * control characters, lone surrogates) become U+FFFD so the report always parses.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    boolean allowed = (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    out.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
