package dev.unitlint.values;

/**
 * config_parse_timer() (src/core/load-fragment.c, 252–262): OnCalendar= takes a calendar
 * specification (checked by SD208 with {@link CalendarSpec}); the monotonic triggers
 * (OnActiveSec=, OnBootSec=, OnStartupSec=, OnUnitActiveSec=, OnUnitInactiveSec=) take a time
 * span, seconds by default.
 */
final class Timers {

    private Timers() {
    }

    static void value(String v, ValueContext c, Problems out) {
        if (!c.key().equals("OnCalendar")) {
            ScalarChecks.timerSpan(v, c, out);
        }
    }
}
