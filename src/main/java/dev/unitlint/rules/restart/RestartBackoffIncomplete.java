package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.TimeSpan;

/**
 * RestartSteps= without RestartMaxDelaySec=, or the reverse (v254, service_verify() W6/W7):
 * the back-off needs both, and systemd ignores the one given alone, with a warning.
 */
@RuleId("SD306")
public final class RestartBackoffIncomplete implements Rule {

    static final int BACKOFF_ADDED_IN = 254;

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || context.systemdVersion() < BACKOFF_ADDED_IN) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        boolean hasSteps = policy.restartSteps() > 0;
        boolean hasMax = policy.restartMaxDelayUsec() != TimeSpan.INFINITY;
        if (hasSteps && !hasMax) {
            context.reportKey(policy.restartStepsAssignment().orElseThrow(), "RestartSteps=" + policy.restartSteps()
                    + " without RestartMaxDelaySec=: systemd ignores it (\"Service has RestartSteps= but no"
                    + " RestartMaxDelaySec= setting. Ignoring.\") and every restart waits RestartSec="
                    + TimeSpan.format(policy.restartUsec()) + ". Add RestartMaxDelaySec= with the longest delay");
        } else if (hasMax && !hasSteps) {
            context.reportKey(policy.restartMaxDelayAssignment().orElseThrow(), "RestartMaxDelaySec= without"
                    + " RestartSteps=: systemd ignores it (\"Service has RestartMaxDelaySec= but no RestartSteps="
                    + " setting. Ignoring.\") and every restart waits RestartSec=" + TimeSpan.format(policy.restartUsec())
                    + ". Add RestartSteps= with the number of steps to grow the delay in");
        }
    }
}
