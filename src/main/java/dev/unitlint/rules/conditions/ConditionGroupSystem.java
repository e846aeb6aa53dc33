package dev.unitlint.rules.conditions;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * ConditionGroup=@system. systemd.unit(5): ConditionGroup= "does not support the special value
 * @system" — ConditionUser= does. systemd looks for a group named "@system", which cannot exist,
 * so the condition never holds (or always holds when negated).
 */
@RuleId("SD733")
public final class ConditionGroupSystem implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (Assignment a : unit.assignments("Unit")) {
            if ((a.key().equals("ConditionGroup") || a.key().equals("AssertGroup"))
                    && Conditions.operand(a.value()).equals("@system")) {
                context.reportValue(a, a.key() + "=@system is looked up as a group named \"@system\", which cannot"
                        + " exist, so the check " + (Conditions.negated(a.value()) ? "always holds" : "never holds")
                        + ": only ConditionUser= knows @system (systemd.unit(5)). Use "
                        + a.key().replace("Group", "User") + "=@system");
            }
        }
    }
}
