package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.Optional;

/**
 * KillMode=process: systemd.kill(5) calls it "not recommended!", since the other processes of
 * the unit escape systemd's lifecycle and resource management and keep running after the stop.
 * Some services use it on purpose (sshd keeps the sessions it forked), so this is information;
 * services with Delegate=yes, which manage their control-group subtree themselves, are left alone.
 */
@RuleId("SD322")
public final class KillModeProcess implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        // With PAMName= systemd refuses KillMode=process outright; SD405 reports that. A service with
        // Delegate=yes manages its own control-group subtree (container runtimes keep their
        // containers running across a restart this way): its choice, not an oversight.
        if (Settings.inForce(unit, section.get(), "PAMName").isPresent()
                || Settings.bool(unit, section.get(), "Delegate", false)) {
            return;
        }
        Optional<Assignment> mode = Settings.inForce(unit, section.get(), "KillMode")
                .filter(a -> a.value().equals("process"));
        mode.ifPresent(a -> context.reportValue(a, "KillMode=process stops only the main process: the other"
                + " processes of the unit keep running after the stop, outside systemd's lifecycle and resource"
                + " control, and are still there at the next start (systemd.kill(5): \"not recommended\"). Use"
                + " control-group (the default) or mixed; if the children must outlive a restart on purpose, keep"
                + " it and say so with a suppression"));
    }
}
