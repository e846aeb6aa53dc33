package dev.unitlint.rules.conditions;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.Booleans;
import dev.unitlint.values.CommandLine;
import java.util.ArrayList;
import java.util.List;

/**
 * ConditionFirstBoot=yes without Before= and Wants= on first-boot-complete.target.
 * systemd.unit(5): "For robustness, units with ConditionFirstBoot=yes should order themselves before
 * first-boot-complete.target and pull in this passive target with Wants=. This ensures that in a case
 * of an aborted first boot, these units will be re-run during the next system startup."
 */
@RuleId("SD735")
public final class FirstBootWithoutOrdering implements Rule {

    static final String TARGET = "first-boot-complete.target";

    @Override
    public void check(Unit unit, RuleContext context) {
        // The target itself has the condition (systemd's own first-boot-complete.target).
        if (!unit.hasBase() || unit.name().name().equals(TARGET)) {
            return;
        }
        for (Assignment a : Conditions.inForce(unit, false)) {
            if (!a.key().equals("ConditionFirstBoot") || Conditions.negated(a.value())
                    || !Booleans.parse(Conditions.operand(a.value())).orElse(false)) {
                continue;
            }
            boolean before = names(unit, "Before");
            boolean wants = names(unit, "Wants") || names(unit, "Requires");
            if (before && wants) {
                return;
            }
            String missing = !before && !wants ? "Before=" + TARGET + " and Wants=" + TARGET
                    : !before ? "Before=" + TARGET : "Wants=" + TARGET;
            List<String> lines = new ArrayList<>();
            if (!before) {
                lines.add("Before=" + TARGET);
            }
            if (!wants) {
                lines.add("Wants=" + TARGET);
            }
            context.reportKey(a, "A unit with ConditionFirstBoot=yes should be ordered before and pull in " + TARGET
                    + " (systemd.unit(5)), so that a first boot that is cut short runs it again on the next boot. Add "
                    + missing, Conditions.addAfter(a, lines));
            return;
        }
    }

    private static boolean names(Unit unit, String key) {
        return unit.assignments("Unit", key).stream()
                .anyMatch(a -> CommandLine.words(a.value()).stream().anyMatch(w -> w.text().equals(TARGET)));
    }

    static boolean set(Unit unit, String key) {
        return Settings.inForce(unit, "Unit", key).isPresent();
    }
}
