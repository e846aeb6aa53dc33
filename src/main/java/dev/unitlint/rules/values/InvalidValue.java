package dev.unitlint.rules.values;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.ValueParsers;
import dev.unitlint.values.ValueProblem;

/**
 * A value systemd cannot parse: {@code Restart=sometimes}, {@code LimitNOFILE=lots},
 * {@code CPUQuota=5x}, {@code RestrictAddressFamilies=AF_FOO}, {@code IPAddressAllow=10.0.0.1/33},
 * an unknown specifier. systemd logs "Failed to parse …, ignoring" and drops the assignment (or
 * the word). Every parser systemd uses is checked ({@link ValueParsers}), per the target release.
 */
@RuleId("SD201")
public final class InvalidValue implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        ValueFindings.report(unit, context, ValueProblem.Kind.INVALID);
    }
}
