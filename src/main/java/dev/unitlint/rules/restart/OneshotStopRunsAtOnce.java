package dev.unitlint.rules.restart;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.List;
import java.util.Optional;

/**
 * A Type=oneshot service without RemainAfterExit=yes never becomes active (systemd.service(5),
 * Type=): as soon as its ExecStart= commands finish, systemd stops it, and ExecStop= runs right
 * then, not when someone stops the unit.
 */
@RuleId("SD316")
public final class OneshotStopRunsAtOnce implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        List<Assignment> stops = unit.list("Service", "ExecStop").stream().filter(a -> !a.isEmpty()).toList();
        if (stops.isEmpty() || Settings.bool(unit, "Service", "RemainAfterExit", false)
                || !Settings.hasItems(unit, "Service", "ExecStart")) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        if (!policy.type().equals("oneshot")) {
            return;
        }
        context.reportKey(stops.get(0), "ExecStop= of a Type=oneshot service without RemainAfterExit=yes runs right"
                + " after ExecStart= finishes: the service never becomes active, systemd stops it at once"
                + " (systemd.service(5), Type=), so this is not a command for \"systemctl stop\". Add"
                + " RemainAfterExit=yes, or move the command to ExecStartPost=/ExecStopPost= if it is meant to run"
                + " after the job", addRemainAfterExit(unit, stops.get(0)));
    }

    /**
     * Adds RemainAfterExit=yes below the ExecStop= line, as the man page's "stoppable oneshot
     * service" does. Unsafe: it is one of two repairs, and the unit then stays active after its
     * commands finish. None when the unit sets RemainAfterExit= anywhere: which one wins is for
     * a person.
     */
    private static Optional<Fix> addRemainAfterExit(Unit unit, Assignment stop) {
        if (!unit.assignments("Service", "RemainAfterExit").isEmpty()) {
            return Optional.empty();
        }
        return Fix.of(Applicability.UNSAFE, "Add RemainAfterExit=yes",
                List.of(FileEdits.of(stop.file()).insertLinesAfter(stop.entry(), List.of("RemainAfterExit=yes"))));
    }
}
