package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * StartLimitAction= other than none while start limiting is off (StartLimitIntervalSec=0 or
 * StartLimitBurst=0): the limit can never be hit, so the action never runs.
 */
@RuleId("SD315")
public final class StartLimitActionNeverFires implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase()) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        if (policy.actionAssignment().isEmpty() || !policy.startLimitDisabled()) {
            return;
        }
        Assignment action = policy.actionAssignment().get();
        if (action.value().equals("none")) {
            return;
        }
        Assignment off = policy.intervalAssignment().filter(a -> policy.intervalUsec() == 0)
                .or(policy::burstAssignment).orElseThrow();
        context.reportKey(action, "StartLimitAction=" + action.value() + " never runs: " + off.key() + "=" + off.value()
                + " (line " + off.entry().firstLine() + ") turns start limiting off, so the limit is never hit."
                + " Set a start limit for the action to guard, or remove StartLimitAction=");
    }
}
