package dev.unitlint.lint;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.SystemdVersion;
import java.util.Map;
import java.util.Set;

/**
 * What to check for.
 *
 * @param systemdVersion   the systemd release the units will run on
 * @param disabledRules    rule IDs not to run
 * @param severityOverrides severity per rule ID, replacing the rule's default
 */
public record LintOptions(int systemdVersion, Set<String> disabledRules, Map<String, Severity> severityOverrides) {

    public static LintOptions defaults() {
        return new LintOptions(SystemdVersion.NEWEST, Set.of(), Map.of());
    }

    public LintOptions withSystemdVersion(int version) {
        return new LintOptions(version, disabledRules, severityOverrides);
    }
}
