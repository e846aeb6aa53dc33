package dev.unitlint.rules;

import dev.unitlint.findings.Severity;
import java.util.List;

/**
 * What {@code rules/<id>.md} says about a rule: its header fields and its documentation.
 *
 * @param id       stable ID, {@code SD} and three digits
 * @param name     kebab-case name
 * @param severity default severity
 * @param summary  one sentence, ending with a full stop
 * @param systemd  the systemd releases the rule concerns, in words
 * @param tags     labels such as {@code restart}, {@code refusal}
 * @param body     the Markdown after the header
 */
public record RuleMetadata(String id, String name, Severity severity, String summary, String systemd,
                           List<String> tags, String body) {

    /** The fenced example under a {@code ## heading} (such as "Bad" or "Good"), if any. */
    public List<RuleDocument.Example> examples(String heading) {
        return RuleDocument.examples(body, heading);
    }
}
