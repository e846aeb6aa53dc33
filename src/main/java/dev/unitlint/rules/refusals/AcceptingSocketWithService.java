package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.Optional;

/**
 * Accept=yes together with Service=: socket_verify() refuses the unit, because an accepting
 * socket starts one instance of the template {@code NAME@.service} per connection.
 */
@RuleId("SD411")
public final class AcceptingSocketWithService implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SOCKET || !WholeUnit.applies(unit)
                || !WholeUnit.bool(unit, "Socket", "Accept", false)) {
            return;
        }
        Optional<Assignment> service = unit.last("Socket", "Service");
        if (service.isEmpty() || service.get().isEmpty()) {
            return;
        }
        context.reportKey(service.get(), "Service= cannot be used with Accept=yes: systemd refuses to load this socket"
                + " (\"Explicit service configuration for accepting socket units not supported. Refusing.\"). With"
                + " Accept=yes each connection starts an instance of " + unit.name().prefix() + "@.service;"
                + " remove Service=, or set Accept=no to hand the listening socket to " + service.get().value());
    }
}
