package dev.unitlint.rules.references;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.Optional;

/**
 * NonBlocking=yes on a service no socket unit activates. systemd.service(5): "This option is only
 * useful in conjunction with a socket unit". Needs the whole set of units.
 */
@RuleId("SD808")
public final class NonBlockingWithoutSocket implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<UnitSet> set = context.unitSet();
        if (set.isEmpty() || unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        Optional<Assignment> nonBlocking = Settings.ifTrue(unit, "Service", "NonBlocking");
        if (nonBlocking.isEmpty() || !SocketActivation.socketsOf(unit, set.get()).isEmpty()) {
            return;
        }
        context.reportKey(nonBlocking.get(), "NonBlocking=yes has no effect: it sets O_NONBLOCK on the descriptors a"
                + " socket unit passes, and no socket unit in this system activates " + unit.name().name()
                + " (systemd.service(5): \"only useful in conjunction with a socket unit\"). Remove the line,"
                + " or add the"
                + " socket unit");
    }
}
