package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.UnsignedInteger;
import java.util.Optional;

/** MaxConnections=0 on a socket with Accept=yes: socket_verify() refuses it ("MaxConnection= setting too small"). */
@RuleId("SD420")
public final class AcceptingSocketWithoutConnections implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SOCKET || !WholeUnit.applies(unit)
                || !WholeUnit.bool(unit, "Socket", "Accept", false)) {
            return;
        }
        Optional<Assignment> max = unit.lastValid("Socket", "MaxConnections", v -> UnsignedInteger.parse(v).isPresent());
        if (max.isEmpty() || UnsignedInteger.parse(max.get().value()).getAsLong() != 0) {
            return;
        }
        context.reportValue(max.get(), "MaxConnections=0 lets an accepting socket take no connection at all: systemd"
                + " refuses to load it (\"MaxConnection= setting too small. Refusing.\"). Remove it (the default is 64)"
                + " or set the number of concurrent connections to allow");
    }
}
