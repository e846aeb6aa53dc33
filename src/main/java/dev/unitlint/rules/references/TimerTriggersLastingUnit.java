package dev.unitlint.rules.references;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.model.UnitSet;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.List;
import java.util.Optional;

/**
 * A repeating timer that triggers a unit which stays active. systemd.timer(5): "in case the unit to
 * activate is already active at the time the timer elapses it is not restarted, but simply left
 * running … services with RemainAfterExit=yes set … are usually not suitable for activation via
 * repetitive timers, as they will only be activated once, and then stay around forever. Target
 * units, which by default do not deactivate on their own, can be activated repeatedly by timers by
 * setting StopWhenUnneeded=yes on them." Needs the whole set of units.
 */
@RuleId("SD807")
public final class TimerTriggersLastingUnit implements Rule {

    private static final List<String> TRIGGERS = List.of("OnActiveSec", "OnBootSec", "OnStartupSec",
            "OnUnitActiveSec", "OnUnitInactiveSec", "OnCalendar");

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<UnitSet> set = context.unitSet();
        if (set.isEmpty() || !unit.hasBase()) {
            return;
        }
        Optional<Assignment> lasting;
        String why;
        if (unit.type() == UnitType.SERVICE) {
            lasting = Settings.ifTrue(unit, "Service", "RemainAfterExit");
            why = "RemainAfterExit=yes keeps it active after its command has finished";
        } else if (unit.type() == UnitType.TARGET) {
            if (Settings.bool(unit, "Unit", "StopWhenUnneeded", false)) {
                return;
            }
            lasting = Optional.empty();
            why = "a target stays active until something stops it (StopWhenUnneeded= is off)";
        } else {
            return;
        }
        if (unit.type() == UnitType.SERVICE && lasting.isEmpty()) {
            return;
        }
        // The set's index of triggers by the unit they start, not every unit of the run per unit:
        // a tree of 20,000 units with 2,000 targets asked 40 million questions that way.
        for (Unit timer : set.get().triggersOf(unit.name())) {
            if (timer.type() != UnitType.TIMER || !triggers(timer, unit) || !repeats(timer)) {
                continue;
            }
            String message = timer.name().name() + " elapses again and again, but it starts " + unit.name().name()
                    + " only once: " + why + ", and a timer does not restart an active unit (systemd.timer(5)). "
                    + (unit.type() == UnitType.SERVICE ? "Remove RemainAfterExit=yes" : "Set StopWhenUnneeded=yes in "
                    + unit.name().name());
            if (lasting.isPresent()) {
                context.reportKey(lasting.get(), message);
            } else {
                var base = unit.base().orElseThrow();
                context.report(base, base.sections().isEmpty() ? dev.unitlint.syntax.Span.lineStart(1)
                        : base.sections().get(0).header().nameSpan(), message);
            }
            return;
        }
    }

    private static boolean triggers(Unit timer, Unit unit) {
        Optional<String> target = Settings.value(timer, "Timer", "Unit");
        UnitName t = timer.name();
        String same = t.name().substring(0, t.name().lastIndexOf('.')) + ".service";
        return target.orElse(same).equals(unit.name().name());
    }

    private static boolean repeats(Unit timer) {
        return Settings.sharedList(timer, "Timer", TRIGGERS).stream().anyMatch(a -> a.key().equals("OnCalendar")
                || a.key().equals("OnUnitActiveSec") || a.key().equals("OnUnitInactiveSec"));
    }
}
