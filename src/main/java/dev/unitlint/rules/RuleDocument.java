package dev.unitlint.rules;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a rule document: a header between {@code ---} lines with one {@code field: value}
 * per line ({@code default: off} for a rule that runs only when selected) (a small, fixed subset of YAML front matter, read by hand so that start-up does
 * not pay for a YAML library), then Markdown.
 */
public final class RuleDocument {

    /** A fenced code block of a rule document: {@code ```ini name.service}. */
    public record Example(String fileName, String text) {
    }

    private static final List<String> REQUIRED = List.of("id", "name", "severity", "summary", "systemd");

    private RuleDocument() {
    }

    public static RuleMetadata load(String id) {
        String resource = resource(id);
        return parse(read(resource), resource);
    }

    /** Where a rule's document is on the class path. */
    static String resource(String id) {
        return "/rules/" + id + ".md";
    }

    static String read(String resource) {
        try (InputStream in = RuleDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no rule document " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleMetadata parse(String document, String origin) {
        String text = document.replace("\r\n", "\n");
        Map<String, String> fields = fields(text, origin);
        List<String> tags = fields.containsKey("tags")
                ? Arrays.stream(fields.get("tags").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                : List.of();
        int end = text.indexOf("\n---\n", 3);
        return new RuleMetadata(fields.get("id"), fields.get("name"), Severity.parse(fields.get("severity")),
                fields.get("summary"), fields.get("systemd"), tags, text.substring(end + 5),
                fixes(fields.getOrDefault("fix", "none"), origin), !"off".equals(fields.get("default")));
    }

    /** The header of a document: the light form {@link RuleIndex} carries. */
    public static RuleHeader header(String document, String origin) {
        Map<String, String> fields = fields(document.replace("\r\n", "\n"), origin);
        return new RuleHeader(fields.get("id"), fields.get("name"), Severity.parse(fields.get("severity")),
                fields.get("summary"), fields);
    }

    /** The header fields of a document, in order, checked for the required ones. */
    private static Map<String, String> fields(String text, String origin) {
        if (!text.startsWith("---\n")) {
            throw new IllegalArgumentException(origin + ": must start with a '---' header");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new IllegalArgumentException(origin + ": header is not closed with '---'");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.substring(4, end).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(origin + ": header line is not 'field: value': " + line);
            }
            fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        for (String field : REQUIRED) {
            if (!fields.containsKey(field) || fields.get(field).isEmpty()) {
                throw new IllegalArgumentException(origin + ": header lacks '" + field + "'");
            }
        }
        // Checked with the other fields, so that the build's rule index rejects a wrong one.
        fixes(fields.getOrDefault("fix", "none"), origin);
        String enabled = fields.getOrDefault("default", "on");
        if (!enabled.equals("on") && !enabled.equals("off")) {
            throw new IllegalArgumentException(origin + ": 'default' must be on or off (got '" + enabled + "')");
        }
        return fields;
    }

    /** {@code fix: none | safe | unsafe | safe, unsafe}: the kinds of fix the rule offers. */
    private static List<Applicability> fixes(String value, String origin) {
        if (value.equals("none")) {
            return List.of();
        }
        List<Applicability> kinds = new ArrayList<>();
        for (String word : value.split(",")) {
            Applicability kind = Arrays.stream(Applicability.values()).filter(a -> a.label().equals(word.trim()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(origin
                            + ": fix must be none, safe, unsafe or 'safe, unsafe' (got '" + value + "')"));
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        kinds.sort(null);
        return List.copyOf(kinds);
    }

    /** The fenced blocks under a {@code ## heading}, up to the next {@code ## }. */
    static List<Example> examples(String body, String heading) {
        List<Example> examples = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        boolean inSection = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("## ")) {
                inSection = line.substring(3).trim().equalsIgnoreCase(heading);
                continue;
            }
            if (inSection && line.startsWith("```")) {
                String[] info = line.substring(3).trim().split("\\s+");
                String fileName = info.length > 1 ? info[1] : "example.service";
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
                    code.append(lines[i]).append('\n');
                }
                examples.add(new Example(fileName, code.toString()));
            }
        }
        return examples;
    }
}
