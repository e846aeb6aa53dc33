package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.restart.RestartPolicy;

/** Type=dbus without BusName= (S10): service_verify() refuses the unit. */
@RuleId("SD403")
public final class DbusWithoutBusName implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !WholeUnit.applies(unit)) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        if (!policy.type().equals("dbus") || unit.lastValid("Service", "BusName", v -> !v.isEmpty()).isPresent()) {
            return;
        }
        context.reportValue(policy.typeAssignment().orElseThrow(), "Type=dbus needs BusName=: systemd refuses to load"
                + " this service (\"Service is of type D-Bus but no D-Bus service name has been specified."
                + " Refusing.\"). Add BusName= with the name the service acquires on the bus");
    }
}
