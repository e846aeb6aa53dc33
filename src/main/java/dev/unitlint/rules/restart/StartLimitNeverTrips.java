package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.TimeSpan;
import java.util.Optional;

/**
 * A start limit that can never trip: when restarting StartLimitBurst= times takes at least
 * StartLimitIntervalSec=, no more than StartLimitBurst= starts ever fall into one interval,
 * so systemd's rate limit never stops the restarts.
 *
 * <p>Fires only when the unit sets a start limit itself: leaving the defaults and
 * restarting every few seconds is a deliberate "restart forever".
 */
@RuleId("SD302")
public final class StartLimitNeverTrips implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        if (policy.restart().equals("no") || !policy.setsStartLimit() || policy.startLimitDisabled()) {
            return;
        }
        long interval = policy.intervalUsec();
        if (interval == TimeSpan.INFINITY) {
            return;
        }
        long burst = policy.burst();
        long needed = policy.timeForRestarts(burst);
        if (needed < interval) {
            return;
        }
        String restarts = policy.hasBackoff()
                ? "the first " + burst + " restart delays (RestartSec=" + TimeSpan.format(policy.restartUsec())
                        + " growing with RestartSteps=/RestartMaxDelaySec=) add up to " + format(needed)
                : "StartLimitBurst=" + burst + " × RestartSec=" + TimeSpan.format(policy.restartUsec())
                        + " = " + format(needed);
        String message = "the start limit can never trip: " + restarts + ", which is not less than StartLimitIntervalSec="
                + TimeSpan.format(interval) + ", so no " + (burst + 1) + " starts ever fall within one interval and"
                + " Restart=" + policy.restart() + " restarts the service forever. Make StartLimitIntervalSec= longer"
                + " than " + format(needed) + ", or lower RestartSec= or StartLimitBurst=";
        Optional<Assignment> where = policy.intervalAssignment()
                .or(policy::burstAssignment)
                .or(policy::restartSecAssignment)
                .or(policy::actionAssignment);
        where.ifPresent(assignment -> context.reportValue(assignment, message));
    }

    private static String format(long usec) {
        return TimeSpan.format(usec);
    }
}
