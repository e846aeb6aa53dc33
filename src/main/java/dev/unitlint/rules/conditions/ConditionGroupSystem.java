package dev.unitlint.rules.conditions;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.List;

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
                String userKey = a.key().replace("Group", "User");
                // @system names system users, which only the user check knows: the key was evidently meant.
                context.reportValue(a, a.key() + "=@system is looked up as a group named \"@system\", which cannot"
                        + " exist, so the check " + (Conditions.negated(a.value()) ? "always holds" : "never holds")
                        + ": only ConditionUser= knows @system (systemd.unit(5)). Use " + userKey + "=@system",
                        Fix.of(Applicability.SAFE, "Rename " + a.key() + "= to " + userKey + "=",
                                List.of(FileEdits.of(a.file()).renameKey(a.entry(), userKey))));
            }
        }
    }
}
