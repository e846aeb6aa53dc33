package dev.unitlint.rules.conditions;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.CommandLine;
import java.util.List;

/**
 * ConditionNeedsUpdate= without Before=systemd-update-done.service. systemd.unit(5): "Units making
 * use of this condition should order themselves before systemd-update-done.service, to make sure
 * they run before the stamp file's modification time gets reset indicating a completed update."
 * Without it the stamp may be updated first and the unit skipped for good.
 */
@RuleId("SD736")
public final class NeedsUpdateWithoutOrdering implements Rule {

    static final String DONE = "systemd-update-done.service";

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase() || unit.name().name().equals(DONE)) {
            return;
        }
        for (Assignment a : Conditions.inForce(unit, false)) {
            if (!a.key().equals("ConditionNeedsUpdate") || Conditions.negated(a.value())) {
                continue;
            }
            boolean before = unit.assignments("Unit", "Before").stream()
                    .anyMatch(b -> CommandLine.words(b.value()).stream().anyMatch(w -> w.text().equals(DONE)));
            if (!before) {
                context.reportKey(a, "ConditionNeedsUpdate= without Before=" + DONE + ": that service marks the"
                        + " update done, and if it runs first this unit is skipped (systemd.unit(5): \"should order"
                        + " themselves before systemd-update-done.service\"). Add Before=" + DONE,
                        Conditions.addAfter(a, List.of("Before=" + DONE)));
            }
            return;
        }
    }
}
