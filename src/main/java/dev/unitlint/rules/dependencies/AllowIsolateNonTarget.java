package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.Optional;

/**
 * AllowIsolate=yes on a unit that is not a target. systemd.unit(5): "It probably is a good idea to
 * leave this disabled except for target units that shall be used similar to runlevels in SysV init
 * systems, just as a precaution to avoid unusable system states." Isolating a service stops every
 * unit it does not pull in.
 */
@RuleId("SD613")
public final class AllowIsolateNonTarget implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() == UnitType.TARGET) {
            return;
        }
        Optional<Assignment> allow = Settings.ifTrue(unit, "Unit", "AllowIsolate");
        allow.ifPresent(a -> context.reportKey(a, "AllowIsolate=yes on a ." + unit.type().suffix() + " unit lets"
                + " \"systemctl isolate " + unit.name().name() + "\" stop every unit this one does not pull in, which"
                + " leaves the system in a state nobody designed (systemd.unit(5) advises it for runlevel-like"
                + " targets only). Remove it, or isolate a target that wants this unit"));
    }
}
