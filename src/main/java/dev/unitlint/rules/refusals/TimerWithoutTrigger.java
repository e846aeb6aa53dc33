package dev.unitlint.rules.refusals;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.List;

/**
 * A timer with no OnActiveSec=, OnBootSec=, OnStartupSec=, OnUnitActiveSec=,
 * OnUnitInactiveSec=, OnCalendar=, OnClockChange=yes or OnTimezoneChange=yes: timer_verify()
 * refuses it. An empty On*= assignment clears every trigger set before it, and a trigger whose
 * value systemd cannot parse is no trigger: a timer whose only triggers are invalid is refused too.
 */
@RuleId("SD409")
public final class TimerWithoutTrigger implements Rule {

    static final List<String> TRIGGERS = List.of("OnActiveSec", "OnBootSec", "OnStartupSec", "OnUnitActiveSec",
            "OnUnitInactiveSec", "OnCalendar");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.TIMER || !WholeUnit.applies(unit)) {
            return;
        }
        int release = context.systemdVersion();
        if (!WholeUnit.validSharedList(unit, "Timer", TRIGGERS, release).isEmpty()
                || WholeUnit.bool(unit, "Timer", "OnClockChange", false)
                || WholeUnit.bool(unit, "Timer", "OnTimezoneChange", false)) {
            return;
        }
        if (WholeUnit.reportIgnoredItems(unit, context, "Timer", TRIGGERS, "trigger", "systemd refuses to load the timer"
                + " (\"Timer unit lacks value setting. Refusing.\"). Fix the value (see the finding on it), or add another"
                + " OnCalendar= or On*Sec= setting")) {
            return;
        }
        boolean cleared = TRIGGERS.stream().anyMatch(key -> !unit.assignments("Timer", key).isEmpty());
        String message = "this timer has no trigger" + (cleared ? " left (an empty On*= clears those before it)" : "")
                + ": systemd refuses to load it (\"Timer unit lacks value setting. Refusing.\"). Add OnCalendar=,"
                + " OnBootSec=, OnUnitActiveSec= or another On*= setting";
        WholeUnit.reportAtLatest(unit, context, "Timer", message, TRIGGERS);
    }
}
