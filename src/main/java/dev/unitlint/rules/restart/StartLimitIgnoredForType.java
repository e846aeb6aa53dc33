package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.List;
import java.util.Set;

/**
 * Start rate limiting in a slice, target, device or scope unit. systemd.unit(5),
 * StartLimitIntervalSec=: "This setting does not apply to slice, target, device, and scope units,
 * since they are unit types whose activation may either never fail, or may succeed only a single
 * time."
 */
@RuleId("SD323")
public final class StartLimitIgnoredForType implements Rule {

    private static final Set<UnitType> WITHOUT_LIMIT = Set.of(UnitType.SLICE, UnitType.TARGET, UnitType.DEVICE,
            UnitType.SCOPE);
    private static final List<String> KEYS = List.of("StartLimitIntervalSec", "StartLimitInterval", "StartLimitBurst",
            "StartLimitAction");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!WITHOUT_LIMIT.contains(unit.type())) {
            return;
        }
        for (String key : KEYS) {
            for (Assignment a : Settings.inForce(unit, "Unit", key).stream().toList()) {
                context.reportKey(a, key + "= has no effect in a ." + unit.type().suffix() + " unit: start rate"
                        + " limiting does not apply to slice, target, device and scope units (systemd.unit(5)). Put"
                        + " the start limit on the services the " + unit.type().suffix() + " pulls in, or remove the"
                        + " line");
            }
        }
    }
}
