package dev.unitlint.rules.meaning;

import dev.unitlint.catalog.Directive;
import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Severity;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.syntax.Span;
import dev.unitlint.values.TimeSpan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "M" in a time span. systemd.time(7): "minutes, minute, min, m" but "months, month, M (defined as
 * 30.44 days)": RestartSec=5M waits five months. Written as M it is almost always meant as minutes;
 * in [Timer] a month may be meant, so there it is information.
 */
@RuleId("SD707")
public final class TimeSpanMonths implements Rule {

    private static final Set<String> TIME_PARSERS = Set.of("config_parse_sec", "config_parse_sec_fix_0",
            "config_parse_sec_def_infinity", "config_parse_service_timeout", "config_parse_service_timeout_abort",
            "config_parse_job_timeout_sec", "config_parse_job_running_timeout_sec", "config_parse_timer",
            "config_parse_nsec", "config_parse_managed_oom_mem_pressure_duration_sec");

    private static final Pattern MONTHS = Pattern.compile("([0-9]+(?:\\.[0-9]*)?)\\s*(months|month|M)(?![A-Za-z])");

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment a : KnownKeys.readAssignments(unit)) {
            if (a.value().indexOf('M') < 0) {
                continue; // no "M" to read as months: the common case, decided before any lookup
            }
            Optional<Directive> d = KnownKeys.accepted(unit, a, release);
            if (d.isEmpty() || !TIME_PARSERS.contains(d.get().parserIn(release))
                    || TimeSpan.parse(a.value()).isEmpty()) {
                continue;
            }
            Matcher m = MONTHS.matcher(a.value());
            if (!m.find() || !m.group(2).equals("M")) {
                continue;
            }
            boolean timer = a.section().equals("Timer");
            String message = a.key() + "=" + a.value().strip() + ": M is months (30.44 days) in systemd time spans,"
                    + " minutes are m or min (systemd.time(7)), so this is " + TimeSpan.format(TimeSpan.parse(a.value())
                    .getAsLong()) + ". Write " + m.group(1) + "min if minutes were meant"
                    + (timer ? ", or " + m.group(1) + "month to say months" : "");
            Span letter = a.entry().value().span(m.start(2), m.end(2));
            // Outside [Timer] minutes were almost surely meant, but the fix changes the span a
            // thousandfold: unsafe. In [Timer] a month may be meant, so there is no fix.
            context.report(timer ? Severity.INFO : Severity.WARNING, a.file(), letter, message, timer ? Optional.empty()
                    : Fix.of(Applicability.UNSAFE, "Write " + m.group(1) + "min (minutes) instead of " + m.group(1)
                            + "M (months)", List.of(FileEdits.of(a.file()).replace(letter, "min"))));
        }
    }
}
