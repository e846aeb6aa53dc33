package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.TimeSpan;
import java.util.Optional;

/** RuntimeRandomizedExtraSec= (v250) without RuntimeMaxSec= (W3): systemd ignores it, with a warning. */
@RuleId("SD408")
public final class RuntimeRandomizedWithoutMax implements Rule {

    static final int ADDED_IN = 250;

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !WholeUnit.applies(unit) || context.systemdVersion() < ADDED_IN) {
            return;
        }
        Optional<Assignment> extra = unit.lastValid("Service", "RuntimeRandomizedExtraSec",
                v -> TimeSpan.parse(v).isPresent());
        if (extra.isEmpty() || TimeSpan.parse(extra.get().value()).getAsLong() == 0) {
            return;
        }
        Optional<Assignment> runtimeMax = unit.lastValid("Service", "RuntimeMaxSec", v -> TimeSpan.parse(v).isPresent());
        if (runtimeMax.isPresent() && TimeSpan.parse(runtimeMax.get().value()).getAsLong() != TimeSpan.INFINITY) {
            return;
        }
        context.reportKey(extra.get(), "RuntimeRandomizedExtraSec= only extends RuntimeMaxSec=, which is not set here:"
                + " systemd ignores it (\"Service has RuntimeRandomizedExtraSec= setting, but no RuntimeMaxSec=."
                + " Ignoring.\"). Set RuntimeMaxSec= too, or remove it");
    }
}
