package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.Optional;

/**
 * WorkingDirectory=~ with DynamicUser=yes (U2, unit_verify_contexts() in 257): a dynamic
 * user has no home directory, and systemd 257 refuses the unit. 252 accepts it (observed).
 */
@RuleId("SD421")
public final class DynamicUserHomeDirectory implements Rule {

    /** Present in 257, absent in 252; the release in between that added it is not pinned down. */
    static final int REFUSED_FROM = 257;


    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.type().hasExecContext() || !WholeUnit.applies(unit) || context.systemdVersion() < REFUSED_FROM) {
            return;
        }
        String section = unit.type().ownSection();
        Optional<Assignment> workingDirectory = unit.last(section, "WorkingDirectory");
        if (workingDirectory.isEmpty() || !workingDirectory.get().value().matches("-?~")
                || !WholeUnit.bool(unit, section, "DynamicUser", false)) {
            return;
        }
        context.reportValue(workingDirectory.get(), "WorkingDirectory=~ with DynamicUser=yes: a dynamic user has no"
                + " home directory, and systemd refuses to load this unit (\"WorkingDirectory=~ is not allowed under"
                + " DynamicUser=yes. Refusing.\"). Use StateDirectory= and WorkingDirectory=%S/<name>");
    }
}
