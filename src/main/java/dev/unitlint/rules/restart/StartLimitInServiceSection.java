package dev.unitlint.rules.restart;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.List;

/**
 * Start-limit settings in {@code [Service]}. systemd 229 moved StartLimitInterval=,
 * StartLimitBurst=, StartLimitAction=, FailureAction= and RebootArgument= to {@code [Unit]}
 * and still reads the old names in {@code [Service]}; but StartLimitIntervalSec=, the new
 * name, does not exist in {@code [Service]}: systemd drops it as an unknown key and the
 * default limit stays in force.
 */
@RuleId("SD303")
public final class StartLimitInServiceSection implements Rule {

    /** NEWS for 229: "have been moved from the [Service] section of unit files to [Unit]". */
    static final int MOVED_TO_UNIT_IN = 229;

    private static final List<String> MOVED_KEYS =
            List.of("StartLimitInterval", "StartLimitBurst", "StartLimitAction", "FailureAction", "RebootArgument");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE) {
            return;
        }
        boolean moved = context.systemdVersion() >= MOVED_TO_UNIT_IN;
        for (Assignment assignment : unit.assignments("Service")) {
            String key = assignment.key();
            if (key.equals("StartLimitIntervalSec")) {
                String fix = moved
                        ? "move it to [Unit]"
                        : "write StartLimitInterval= instead (systemd " + context.systemdVersion()
                                + " has no StartLimitIntervalSec=)";
                context.report(Severity.ERROR, assignment.file(), assignment.entry().keySpan(),
                        "StartLimitIntervalSec= is not a [Service] setting: systemd ignores it here (\"Unknown key\")"
                                + " and the default start limit (10s, 5 starts) stays in force; " + fix,
                        StartLimitFixes.moveToUnit(List.of(assignment), context.systemdVersion()));
            } else if (moved && MOVED_KEYS.contains(key)) {
                String target = key.equals("StartLimitInterval") ? "StartLimitIntervalSec=" : key + "=";
                context.report(Severity.INFO, assignment.file(), assignment.entry().keySpan(),
                        key + "= belongs in [Unit] since systemd " + MOVED_TO_UNIT_IN
                                + "; [Service] still accepts it for compatibility. Move it to [Unit] as " + target,
                        StartLimitFixes.moveToUnit(List.of(assignment), context.systemdVersion()));
            }
        }
    }
}
