package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.List;

/**
 * RestartForceExitStatus= on a Type=oneshot service: refused by service_verify() up to
 * systemd 255 (S8); PR #31149 removed the check, so 256 and later accept it.
 */
@RuleId("SD308")
public final class RestartForceExitStatusOnOneshot implements Rule {

    static final int ALLOWED_FROM = 256;

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || context.systemdVersion() >= ALLOWED_FROM || !unit.hasBase()) {
            return;
        }
        List<Assignment> statuses = unit.list("Service", "RestartForceExitStatus");
        if (statuses.isEmpty() || !RestartPolicy.of(unit, context.systemdVersion()).type().equals("oneshot")) {
            return;
        }
        context.reportKey(statuses.get(statuses.size() - 1), "RestartForceExitStatus= is not allowed with"
                + " Type=oneshot before systemd " + ALLOWED_FROM + " (target: " + context.systemdVersion() + "):"
                + " systemd refuses to load this service (\"Service has RestartForceExitStatus= set, which isn't"
                + " allowed for Type=oneshot services. Refusing.\"). Remove it, or use Restart=on-failure");
    }
}
