package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.dependencies.Dependencies.Named;
import java.util.Optional;

/**
 * A service template with DefaultDependencies=no (and no Conflicts=shutdown.target), so meant to
 * live through shutdown, whose instances still sit in the per-template slice. systemd.service(5),
 * "Default Dependencies": instances are placed in a slice named after the template, and "this slice
 * is normally stopped at shutdown, together with all template instances. If that is not desired,
 * set DefaultDependencies=no in the template unit, and either define your own per-template slice unit
 * file that also sets DefaultDependencies=no, or set Slice=system.slice".
 */
@RuleId("SD618")
public final class TemplateSliceStoppedAtShutdown implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !unit.name().isTemplate() || !unit.hasBase()) {
            return;
        }
        Optional<Assignment> defaults = Settings.inForce(unit, "Unit", "DefaultDependencies")
                .filter(a -> !Settings.bool(unit, "Unit", "DefaultDependencies", true));
        if (defaults.isEmpty() || Settings.inForce(unit, "Service", "Slice").isPresent()) {
            return;
        }
        for (Named n : Dependencies.of(unit, "Unit", "Conflicts")) {
            if (n.name().equals("shutdown.target")) {
                return;
            }
        }
        String slice = unit.name().prefix().replace("-", "\\x2d") + ".slice";
        String sliceUnit = "system-" + slice;
        Optional<UnitSet> set = context.unitSet();
        if (set.isPresent()) {
            Optional<Unit> own = set.get().find(sliceUnit);
            if (own.isPresent() && !Settings.bool(own.get(), "Unit", "DefaultDependencies", true)) {
                return;
            }
        }
        context.reportKey(defaults.get(), "DefaultDependencies=no keeps " + unit.name().name() + " out of the shutdown"
                + " transaction, but its instances run in " + sliceUnit + ", which has default dependencies and is"
                + " stopped at shutdown with every instance in it (systemd.service(5), \"Default Dependencies\"). Set"
                + " Slice=system.slice, or ship " + sliceUnit + " with DefaultDependencies=no");
    }
}
