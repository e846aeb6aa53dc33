package dev.unitlint.report;

import dev.unitlint.rules.RuleMetadata;

/** Pieces of a rule document for reports and the terminal. */
public final class RuleText {

    private RuleText() {
    }

    /** The document's Markdown without its {@code # SDnnn name} title line. */
    public static String bodyWithoutTitle(RuleMetadata meta) {
        String body = meta.body().strip();
        if (body.startsWith("# ")) {
            int end = body.indexOf('\n');
            body = end < 0 ? "" : body.substring(end + 1).strip();
        }
        return body + "\n";
    }

    /** The first paragraph under {@code ## Rationale}, joined into one line; the summary when there is none. */
    public static String rationale(RuleMetadata meta) {
        String[] lines = meta.body().split("\n");
        StringBuilder paragraph = new StringBuilder();
        boolean inRationale = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (inRationale) break;
                inRationale = line.substring(3).trim().equalsIgnoreCase("Rationale");
                continue;
            }
            if (!inRationale) continue;
            if (line.isBlank()) {
                if (paragraph.length() > 0) break;
                continue;
            }
            if (paragraph.length() > 0) paragraph.append(' ');
            paragraph.append(line.strip());
        }
        return paragraph.length() == 0 ? meta.summary() : plain(paragraph.toString()).strip();
    }

    /** Markdown made plain: code fences and inline back-ticks and emphasis removed, headings kept as text. */
    public static String plain(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) continue;
            String text = line.startsWith("## ") ? line.substring(3).toUpperCase(java.util.Locale.ROOT) : line;
            out.append(text.replace("`", "").replace("**", "")).append('\n');
        }
        return out.toString().strip() + "\n";
    }
}
