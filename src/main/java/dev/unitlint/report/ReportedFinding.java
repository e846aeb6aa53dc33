package dev.unitlint.report;

import dev.unitlint.findings.Finding;

/**
 * A finding as reports show it.
 *
 * @param finding       what the rule reported
 * @param uri           the file relative to the working directory with {@code /} separators (absolute when
 *                      the file is outside it), as SARIF and GitLab want it
 * @param fingerprint   stable identity across runs, see {@link Fingerprints}
 * @param suppressed    true when a {@code # unitlint: disable} comment silences it
 * @param justification the reason written after {@code --} in that comment, or empty
 */
public record ReportedFinding(Finding finding, String uri, String fingerprint, boolean suppressed,
                              String justification) {
}
