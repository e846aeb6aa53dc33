package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.restart.RestartPolicy;
import java.util.List;

/**
 * More than one ExecStart= outside Type=oneshot (S6): service_verify() refuses the unit.
 * Counted as systemd counts them, after empty assignments (the drop-in idiom {@code ExecStart=})
 * reset the list.
 */
@RuleId("SD402")
public final class MultipleExecStart implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !WholeUnit.applies(unit)) {
            return;
        }
        String type = RestartPolicy.of(unit, context.systemdVersion()).type();
        if (type.equals("oneshot")) {
            return;
        }
        List<Assignment> commands = unit.list("Service", "ExecStart");
        if (commands.size() < 2) {
            return;
        }
        Assignment first = commands.get(0);
        String reset = unit.dropIns().contains(commands.get(1).file()) && !unit.dropIns().contains(first.file())
                ? " A drop-in adds to the list: write an empty ExecStart= before the new one to replace the command."
                : "";
        for (Assignment extra : commands.subList(1, commands.size())) {
            context.reportKey(extra, "a second ExecStart= for Type=" + type + ": systemd refuses to load this service"
                    + " (\"Service has more than one ExecStart= setting, which is only allowed for Type=oneshot"
                    + " services. Refusing.\"); the first is at line " + first.entry().firstLine()
                    + (first.file() == extra.file() ? "" : " of " + first.file().path()) + "." + reset
                    + " Keep one ExecStart=, move the others to ExecStartPre=/ExecStartPost=, or use Type=oneshot");
        }
    }
}
