package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * {@code [Install] DefaultInstance=} in a unit that is not a template: systemctl enable
 * ignores it ("DefaultInstance= only makes sense for template units, ignoring.",
 * src/shared/install.c config_parse_default_instance()). An instance ({@code getty@tty1.service},
 * usually read from its template's file) is skipped silently by the same function ("When
 * enabling an instance, we might be using a template unit file"), so it is not reported either.
 */
@RuleId("SD606")
public final class DefaultInstanceOutsideTemplate implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.name().isTemplate() || unit.name().isInstance()) {
            return;
        }
        for (Assignment a : unit.assignments("Install", "DefaultInstance")) {
            if (!a.isEmpty()) {
                context.reportKey(a, "DefaultInstance= only makes sense in a template (name@." + unit.type().suffix()
                        + "): systemctl enable ignores it in " + unit.name().name() + ". Remove it, or rename the"
                        + " unit to a template");
            }
        }
    }
}
