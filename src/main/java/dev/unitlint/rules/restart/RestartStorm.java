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
 * The restart storm: Restart= with start limiting switched off (StartLimitIntervalSec=0 or
 * StartLimitBurst=0) and a restart delay under a second (100ms by default). A service that
 * fails at once is then restarted forever, about ten times a second.
 */
@RuleId("SD304")
public final class RestartStorm implements Rule {

    static final long STORM_BELOW_USEC = TimeSpan.USEC_PER_SEC;

    @Override
    public void check(Unit unit, RuleContext context) {
        // A drop-in alone does not show the whole restart configuration: the unit file may set the rest.
        if (unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        if (policy.restart().equals("no") || RestartPolicy.refusedForOneshot(policy) || !policy.startLimitDisabled()) {
            return;
        }
        // With a back-off the delay grows; the longest delay decides how fast the storm settles.
        long slowest = policy.hasBackoff() ? policy.restartMaxDelayUsec() : policy.restartUsec();
        if (slowest >= STORM_BELOW_USEC) {
            return;
        }
        long delay = policy.restartUsec();
        Optional<Assignment> disabling = policy.intervalAssignment()
                .filter(a -> policy.intervalUsec() == 0)
                .or(() -> policy.burstAssignment().filter(a -> policy.burst() == 0));
        if (disabling.isEmpty()) {
            return;
        }
        String setting = disabling.get().key() + "=" + disabling.get().value();
        String delayText = "RestartSec=" + TimeSpan.format(delay)
                + (policy.restartSecAssignment().isPresent() ? "" : " (the default)");
        String rate = delay == 0
                ? "with no pause at all, as fast as the process can fail"
                : "1s / " + TimeSpan.format(delay) + " = about " + perSecond(delay) + " times a second, "
                        + String.format("%,d", perSecond(delay) * 3600) + " times an hour";
        context.reportValue(disabling.get(), setting + " turns start limiting off, and with " + delayText
                + " Restart=" + policy.restart() + " restarts a service that fails at once forever: " + rate
                + ", flooding the journal and burning CPU. Set RestartSec= to a few seconds (or let"
                + " RestartSteps=/RestartMaxDelaySec= back off), or keep a start limit");
    }

    private static long perSecond(long delayUsec) {
        return Math.round((double) TimeSpan.USEC_PER_SEC / delayUsec);
    }
}
