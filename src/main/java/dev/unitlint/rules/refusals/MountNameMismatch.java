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
 * A mount or automount unit whose file name is not the escaped Where= path: mount_verify()
 * and automount_verify() refuse it ("Where= setting doesn't match unit name"). Without Where=
 * systemd derives it from the name, so only an explicit absolute Where= can disagree.
 */
@RuleId("SD413")
public final class MountNameMismatch implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if ((unit.type() != UnitType.MOUNT && unit.type() != UnitType.AUTOMOUNT) || !WholeUnit.applies(unit)) {
            return;
        }
        String section = unit.type().ownSection();
        // A relative Where= is ignored ("path is not absolute, ignoring"); specifiers are not resolved here.
        Optional<Assignment> where = unit.lastValid(section, "Where", v -> v.startsWith("/") && !v.contains("%"));
        if (where.isEmpty()) {
            return;
        }
        Optional<String> expected = PathEscaping.unitNameFor(where.get().value(), unit.type());
        if (expected.isEmpty() || expected.get().equals(unit.name().name())) {
            return;
        }
        context.reportValue(where.get(), "Where=" + where.get().value() + " does not match the unit name "
                + unit.name().name() + ": systemd refuses to load it (\"Where= setting doesn't match unit name."
                + " Refusing.\"). The unit for this path must be named " + expected.get()
                + " (systemd-escape --path --suffix=" + unit.type().suffix() + " '" + where.get().value() + "')");
    }
}
