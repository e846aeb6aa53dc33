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
 * A swap unit whose file name is not the escaped What= path: swap_verify() refuses it ("Value
 * of What= and unit name do not match, not loading."). Without What= (or with a relative one,
 * which is ignored) systemd derives the device from the name.
 */
@RuleId("SD415")
public final class SwapNameMismatch implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SWAP || !WholeUnit.applies(unit)) {
            return;
        }
        Optional<Assignment> what = unit.lastValid("Swap", "What", v -> v.startsWith("/") && !v.contains("%"));
        if (what.isEmpty()) {
            return;
        }
        Optional<String> expected = PathEscaping.unitNameFor(what.get().value(), UnitType.SWAP);
        if (expected.isEmpty() || expected.get().equals(unit.name().name())) {
            return;
        }
        context.reportValue(what.get(), "What=" + what.get().value() + " does not match the unit name "
                + unit.name().name() + ": systemd refuses to load it (\"Value of What= and unit name do not match, not"
                + " loading.\"). Name the file " + expected.get() + " (systemd-escape --path --suffix=swap '"
                + what.get().value() + "')");
    }
}
