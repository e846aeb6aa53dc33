package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.model.PathEscaping;
import java.util.Optional;

/**
 * An automount unit for the root directory: automount_verify() refuses it ("Cannot have an
 * automount unit for the root directory"); the root file system is mounted before systemd runs.
 */
@RuleId("SD416")
public final class AutomountForRoot implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.AUTOMOUNT || !WholeUnit.applies(unit)) {
            return;
        }
        Optional<Assignment> where = unit.lastValid("Automount", "Where", v -> v.startsWith("/") && !v.contains("%"));
        boolean root = where.isPresent()
                ? PathEscaping.escapePath(where.get().value()).map("-"::equals).orElse(false)
                : unit.name().name().equals("-.automount");
        if (!root) {
            return;
        }
        String message = "an automount unit cannot be for the root directory: systemd refuses to load it (\"Cannot have"
                + " an automount unit for the root directory. Refusing.\"). The root file system is mounted before"
                + " systemd starts; remove this unit";
        if (where.isPresent()) {
            context.reportValue(where.get(), message);
        } else {
            WholeUnit.report(unit, context, "Automount", message);
        }
    }
}
