package dev.unitlint.lint;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.SystemdVersion;
import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.rules.Rule;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to check for.
 *
 * @param systemdVersion   the systemd release the units will run on
 * @param disabledRules    rule IDs not to run
 * @param severityOverrides severity per rule ID, replacing the rule's default
 */
public record LintOptions(int systemdVersion, Set<String> disabledRules, Map<String, Severity> severityOverrides) {

    /** As a run without options: the newest release, every rule that is on by default. */
    public static LintOptions defaults() {
        Set<String> off = BuiltInRules.all().stream().filter(r -> !r.enabledByDefault()).map(Rule::id)
                .collect(Collectors.toUnmodifiableSet());
        return new LintOptions(SystemdVersion.NEWEST, off, Map.of());
    }

    /** Every rule, those off by default too (the security rules). */
    public static LintOptions everyRule() {
        return new LintOptions(SystemdVersion.NEWEST, Set.of(), Map.of());
    }

    public LintOptions withSystemdVersion(int version) {
        return new LintOptions(version, disabledRules, severityOverrides);
    }
}
