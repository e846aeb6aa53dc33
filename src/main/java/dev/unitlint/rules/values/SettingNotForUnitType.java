package dev.unitlint.rules.values;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.ValueProblem;

/**
 * A resource-control setting that the unit's type does not support although its section
 * accepts it: Delegate= and DelegateSubgroup= outside services and scopes, ManagedOOMSwap=,
 * ManagedOOMMemoryPressure= and the other ManagedOOM*= settings outside services, scopes and
 * slices. systemd logs "Delegate= setting not supported for this unit type, ignoring." (or
 * "X= is not supported for this unit type") and ignores the line whatever its value.
 */
@RuleId("SD210")
public final class SettingNotForUnitType implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        ValueFindings.report(unit, context, ValueProblem.Kind.UNSUPPORTED_FOR_TYPE);
    }
}
