package dev.unitlint.rules;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Severity;
import java.util.List;

/**
 * What {@code rules/<id>.md} says about a rule: its header fields and its documentation.
 *
 * @param id       stable ID: {@code SD} or {@code SEC} and three digits ({@link #ID_PATTERN})
 * @param name     kebab-case name
 * @param severity default severity
 * @param summary  one sentence, ending with a full stop
 * @param systemd  the systemd releases the rule concerns, in words
 * @param tags     labels such as {@code restart}, {@code refusal}
 * @param body     the Markdown after the header
 * @param fixes    the kinds of fix the rule offers ({@code fix: safe, unsafe}); empty for {@code fix: none}
 * @param enabledByDefault false for a rule whose document says {@code default: off}: it runs only
 *                 when selected ({@code --select}, {@code select:}), as the security rules
 */
public record RuleMetadata(String id, String name, Severity severity, String summary, String systemd,
                           List<String> tags, String body, List<Applicability> fixes, boolean enabledByDefault) {

    /**
     * What a rule ID looks like: {@code SD} and three digits for the linting rules, {@code SEC}
     * and three digits for the checks of systemd-analyze security. The one place that says so;
     * the registry test, the fixture markers and the report tests use it.
     */
    public static final String ID_PATTERN = "(?:SD|SEC)\\d{3}";

    /** The letters of an ID, for patterns of ID prefixes ({@code SEC}, {@code SD3}). */
    public static final String ID_LETTERS = "(?:SD|SEC)";

    /** A rule without fixes, on by default. */
    public RuleMetadata(String id, String name, Severity severity, String summary, String systemd,
                        List<String> tags, String body) {
        this(id, name, severity, summary, systemd, tags, body, List.of(), true);
    }

    /** The {@code fix:} field as written: {@code none}, {@code safe}, {@code unsafe} or {@code safe, unsafe}. */
    public String fixLabel() {
        return fixes.isEmpty() ? "none" : String.join(", ", fixes.stream().map(Applicability::label).toList());
    }

    /** The fenced example under a {@code ## heading} (such as "Bad" or "Good"), if any. */
    public List<RuleDocument.Example> examples(String heading) {
        return RuleDocument.examples(body, heading);
    }
}
