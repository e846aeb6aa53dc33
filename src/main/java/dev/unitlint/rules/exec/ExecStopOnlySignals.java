package dev.unitlint.rules.exec;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.CommandLine.Command;
import java.util.Optional;

/**
 * ExecStop= that only sends a signal to the main process (kill -TERM $MAINPID). systemd.service(5):
 * "it is usually not sufficient to specify a command for this setting that only asks the service
 * to terminate … but does not wait for it to do so. Since the remaining processes of the services
 * are killed according to KillMode= and KillSignal= … immediately after the command exited, this
 * may not result in a clean stop." KillSignal= says the same without the extra process.
 */
@RuleId("SD510")
public final class ExecStopOnlySignals implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE) {
            return;
        }
        for (ExecLine line : ExecLines.inForce(unit)) {
            if (!line.key().equals("ExecStop") || line.commandLine().commands().size() != 1) {
                continue;
            }
            Command command = line.commandLine().commands().get(0);
            Optional<String> signal = SignalOnlyCommands.signalToMainPid(command);
            if (signal.isEmpty()) {
                continue;
            }
            line.report(context, command.first().from(), line.assignment().value().length(), "ExecStop= only sends "
                    + signal.get() + " to the main process and returns at once; systemd then sends KillSignal= to"
                    + " every process left and SIGKILL after TimeoutStopSec=, without waiting for the stop this"
                    + " signal asked for (systemd.service(5), ExecStop=). Remove the line and set KillSignal="
                    + signal.get() + (signal.get().equals("SIGTERM") ? " (the default)" : ""));
        }
    }
}
