package dev.unitlint.rules.deprecation;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * {@code KillMode=none}: deprecated, systemd warns at load (config_parse_kill_mode(), 252
 * load-fragment.c:874) because stopping the unit leaves its processes running outside
 * systemd's control.
 */
@RuleId("SD702")
public final class KillModeNone implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.type().hasKillContext()) {
            return;
        }
        for (Assignment a : unit.assignments(unit.type().ownSection(), "KillMode")) {
            if (a.value().strip().equals("none")) {
                context.reportValue(a, "KillMode=none is deprecated and unsafe: stopping the unit leaves its processes"
                        + " running, outside systemd's control (systemd warns \"Unit uses KillMode=none. This is"
                        + " unsafe\"). Use KillMode=mixed or control-group, and let the service's ExecStop= end its"
                        + " processes");
            }
        }
    }
}
