package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.catalog.EnumValue;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;

import java.util.Optional;

/**
 * A value newer than the target release: {@code Type=notify-reload} (253) on systemd 252,
 * {@code FailureAction=kexec} (254), {@code StandardOutput=truncate:} (248). The older systemd
 * does not know the value, logs "Failed to parse …" and ignores the assignment.
 */
@RuleId("SD203")
public final class ValueTooNew implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            if (assignment.isEmpty() || directive.isEmpty()) {
                continue;
            }
            String parser = directive.get().parserIn(release);
            String value = assignment.value();
            if (EnumCheck.judge(parser, value, release) != EnumCheck.Verdict.TOO_NEW) {
                continue;
            }
            int since = EnumCheck.entries(parser).stream()
                    .filter(e -> e.isPrefix() ? value.startsWith(e.value()) : value.equals(e.value()))
                    .mapToInt(EnumValue::addedIn).min().orElse(0);
            context.reportValue(assignment, assignment.key() + "=" + value + " is newer than systemd " + release
                    + " (the catalog first has it in " + since + "): systemd " + release
                    + " cannot parse it and ignores the assignment (\"Failed to parse …, ignoring\"). Use a value "
                    + release + " knows (" + EnumCheck.accepted(parser, release) + "), or raise --systemd-version");
        }
    }
}
