package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.ReadsUnitGraphs;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.dependencies.Dependencies.Named;
import java.util.HashSet;
import java.util.Set;

/**
 * Requisite= without After= on the same unit. systemd.unit(5): "Requisite= does not imply an
 * ordering dependency, even if both units are started in the same transaction. Hence this setting
 * should usually be combined with After=, to ensure this unit is not started before the other
 * unit." Without it the check that the other unit is up happens at the same time it starts.
 */
@RuleId("SD609")
public final class RequisiteWithoutOrdering implements Rule, ReadsUnitGraphs {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase()) {
            return;
        }
        Set<String> ordered = new HashSet<>();
        for (Named n : Dependencies.of(unit, "Unit", "After", "Before")) {
            ordered.add(n.name());
        }
        Set<String> reported = new HashSet<>();
        for (Named dep : Dependencies.of(unit, "Unit", "Requisite")) {
            String name = dep.name();
            if (ordered.contains(name) || name.contains("%") || Dependencies.isSelf(unit, name) || !reported.add(name)) {
                continue;
            }
            context.report(dep.assignment().file(), dep.assignment().entry().value().span(dep.word().from(),
                    dep.word().to()), "Requisite=" + name + " without After=" + name + ": Requisite= does not order,"
                    + " so when both are started together this unit does not wait for " + name + " and may start"
                    + " before it is up, or fail because it is not up yet (systemd.unit(5)). Add After=" + name,
                    Dependencies.orderAfter(unit, context, dep));
        }
    }
}
