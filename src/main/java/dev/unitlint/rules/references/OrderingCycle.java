package dev.unitlint.rules.references;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.ReadsUnitGraphs;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * Units ordered in a circle by {@code After=} and {@code Before=}: when their start jobs meet
 * in one transaction systemd deletes one of them to break the cycle. A cycle among the units
 * given is there whatever else the system holds, so it is checked without {@code --complete} too.
 */
@RuleId("SD802")
public final class OrderingCycle implements Rule, ReadsUnitGraphs {

    @Override
    public void check(Unit unit, RuleContext context) {
        context.unitsGiven().ifPresent(set -> CycleReport.report(unit, context, set.orderingCycles(), "after",
                "When they start together systemd finds the ordering cycle and deletes the start job of one of"
                        + " them (\"Found ordering cycle ... Job ... deleted to break ordering cycle\"), so a unit"
                        + " silently does not start. Remove one of these After=/Before= settings"));
    }
}
