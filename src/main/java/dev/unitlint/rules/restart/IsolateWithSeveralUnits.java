package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.Booleans;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * OnFailureJobMode=isolate (or OnSuccessJobMode=isolate) with more than one unit in
 * OnFailure= (OnSuccess=): only one unit can be isolated, so unit_load() refuses the unit
 * ("More than one OnFailure= dependencies specified but OnFailureJobMode=isolate set.").
 */
@RuleId("SD312")
public final class IsolateWithSeveralUnits implements Rule {

    private static final Set<String> JOB_MODES = Set.of("fail", "replace", "replace-irreversibly", "isolate", "flush",
            "ignore-dependencies", "ignore-requirements", "triggering", "restart-dependencies");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase()) {
            return;
        }
        check(unit, context, "OnFailure", jobMode(unit, "OnFailure"));
        check(unit, context, "OnSuccess", jobMode(unit, "OnSuccess"));
    }

    private static void check(Unit unit, RuleContext context, String key, Optional<Assignment> mode) {
        if (mode.isEmpty() || !isIsolate(mode.get())) {
            return;
        }
        Set<String> units = new LinkedHashSet<>();
        for (TriggeredUnits.Name name : TriggeredUnits.of(unit, key)) {
            units.add(name.resolved().orElse(name.written()));
        }
        if (units.size() < 2) {
            return;
        }
        context.reportValue(mode.get(), mode.get().key() + "=" + mode.get().value() + " with " + units.size() + " "
                + key + "= units (" + String.join(", ", units) + "): systemd refuses to load this unit (\"More than one "
                + key + "= dependencies specified but " + key + "JobMode=isolate set. Refusing.\"). Isolating starts"
                + " exactly one unit and stops the rest: list a single target in " + key + "=, and let it pull in the"
                + " others");
    }

    private static boolean isIsolate(Assignment mode) {
        return mode.key().endsWith("Isolate") ? Booleans.parse(mode.value()).orElse(false) : mode.value().equals("isolate");
    }

    /** The job mode in force: OnFailureJobMode= or the deprecated OnFailureIsolate=, whichever comes last. */
    private static Optional<Assignment> jobMode(Unit unit, String key) {
        List<Assignment> candidates = new ArrayList<>();
        unit.lastValid("Unit", key + "JobMode", JOB_MODES::contains).ifPresent(candidates::add);
        if (key.equals("OnFailure")) {
            unit.lastValid("Unit", "OnFailureIsolate", Booleans::isValid).ifPresent(candidates::add);
        }
        return unit.latest(candidates);
    }
}
