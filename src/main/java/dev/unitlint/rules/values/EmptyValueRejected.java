package dev.unitlint.rules.values;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.ValueProblem;

/**
 * An empty value for a key whose parser does not treat empty as "reset": {@code Type=},
 * {@code Restart=}, {@code RestartSec=}, {@code UMask=}. systemd logs "Failed to parse …,
 * ignoring: " and keeps the previous value — the opposite of what an empty assignment was
 * meant to do. Which parsers reject an empty value is in {@code ValueParsers} (established with
 * conformance/empty_values.py against systemd 252).
 */
@RuleId("SD202")
public final class EmptyValueRejected implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        ValueFindings.report(unit, context, ValueProblem.Kind.EMPTY);
    }
}
