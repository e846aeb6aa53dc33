package dev.unitlint.rules.values;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.SystemdPaths;
import dev.unitlint.values.ValueProblem;

/**
 * A path that is not absolute where it must be (ReadWritePaths=, BindPaths=, PIDFile=, …), or
 * absolute where it must be relative (StateDirectory= …), or not normalized (a {@code ..}
 * component), after the prefixes each key allows. systemd simplifies {@code //} and {@code /./}
 * away, then ignores a path it still refuses ("path is not absolute"); see {@link SystemdPaths}.
 * A relative WorkingDirectory= is SD417's.
 */
@RuleId("SD209")
public final class InvalidPath implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        ValueFindings.report(unit, context, ValueProblem.Kind.PATH);
    }
}
