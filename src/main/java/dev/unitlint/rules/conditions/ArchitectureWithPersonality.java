package dev.unitlint.rules.conditions;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.Optional;

/**
 * ConditionArchitecture= in a unit that sets Personality=. systemd.unit(5): "Note that a
 * Personality= setting in the same unit file has no effect on this condition": the condition is
 * checked against the manager's architecture, not the one Personality= gives the unit's processes.
 */
@RuleId("SD737")
public final class ArchitectureWithPersonality implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        Optional<Assignment> personality = Settings.inForce(unit, section.get(), "Personality");
        if (personality.isEmpty()) {
            return;
        }
        for (Assignment a : Conditions.inForce(unit, false)) {
            if (a.key().equals("ConditionArchitecture")
                    && Conditions.operand(a.value()).equals(personality.get().value().strip())) {
                context.reportKey(a, "ConditionArchitecture= checks the architecture of the system, not the"
                        + " Personality=" + personality.get().value() + " this unit gives its processes"
                        + " (systemd.unit(5): \"a Personality= setting in the same unit file has no effect on this"
                        + " condition\"). Make sure the condition names the host's architecture");
                return;
            }
        }
    }
}
