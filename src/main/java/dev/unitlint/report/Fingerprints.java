package dev.unitlint.report;

import dev.unitlint.findings.Finding;
import dev.unitlint.syntax.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Identities of findings that survive unrelated edits: SHA-256 of the rule ID, the file's
 * path, the text of the offending line with its whitespace normalised, and how many findings
 * of the same rule on a line with the same text come before it in the file. The line
 * number is deliberately not part of it, so adding a line above a finding keeps its
 * fingerprint (and its baseline entry, and its code-scanning alert).
 *
 * <p>Findings must be fed in report order, one run at a time.
 */
final class Fingerprints {

    private final Map<String, Integer> occurrences = new HashMap<>();

    String next(Finding finding, String uri, SourceText file) {
        String text = file == null ? "" : normalise(file.physicalLine(finding.line()));
        String identity = finding.ruleId() + "\u0000" + uri + "\u0000" + text;
        int occurrence = occurrences.merge(identity, 1, Integer::sum) - 1;
        return sha256(identity + "\u0000" + occurrence);
    }

    /** Whitespace runs collapse to one space and the ends are trimmed, so re-indenting keeps identities. */
    static String normalise(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
