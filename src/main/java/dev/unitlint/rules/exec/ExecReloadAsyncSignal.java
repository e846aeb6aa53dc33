package dev.unitlint.rules.exec;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.rules.restart.RestartPolicy;
import dev.unitlint.values.CommandLine.Command;
import java.util.Optional;

/**
 * ExecReload= that only sends a signal (kill -HUP $MAINPID). systemd.service(5): "reloading a
 * daemon by enqueuing a signal without completion notification … is usually not a good choice,
 * because this is an asynchronous operation and hence not suitable when ordering reloads of
 * multiple services against each other. It is thus strongly recommended to either use
 * Type=notify-reload, or to set ExecReload= to a command that … synchronously waits for it to
 * complete." Reported only where the better choice is at hand: a Type=notify service (it speaks
 * sd_notify already) on a release with Type=notify-reload; elsewhere signalling is usually the only
 * way the daemon offers, and a finding would be noise.
 */
@RuleId("SD511")
public final class ExecReloadAsyncSignal implements Rule {

    /** Type=notify-reload, systemd's replacement for this pattern, appeared in 253. */
    static final int NOTIFY_RELOAD_SINCE = 253;

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || context.systemdVersion() < NOTIFY_RELOAD_SINCE
                || !RestartPolicy.of(unit, context.systemdVersion()).type().equals("notify")) {
            return;
        }
        for (ExecLine line : ExecLines.inForce(unit)) {
            if (!line.key().equals("ExecReload") || line.commandLine().commands().size() != 1) {
                continue;
            }
            Command command = line.commandLine().commands().get(0);
            Optional<String> signal = SignalOnlyCommands.signalToMainPid(command);
            if (signal.isEmpty()) {
                continue;
            }
            String instead = "this Type=notify service can use Type=notify-reload instead"
                    + (signal.get().equals("SIGHUP") ? "" : " with ReloadSignal=" + signal.get()) + ", if the daemon"
                    + " sends RELOADING=1 and READY=1 around its reload, and drop ExecReload=";
            line.report(context, command.first().from(), line.assignment().value().length(), "ExecReload= only sends "
                    + signal.get() + " and returns at once, so \"systemctl reload\" reports success before the daemon"
                    + " has reloaded, and units ordered after the reload do not wait for it (systemd.service(5)): "
                    + instead);
            return;
        }
    }
}
