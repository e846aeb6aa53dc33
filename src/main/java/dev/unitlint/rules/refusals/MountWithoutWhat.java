package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/** A mount unit file without What=: mount_verify() refuses it ("What= setting is missing"). */
@RuleId("SD414")
public final class MountWithoutWhat implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.MOUNT || !WholeUnit.applies(unit)) {
            return;
        }
        // An empty What= clears the setting.
        if (unit.last("Mount", "What").map(a -> !a.isEmpty()).orElse(false)) {
            return;
        }
        WholeUnit.report(unit, context, "Mount", "this mount unit has no What=: systemd refuses to load it (\"What="
                + " setting is missing. Refusing.\"). Add What= with the device, file system or remote share to mount",
                "What", "Where");
    }
}
