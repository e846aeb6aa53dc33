package dev.unitlint.rules.references;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.ReadsUnitGraphs;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * Units that require each other in a circle ({@code Requires=}, {@code BindsTo=},
 * {@code Requisite=}, {@code .requires/} folders). A cycle among the units given is there whatever
 * else the system holds, so it is checked without {@code --complete} too.
 */
@RuleId("SD803")
public final class RequirementCycle implements Rule, ReadsUnitGraphs {

    @Override
    public void check(Unit unit, RuleContext context) {
        context.unitsGiven().ifPresent(set -> CycleReport.report(unit, context, set.requirementCycles(), "requires",
                "systemd accepts this, but none of them can be started, stopped or fail alone: stopping any one"
                        + " stops all, and a failed start of one fails the others. Make the dependency one-way"
                        + " (Wants= or a single Requires=)"));
    }
}
