package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.Optional;

/**
 * PIDFile= on a service that is not Type=forking. systemd.service(5) recommends PIDFile= for
 * Type=forking, where the main process is a child the start command leaves behind; for the other
 * types systemd knows the main process already and reads the file only in passing (after
 * ExecStartPost=, on reload, when the main process exits), so the setting rarely does what it
 * was written for, and often hides a daemon that forks under the wrong Type=.
 */
@RuleId("SD318")
public final class PidFileWithoutForking implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        Optional<Assignment> pidFile = Settings.inForce(unit, "Service", "PIDFile");
        if (pidFile.isEmpty()) {
            return;
        }
        String type = RestartPolicy.of(unit, context.systemdVersion()).type();
        if (type.equals("forking")) {
            return;
        }
        context.reportKey(pidFile.get(), "PIDFile= is meant for Type=forking services (systemd.service(5)); this"
                + " service is Type=" + type + ", whose main process systemd knows from the start, so it reads the"
                + " PID file only after ExecStartPost=, on reload or when the main process exits. If the program"
                + " puts itself in the background, say Type=forking; otherwise remove PIDFile=");
    }
}
