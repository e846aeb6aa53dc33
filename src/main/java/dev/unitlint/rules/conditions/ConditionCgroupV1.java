package dev.unitlint.rules.conditions;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * ConditionControlGroupController=v1. systemd.unit(5): "legacy or hybrid hierarchies have been
 * deprecated"; systemd 258 removed support for them, so from 258 on the check never holds (always
 * holds negated) and the unit is kept for a system that cannot exist. Before 258 it is information.
 */
@RuleId("SD734")
public final class ConditionCgroupV1 implements Rule {

    /** systemd 258 dropped the legacy and hybrid cgroup hierarchies (NEWS for 258). */
    static final int V1_REMOVED_IN = 258;

    @Override
    public void check(Unit unit, RuleContext context) {
        for (Assignment a : unit.assignments("Unit")) {
            if (!a.key().equals("ConditionControlGroupController") && !a.key().equals("AssertControlGroupController")) {
                continue;
            }
            if (!Conditions.operand(a.value()).equals("v1")) {
                continue;
            }
            if (context.systemdVersion() >= V1_REMOVED_IN) {
                context.reportValue(a, a.key() + "=v1 asks for the legacy cgroup hierarchy, which systemd "
                        + V1_REMOVED_IN + " and later no longer support, so the check "
                        + (Conditions.negated(a.value()) ? "always holds" : "never holds") + ". Remove it, and the unit"
                        + " if it exists only for cgroup v1");
            } else {
                context.report(Severity.INFO, a.file(), a.entry().value().span(), a.key() + "=v1 asks for the legacy"
                        + " cgroup hierarchy, which is deprecated (systemd.unit(5)) and gone in systemd "
                                + V1_REMOVED_IN
                        + "; plan for the unified hierarchy");
            }
        }
    }
}
