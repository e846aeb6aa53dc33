package dev.unitlint.rules.restart;

import java.util.Optional;
import java.util.List;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Applicability;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * {@code Restart=always} or {@code on-success} on a {@code Type=oneshot} service: systemd
 * refuses to load it (service_verify(); before v244 any Restart= other than {@code no}).
 */
@RuleId("SD301")
public final class RestartAlwaysOnOneshot implements Rule {

    /** v244 (PR #13754) started allowing on-failure, on-abnormal, on-watchdog and on-abort for oneshot. */
    static final int ONESHOT_RESTART_RELAXED_IN = 244;

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        if (!policy.type().equals("oneshot") || policy.restartAssignment().isEmpty()) {
            return;
        }
        // Without Type= the type is systemd's default, which depends on the unit file's ExecStart=
        // and BusName=: a drop-in given alone cannot tell (Debian's freedombox ships such a drop-in
        // with Restart=always for tt-rss.service, a Type=simple service).
        if (!unit.hasBase() && policy.typeAssignment().isEmpty()) {
            return;
        }
        Assignment restart = policy.restartAssignment().get();
        String value = restart.value();
        boolean relaxed = context.systemdVersion() >= ONESHOT_RESTART_RELAXED_IN;
        if (relaxed && (value.equals("always") || value.equals("on-success"))) {
            context.reportValue(restart, "Restart=" + value + " is not allowed with Type=oneshot: systemd refuses"
                    + " to load this service. A oneshot service is never restarted after a clean exit;"
                    + " use Restart=on-failure, or a .timer unit to run it again periodically",
                    value.equals("always") ? Fix.of(Applicability.UNSAFE, "Write Restart=on-failure instead of"
                            + " Restart=always (a oneshot service then runs again only when it fails)",
                            List.of(FileEdits.of(restart.file()).replace(restart.entry().value().span(), "on-failure")))
                            : Optional.empty());
        } else if (!relaxed && !value.equals("no")) {
            context.reportValue(restart, "Restart=" + value + " is not allowed with Type=oneshot before systemd "
                    + ONESHOT_RESTART_RELAXED_IN + " (target: " + context.systemdVersion() + "): systemd refuses"
                    + " to load this service. Remove Restart= or use Type=simple");
        }
    }
}
