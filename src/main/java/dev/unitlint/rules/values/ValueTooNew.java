package dev.unitlint.rules.values;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.ValueProblem;

/**
 * A value newer than the target release: {@code Type=notify-reload} (253) on systemd 252,
 * {@code FailureAction=kexec} (254), {@code StandardOutput=truncate:} (248). The older systemd
 * does not know the value, logs "Failed to parse …" and ignores the assignment.
 */
@RuleId("SD203")
public final class ValueTooNew implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        ValueFindings.report(unit, context, ValueProblem.Kind.TOO_NEW);
    }
}
