package dev.unitlint.rules.conditions;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.Optional;
import java.util.Set;

/**
 * ConditionEnvironment= about a variable the unit sets itself. systemd.unit(5): "Note that the
 * environment block of the service manager itself is checked, i.e. not any variables defined with
 * Environment= or EnvironmentFile=".
 */
@RuleId("SD732")
public final class ConditionEnvironmentOfUnit implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        Set<String> set = Settings.environmentNames(unit, section.get());
        for (Assignment a : Conditions.inForce(unit, false)) {
            check(a, "ConditionEnvironment", set, context);
        }
        for (Assignment a : Conditions.inForce(unit, true)) {
            check(a, "AssertEnvironment", set, context);
        }
    }

    private static void check(Assignment a, String key, Set<String> set, RuleContext context) {
        if (!a.key().equals(key)) {
            return;
        }
        String operand = Conditions.operand(a.value());
        int eq = operand.indexOf('=');
        String name = eq < 0 ? operand : operand.substring(0, eq);
        if (set.contains(name)) {
            context.reportValue(a, key + "= checks the environment of the service manager, not the unit's own: the"
                    + " Environment=" + name + "=… of this unit does not count (systemd.unit(5)). Check something the"
                    + " manager has (set with DefaultEnvironment= or systemd.setenv=), or drop the condition");
        }
    }
}
