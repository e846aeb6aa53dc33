package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.List;
import java.util.Optional;

/**
 * LimitAS= or LimitDATA= used to limit memory. systemd.exec(5), table of resource limits: "Do not
 * use. This limits the allowed address range, not memory use! Defaults to unlimited and should not be
 * lowered. To limit memory use, see MemoryMax=". Programs that reserve large address ranges (JVMs,
 * Go, sanitizers) fail at start-up under such a limit.
 */
@RuleId("SD710")
public final class AddressSpaceLimit implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        for (String key : List.of("LimitAS", "LimitDATA")) {
            Optional<Assignment> limit = Settings.inForce(unit, section.get(), key)
                    .filter(a -> !a.value().strip().equals("infinity")
                            && !a.value().strip().equals("infinity:infinity"));
            limit.ifPresent(a -> context.reportKey(a, key + "= limits the address space the processes may map, not"
                    + " the memory they use (systemd.exec(5): \"Do not use … should not be lowered\"); programs that"
                    + " reserve large ranges fail under it. Use MemoryMax= or MemoryHigh= to limit memory"));
        }
    }
}
