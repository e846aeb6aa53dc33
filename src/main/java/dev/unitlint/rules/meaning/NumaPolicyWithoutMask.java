package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.Optional;
import java.util.Set;

/**
 * NUMAPolicy= that needs a node list, without NUMAMask=. systemd.exec(5): "A list of NUMA nodes that
 * should be associated with the policy must be specified in NUMAMask=" (not for default and local).
 * With an empty mask set_mempolicy() fails and the service does not start (status 242/NUMA).
 */
@RuleId("SD719")
public final class NumaPolicyWithoutMask implements Rule {

    private static final Set<String> NEED_NODES = Set.of("bind", "interleave", "preferred", "preferred-many",
            "weighted-interleave");

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty() || !unit.hasBase()) {
            return;
        }
        Optional<Assignment> policy = Settings.inForce(unit, section.get(), "NUMAPolicy")
                .filter(a -> NEED_NODES.contains(a.value().strip()));
        if (policy.isEmpty() || Settings.inForce(unit, section.get(), "NUMAMask").isPresent()) {
            return;
        }
        context.reportValue(policy.get(), "NUMAPolicy=" + policy.get().value().strip() + " without NUMAMask=: this"
                + " policy applies to a list of NUMA nodes, which \"must be specified in NUMAMask=\" (systemd.exec(5));"
                + " with none the service fails to start. Add NUMAMask= (e.g. 0 or all)");
    }
}
