package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.Map;
import java.util.Optional;

/**
 * A number without a unit where systemd's default unit is not the second. systemd.exec(5):
 * "if no time unit is specified for LimitCPU= the default unit of seconds is implied, while for
 * LimitRTTIME= the default unit of microseconds is implied", and TimerSlackNSec= "takes an integer
 * value in nano-seconds if no unit is specified" — "in contrast to most other time span definitions".
 */
@RuleId("SD708")
public final class UnusualDefaultTimeUnit implements Rule {

    private static final Map<String, String> UNIT =
            Map.of("LimitRTTIME", "microseconds", "TimerSlackNSec", "nanoseconds");
    private static final Map<String, String> SUFFIX = Map.of("LimitRTTIME", "us", "TimerSlackNSec", "ns");

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> e : UNIT.entrySet()) {
            Optional<Assignment> a = Settings.inForce(unit, section.get(), e.getKey());
            if (a.isEmpty()) {
                continue;
            }
            String v = a.get().value().strip();
            String soft = v.split(":", 2)[0];
            if (!soft.matches("[0-9]+") || soft.equals("0")) {
                continue;
            }
            context.reportValue(a.get(), e.getKey() + "=" + v + " is " + soft + " " + e.getValue() + ": a"
                    + " number without"
                    + " a unit is read in " + e.getValue() + " here, unlike most time settings (systemd.exec(5)). Write"
                    + " the unit out, e.g. " + soft + SUFFIX.get(e.getKey()) + ", or " + soft + "s if seconds"
                    + " were meant");
        }
    }
}
