package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.CalendarSpec;
import dev.unitlint.values.CalendarYears;
import java.time.Year;
import java.util.OptionalInt;

/**
 * OnCalendar= whose date lies in years that are over. systemd.time(7): a calendar event with a
 * year ("2023-01-01 03:00", "12-10-15" for 2012) matches only in that year, so the timer has
 * nothing left to elapse for. Compared with the year the check runs in.
 */
@RuleId("SD738")
public final class CalendarInThePast implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.TIMER) {
            return;
        }
        int now = Year.now().getValue();
        for (Assignment a : unit.list("Timer", "OnCalendar")) {
            if (a.isEmpty() || !CalendarSpec.isValid(a.value().strip())) {
                continue;
            }
            OptionalInt latest = CalendarYears.latest(a.value());
            if (latest.isPresent() && latest.getAsInt() < now) {
                context.reportValue(a, "OnCalendar=" + a.value().strip() + " names no year after " + latest.getAsInt()
                        + ", which is over, so this trigger never elapses again (systemd.time(7): the year is part of"
                        + " the match" + (a.value().strip().matches("\\d{2}-.*") ? "; a two-digit year is 20xx" : "")
                        + "). Use * for the year, e.g. *-" + a.value().strip().replaceFirst("^[0-9.,]+-", ""));
            }
        }
    }
}
