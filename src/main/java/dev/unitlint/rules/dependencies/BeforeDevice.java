package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.dependencies.Dependencies.Named;

/**
 * Before= on a device unit. systemd.unit(5): "Before= dependencies on device units have no effect
 * and are not supported. Devices generally become available as a result of an external hotplug
 * event, and systemd creates the corresponding device unit without delay." systemd drops it with
 * "Dependency Before=… ignored (.device units cannot be delayed)".
 */
@RuleId("SD611")
public final class BeforeDevice implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (Named dep : Dependencies.of(unit, "Unit", "Before")) {
            if (!dep.name().endsWith(".device")) {
                continue;
            }
            context.report(dep.assignment().file(), dep.assignment().entry().value().span(dep.word().from(),
                    dep.word().to()), "Before=" + dep.name() + " is ignored: a device appears when the hardware does"
                    + " and cannot wait for other units (systemd.unit(5); systemd logs \"Dependency Before="
                    + dep.name() + " ignored (.device units cannot be delayed)\"). Remove it; After=" + dep.name()
                    + " is the ordering that works");
        }
    }
}
