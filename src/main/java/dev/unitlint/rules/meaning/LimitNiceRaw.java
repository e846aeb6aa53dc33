package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.Optional;

/**
 * LimitNICE= without a sign. systemd.exec(5): "if prefixed with + or -, the value is understood as
 * regular Linux nice value in the range -20…19. If not prefixed like this the value is understood as
 * raw resource limit parameter in the range 0…40 (with 0 being equivalent to 1)": LimitNICE=10 lets
 * the processes raise their priority only to nice 10, not to -10.
 */
@RuleId("SD709")
public final class LimitNiceRaw implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        Optional<Assignment> limit = Settings.inForce(unit, section.get(), "LimitNICE");
        if (limit.isEmpty()) {
            return;
        }
        String v = limit.get().value().strip().split(":", 2)[0];
        if (!v.matches("[0-9]+")) {
            return;
        }
        int raw = Integer.parseInt(v);
        if (raw > 40) {
            return;
        }
        int nice = 20 - Math.max(raw, 1);
        context.reportValue(limit.get(), "LimitNICE=" + v + " is the raw rlimit, which allows nice values down to "
                + nice + ", not the nice value " + v + " (systemd.exec(5): without + or - the value is the raw resource"
                + " limit 0…40). Write LimitNICE=" + (nice >= 0 ? "+" : "") + nice
                + " to say the same as a nice value,"
                + " or LimitNICE=+" + v + "/-" + v + " for the nice value you meant");
    }
}
