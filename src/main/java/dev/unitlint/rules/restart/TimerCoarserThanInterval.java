package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.TimeSpan;
import java.util.List;
import java.util.OptionalLong;

/**
 * A repeating monotonic timer (OnUnitActiveSec=, OnUnitInactiveSec=) whose interval is shorter
 * than AccuracySec=, 1 minute by default. systemd.timer(5): each elapse is placed somewhere in a
 * window of AccuracySec= after the time asked for, to coalesce wake-ups, so a 10-second timer runs
 * up to a minute late each time.
 */
@RuleId("SD325")
public final class TimerCoarserThanInterval implements Rule {

    static final long DEFAULT_ACCURACY_USEC = TimeSpan.USEC_PER_MINUTE;

    private static final List<String> TRIGGERS = List.of("OnActiveSec", "OnBootSec", "OnStartupSec", "OnUnitActiveSec",
            "OnUnitInactiveSec", "OnCalendar");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.TIMER || !unit.hasBase()) {
            return;
        }
        OptionalLong explicit = Settings.timeSpan(unit, "Timer", "AccuracySec");
        long accuracy = explicit.orElse(DEFAULT_ACCURACY_USEC);
        for (Assignment a : Settings.sharedList(unit, "Timer", TRIGGERS)) {
            if (!a.key().equals("OnUnitActiveSec") && !a.key().equals("OnUnitInactiveSec")) {
                continue;
            }
            OptionalLong interval = TimeSpan.parse(a.value());
            if (interval.isEmpty() || interval.getAsLong() == 0 || interval.getAsLong() >= accuracy) {
                continue;
            }
            context.reportValue(a, a.key() + "=" + a.value().strip() + " repeats more often than the timer's accuracy,"
                    + " AccuracySec=" + TimeSpan.format(accuracy) + (explicit.isPresent() ? "" : " (the default)")
                    + ": systemd lets each elapse slip by up to that much to coalesce wake-ups (systemd.timer(5)),"
                    + " so the unit does not run every " + TimeSpan.format(interval.getAsLong()) + ". Set AccuracySec="
                    + "1s (or lower)");
            return;
        }
    }
}
