package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.dependencies.Dependencies.Named;
import java.util.HashSet;
import java.util.Set;

/**
 * Conflicts= without After= or Before= on the same unit. systemd.unit(5): "this setting does not
 * imply an ordering dependency … to ensure that the conflicting unit is stopped before the other unit
 * is started, an After= or Before= dependency must be declared." Without it the stop of one and the
 * start of the other run at the same time. Conflicts=shutdown.target is left alone where the default
 * dependencies add Before=shutdown.target.
 */
@RuleId("SD610")
public final class ConflictsWithoutOrdering implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase()) {
            return;
        }
        boolean defaults = Settings.bool(unit, "Unit", "DefaultDependencies", true) && unit.type() != UnitType.DEVICE;
        Set<String> ordered = new HashSet<>();
        for (Named n : Dependencies.of(unit, "Unit", "After", "Before")) {
            ordered.add(n.name());
        }
        Set<String> reported = new HashSet<>();
        for (Named dep : Dependencies.of(unit, "Unit", "Conflicts")) {
            String name = dep.name();
            if (ordered.contains(name) || name.contains("%") || !reported.add(name)
                    || defaults && (name.equals("shutdown.target") || name.equals("umount.target"))) {
                continue;
            }
            context.report(dep.assignment().file(), dep.assignment().entry().value().span(dep.word().from(),
                    dep.word().to()), "Conflicts=" + name + " without After= or Before=" + name + ": Conflicts= does"
                    + " not order, so the stop of one and the start of the other run at the same time"
                    + " (systemd.unit(5))."
                    + " Add After=" + name + " (or Before=; either orders the stop before the start)");
        }
    }
}
