package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.TimeSpan;

/**
 * RestartMaxDelaySec= smaller than RestartSec= (v254, service_verify() W8): systemd lowers
 * RestartSec= to RestartMaxDelaySec=, with a warning, so the RestartSec= written is ignored.
 */
@RuleId("SD307")
public final class RestartMaxDelayBelowRestartSec implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || context.systemdVersion() < RestartBackoffIncomplete.BACKOFF_ADDED_IN) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        long max = policy.restartMaxDelayUsec();
        if (max == TimeSpan.INFINITY || max >= policy.restartUsec()) {
            return;
        }
        context.reportValue(policy.restartMaxDelayAssignment().orElseThrow(), "RestartMaxDelaySec="
                + TimeSpan.format(max) + " is smaller than RestartSec=" + TimeSpan.format(policy.restartUsec())
                + ": systemd lowers RestartSec= to " + TimeSpan.format(max) + " (\"RestartMaxDelaySec= has a value"
                + " smaller than RestartSec=, resetting RestartSec= to RestartMaxDelaySec=.\"). RestartSec= is the"
                + " first delay and RestartMaxDelaySec= the longest: make it larger than RestartSec=");
    }
}
