package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.restart.RestartPolicy;
import dev.unitlint.values.Booleans;
import java.util.Optional;

/**
 * PrivatePIDs=yes (v257) where systemd cannot honour it: with Type=forking (S11,
 * service_verify()) and on socket, mount and swap units (U4, unit_verify_contexts()).
 * Both refuse the unit. Before 257 the key does not exist (the catalog rules say so).
 */
@RuleId("SD406")
public final class PrivatePidsUnsupported implements Rule {

    static final int PRIVATE_PIDS_ADDED_IN = 257;

    @Override
    public void check(Unit unit, RuleContext context) {
        String section = unit.type().ownSection();
        if (context.systemdVersion() < PRIVATE_PIDS_ADDED_IN || section == null || !WholeUnit.applies(unit)) {
            return;
        }
        Optional<Assignment> privatePids = unit.lastValid(section, "PrivatePIDs", Booleans::isValid);
        if (privatePids.isEmpty() || !Booleans.parse(privatePids.get().value()).get()) {
            return;
        }
        if (unit.type() == UnitType.SERVICE) {
            if (RestartPolicy.of(unit, context.systemdVersion()).type().equals("forking")) {
                context.reportValue(privatePids.get(), "PrivatePIDs=yes does not work with Type=forking: systemd"
                        + " refuses to load this service (\"Service of Type=forking does not support PrivatePIDs=yes."
                        + " Refusing.\"). Make the daemon stay in the foreground (Type=simple, exec or notify)"
                        + " or drop PrivatePIDs=");
            }
        } else if (unit.type() == UnitType.SOCKET || unit.type() == UnitType.MOUNT || unit.type() == UnitType.SWAP) {
            context.reportValue(privatePids.get(), "PrivatePIDs= is only supported for service units: systemd refuses"
                    + " to load this " + unit.type().suffix() + " unit (\"PrivatePIDs= setting is only supported for"
                    + " service units. Refusing.\"). Remove it");
        }
    }
}
