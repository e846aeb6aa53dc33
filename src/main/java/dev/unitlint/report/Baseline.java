package dev.unitlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unitlint.findings.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * A record of accepted findings, as detekt's baseline: {@code --write-baseline FILE} records
 * today's findings, {@code --baseline FILE} reports only findings not in it. Findings are
 * matched by fingerprint (rule, path, line text, occurrence; not line number), so edits
 * elsewhere in a file do not bring recorded findings back. The other fields are for people
 * reading the file in review.
 */
public final class Baseline {

    public static final int VERSION = 1;

    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = fingerprints;
    }

    public boolean contains(ReportedFinding finding) {
        return fingerprints.contains(finding.fingerprint());
    }

    public int size() {
        return fingerprints.size();
    }

    /** Reads a baseline; a missing or malformed file is an {@link IllegalArgumentException} with a one-line reason. */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such baseline; record one with --write-baseline " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a unitlint baseline: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.path("findings").isArray() || root.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException(file + ": not a unitlint baseline (version " + VERSION
                    + " with a \"findings\" list); record one with --write-baseline " + file);
        }
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode entry : root.get("findings")) {
            String fingerprint = entry.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new IllegalArgumentException(file + ": a baseline entry has no \"fingerprint\"");
            }
            fingerprints.add(fingerprint);
        }
        return new Baseline(fingerprints);
    }

    /** The baseline of a run: its reported findings (suppressed ones need no baseline). */
    public static String render(LintResult result) throws IOException {
        ObjectNode root = Json.object();
        root.put("version", VERSION);
        root.put("tool", "unitlint");
        ArrayNode findings = root.putArray("findings");
        for (ReportedFinding reported : result.reported()) {
            Finding f = reported.finding();
            findings.addObject()
                    .put("fingerprint", reported.fingerprint())
                    .put("ruleId", f.ruleId())
                    .put("file", reported.uri())
                    .put("line", f.line())
                    .put("message", f.message());
        }
        StringWriter out = new StringWriter();
        Json.write(root, out);
        return out.toString();
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse("unreadable");
    }
}
