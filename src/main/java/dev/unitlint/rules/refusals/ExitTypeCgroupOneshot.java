package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.restart.RestartPolicy;
import java.util.Optional;

/** ExitType=cgroup with Type=oneshot (S9): service_verify() refuses the unit (v250 and later). */
@RuleId("SD404")
public final class ExitTypeCgroupOneshot implements Rule {

    /** ExitType= was added in v250. */
    static final int EXIT_TYPE_ADDED_IN = 250;

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !WholeUnit.applies(unit)
                || context.systemdVersion() < EXIT_TYPE_ADDED_IN) {
            return;
        }
        Optional<Assignment> exitType = unit.lastValid("Service", "ExitType",
                v -> v.equals("main") || v.equals("cgroup"));
        if (exitType.isEmpty() || !exitType.get().value().equals("cgroup")
                || !RestartPolicy.of(unit, context.systemdVersion()).type().equals("oneshot")) {
            return;
        }
        context.reportValue(exitType.get(), "ExitType=cgroup is not allowed with Type=oneshot: systemd refuses to load"
                + " this service (\"Service has ExitType=cgroup set, which isn't allowed for Type=oneshot services."
                + " Refusing.\"). A oneshot service already waits for its command; remove ExitType=cgroup");
    }
}
