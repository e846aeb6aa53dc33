package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.InvalidExecProgram;
import dev.unitlint.rules.restart.RestartPolicy;
import dev.unitlint.values.CommandLine;
import dev.unitlint.values.CommandLine.Command;
import java.util.List;

/**
 * A service without ExecStart=. service_verify() refuses it unless it is a oneshot service
 * that does something else: S3 (no ExecStart=, ExecStop= or SuccessAction=), S4 (no
 * ExecStart= outside Type=oneshot), S5 (no ExecStart= or SuccessAction=, and not
 * RemainAfterExit=yes). Identical in 252 and 257.
 */
@RuleId("SD401")
public final class ServiceWithoutExecStart implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !WholeUnit.applies(unit)) {
            return;
        }
        if (hasCommand(unit, "ExecStart", context.systemdVersion())) {
            return;
        }
        List<Assignment> dropped = unit.list("Service", "ExecStart").stream().filter(a -> !a.isEmpty()).toList();
        if (!dropped.isEmpty()) {
            Assignment last = dropped.get(dropped.size() - 1);
            context.reportKey(last, "systemd ignores this ExecStart= line (see the finding on its program), so the service"
                    + " has no command to start: systemd refuses to load it (\"Service has no ExecStart=, ExecStop=, or"
                    + " SuccessAction=. Refusing.\" or, with ExecStop=, \"Service has no ExecStart= setting\"). Fix the"
                    + " program, or drop the '-' prefix to see the error");
            return;
        }
        boolean hasStop = hasCommand(unit, "ExecStop", context.systemdVersion());
        boolean hasSuccessAction = unit.lastValid("Unit", "SuccessAction", v -> !v.isEmpty())
                .map(a -> !a.value().equals("none")).orElse(false);
        String type = RestartPolicy.of(unit, context.systemdVersion()).type();
        String message;
        if (!hasStop && !hasSuccessAction) {
            message = "this service has no ExecStart=, ExecStop= or SuccessAction=: systemd refuses to load it"
                    + " (\"Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.\"). Add the command"
                    + " to run as ExecStart=";
        } else if (!type.equals("oneshot")) {
            message = "Type=" + type + " needs an ExecStart=: systemd refuses to load this service (\"Service has no"
                    + " ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.\"). Add"
                    + " ExecStart=, or use Type=oneshot with RemainAfterExit=yes for a service that only has ExecStop=";
        } else if (!hasSuccessAction && !WholeUnit.bool(unit, "Service", "RemainAfterExit", false)) {
            message = "a oneshot service with only ExecStop= needs RemainAfterExit=yes: systemd refuses to load it"
                    + " (\"Service has no ExecStart= and no SuccessAction= settings and does not have"
                    + " RemainAfterExit=yes set. Refusing.\"). Add RemainAfterExit=yes";
        } else {
            return;
        }
        WholeUnit.report(unit, context, "Service", message, "ExecStart", "Type", "ExecStop");
    }

    /**
     * True when the list in force (after empty-assignment resets) holds a command systemd keeps:
     * a line whose first word has an unbalanced quote, or whose program systemd cannot accept
     * behind the '-' prefix, is dropped. (Without '-', such a program refuses the unit, which
     * SD504 reports.)
     */
    static boolean hasCommand(Unit unit, String key, int release) {
        for (Assignment a : unit.list("Service", key)) {
            if (a.isEmpty()) {
                continue;
            }
            List<Command> commands = CommandLine.parse(a.value()).commands();
            if (commands.isEmpty()) {
                continue;
            }
            Command first = commands.get(0);
            if (!first.ignoresFailure() || InvalidExecProgram.problem(first, release).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
