package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.Booleans;
import dev.unitlint.values.TimeSpan;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * SendSIGKILL=no on a service that Restart= restarts: systemd.kill(5) says a service with
 * KillMode=control-group or mixed then "will not restart if processes from prior services exist
 * within the control group", so one process that ignores SIGTERM stops every later restart.
 * SendSIGKILL= matters only once the stop timeout runs out: with TimeoutStopSec=infinity (or 0)
 * systemd waits for the processes forever whatever it says (service_enter_signal() arms no timer),
 * so SendSIGKILL=no changes nothing there and is not reported (MinIO's unit sets both on purpose).
 */
@RuleId("SD320")
public final class RestartBlockedByLeftovers implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        Optional<Assignment> sigkill = Settings.inForce(unit, "Service", "SendSIGKILL")
                .filter(a -> !Booleans.parse(a.value()).orElse(true));
        if (sigkill.isEmpty()) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        String killMode = Settings.value(unit, "Service", "KillMode").orElse("control-group");
        if (policy.restart().equals("no") || !(killMode.equals("control-group") || killMode.equals("mixed"))
                || stopWaitsForever(unit)) {
            return;
        }
        context.reportKey(sigkill.get(), "SendSIGKILL=no with Restart=" + policy.restart() + " and KillMode="
                + killMode + ": when a process of the service survives SIGTERM, systemd does not kill it and does not"
                + " restart the service while it is there (systemd.kill(5): \"will not restart if processes from prior"
                + " services exist within the control group\"). Keep SendSIGKILL=yes, or use FinalKillSignal= to"
                + " choose the final signal");
    }

    /**
     * TimeoutStopSec= in force (TimeoutSec= sets it too; the later line wins) is infinity or 0,
     * which config_parse_service_timeout() also reads as infinity.
     */
    private static boolean stopWaitsForever(Unit unit) {
        Optional<Assignment> timeout = unit.assignments("Service").stream()
                .filter(a -> a.key().equals("TimeoutStopSec") || a.key().equals("TimeoutSec"))
                .filter(a -> !a.value().isBlank())
                .reduce((first, second) -> second);
        OptionalLong span = timeout.isEmpty() ? OptionalLong.empty() : TimeSpan.parse(timeout.get().value());
        return span.isPresent() && (span.getAsLong() == 0 || span.getAsLong() == TimeSpan.INFINITY);
    }
}
