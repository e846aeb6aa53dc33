package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.CalendarSpec;
import dev.unitlint.values.Specifiers;

import java.util.Optional;

/**
 * An OnCalendar= value systemd cannot parse ({@code every day}, {@code Mon..Fro 10:00},
 * {@code 25:00}, {@code 12:60}): systemd logs "Failed to parse calendar specification"
 * and the timer has one trigger fewer — with no other trigger it never elapses.
 */
@RuleId("SD208")
public final class InvalidCalendarSpec implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            if (directive.isEmpty() || !assignment.key().equals("OnCalendar") || assignment.isEmpty()
                    || Specifiers.contains(assignment.value())) {
                continue;
            }
            String value = assignment.value();
            if (!CalendarSpec.isValid(value)) {
                context.reportValue(assignment, "Invalid calendar specification '" + value + "': systemd ignores it (\"Failed to"
                        + " parse calendar specification, ignoring: " + value + "\"). Write [WEEKDAY] [YYYY-MM-DD] [HH:MM[:SS]]"
                        + " [TIMEZONE], e.g. Mon..Fri *-*-* 09:00, or daily/weekly/…; check it with systemd-analyze calendar");
            }
        }
    }
}
