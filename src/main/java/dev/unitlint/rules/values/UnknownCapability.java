package dev.unitlint.rules.values;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.CapabilitySet;
import dev.unitlint.values.ValueProblem;

/**
 * A capability name in CapabilityBoundingSet= or AmbientCapabilities= that Linux does not
 * have ({@code CAP_NET_ADMINN}, {@code NET_ADMIN} without the prefix). systemd drops unknown
 * names without a message, so the service runs without the capability it was meant to keep
 * (or keeps one it was meant to lose, with {@code ~}). The parsing is {@link CapabilitySet}'s.
 */
@RuleId("SD206")
public final class UnknownCapability implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        ValueFindings.report(unit, context, ValueProblem.Kind.CAPABILITY);
    }
}
