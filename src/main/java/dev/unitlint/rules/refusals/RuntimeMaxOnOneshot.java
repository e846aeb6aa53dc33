package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.restart.RestartPolicy;
import dev.unitlint.values.TimeSpan;
import java.util.Optional;

/** RuntimeMaxSec= on a Type=oneshot service (W2): systemd ignores it, with a warning. */
@RuleId("SD407")
public final class RuntimeMaxOnOneshot implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !WholeUnit.applies(unit)) {
            return;
        }
        Optional<Assignment> runtimeMax = unit.lastValid("Service", "RuntimeMaxSec", v -> TimeSpan.parse(v).isPresent());
        if (runtimeMax.isEmpty() || TimeSpan.parse(runtimeMax.get().value()).getAsLong() == TimeSpan.INFINITY
                || !RestartPolicy.of(unit, context.systemdVersion()).type().equals("oneshot")) {
            return;
        }
        context.reportKey(runtimeMax.get(), "RuntimeMaxSec= has no effect on a Type=oneshot service: systemd ignores it"
                + " (\"RuntimeMaxSec= has no effect in combination with Type=oneshot. Ignoring.\"). To limit how long"
                + " the command may run, use TimeoutStartSec=");
    }
}
