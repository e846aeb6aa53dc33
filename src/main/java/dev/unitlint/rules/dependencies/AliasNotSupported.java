package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.Set;

/**
 * [Install] Alias= in a mount, automount, swap or slice unit. systemd.unit(5), Alias=: "mount,
 * slice, swap, and automount units do not support aliasing"; systemctl enable skips it with
 * "Alias= is not allowed for mount units, ignoring." (observed with systemctl 252).
 */
@RuleId("SD615")
public final class AliasNotSupported implements Rule {

    private static final Set<UnitType> NO_ALIAS = Set.of(UnitType.MOUNT, UnitType.AUTOMOUNT, UnitType.SWAP,
            UnitType.SLICE);

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!NO_ALIAS.contains(unit.type())) {
            return;
        }
        for (Assignment a : unit.assignments(Unit.INSTALL, "Alias")) {
            if (!a.isEmpty()) {
                context.reportKey(a, "Alias= is ignored: " + unit.type().suffix() + " units cannot have aliases"
                        + " (systemd.unit(5)); systemctl enable says \"Alias= is not allowed for "
                                + unit.type().suffix()
                        + " units, ignoring\". Remove the line and refer to the unit by its own name");
            }
        }
    }
}
