package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.dependencies.Dependencies.Named;

/**
 * {@code Wants=} or {@code Requires=} of {@code network.target} in a unit that does not
 * provide the network. network.target is a passive unit (systemd.special(7)): the network
 * management service pulls it in and orders itself before it; consumers only order
 * themselves {@code After=} it. Pulling it in from elsewhere does not bring up any network.
 */
@RuleId("SD602")
public final class WantsPassiveNetworkTarget implements Rule {

    static final String NETWORK = "network.target";

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase() || providesNetwork(unit)) {
            return;
        }
        for (Named dep : Dependencies.of(unit, "Unit", "Wants", "Requires", "BindsTo", "Requisite")) {
            if (dep.name().equals(NETWORK)) {
                context.report(dep.assignment().file(),
                        dep.assignment().entry().value().span(dep.word().from(), dep.word().to()),
                        dep.assignment().key() + "=network.target pulls in a passive target that only the network"
                                + " management service should pull in: it does not start any network. Keep"
                                + " After=network.target for ordering, or use Wants=network-online.target and"
                                + " After=network-online.target to wait for a configured network");
            }
        }
    }

    /** The unit orders itself before network.target or network-pre.target: it sets up the network. */
    static boolean providesNetwork(Unit unit) {
        return Dependencies.names(unit, "Unit", NETWORK, "Before")
                || Dependencies.names(unit, "Unit", "network-pre.target", "After", "Before")
                || Dependencies.names(unit, "Install", NETWORK, "WantedBy", "RequiredBy");
    }
}
