package dev.unitlint.rules.references;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.List;
import java.util.Optional;

/**
 * StandardInput=socket (or fd:…, or StandardOutput=/StandardError= socket or fd:…) on a service no
 * socket unit activates. systemd.exec(5): "The socket option is valid in socket-activated services
 * only"; for fd:name "at least one socket unit defining the specified name must be provided via the
 * Sockets= option". The service fails to set up the stream when it starts. Needs the whole set.
 */
@RuleId("SD809")
public final class StandardStreamSocketWithoutSocket implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<UnitSet> set = context.unitSet();
        if (set.isEmpty() || unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        if (!SocketActivation.socketsOf(unit, set.get()).isEmpty()) {
            return;
        }
        for (String key : List.of("StandardInput", "StandardOutput", "StandardError")) {
            Optional<Assignment> a = Settings.inForce(unit, "Service", key)
                    .filter(x -> x.value().equals("socket") || x.value().startsWith("fd"));
            if (a.isPresent()) {
                context.reportValue(a.get(), key + "=" + a.get().value() + " needs a socket unit that activates this"
                        + " service, and no socket unit in this system does (systemd.exec(5): \"valid in"
                        + " socket-activated"
                        + " services only\"), so the service fails to set up "
                                + key.substring(8).toLowerCase(java.util.Locale.ROOT)
                        + " when it starts. Add the socket unit, or use another " + key + "=");
                return;
            }
        }
    }
}
