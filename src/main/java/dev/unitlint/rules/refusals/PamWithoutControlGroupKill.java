package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.Optional;
import java.util.Set;

/**
 * PAMName= with a KillMode= that does not stop every process of the unit: systemd refuses the
 * unit, since the PAM session would outlive it (252: service_verify() S12 and the socket,
 * mount and swap verify functions; 257: unit_verify_contexts() U5 for all four types).
 */
@RuleId("SD405")
public final class PamWithoutControlGroupKill implements Rule {

    /** In 257 every exec unit accepts mixed; in 252 only services did (socket, mount, swap: control-group only). */
    static final int MIXED_FOR_ALL_TYPES_IN = 257;

    private static final Set<String> KILL_MODES = Set.of("control-group", "process", "mixed", "none");

    @Override
    public void check(Unit unit, RuleContext context) {
        String section = unit.type().ownSection();
        if (!unit.type().hasExecContext()
                || !WholeUnit.applies(unit)) {
            return;
        }
        Optional<Assignment> pam = unit.last(section, "PAMName");
        Optional<Assignment> killMode = unit.lastValid(section, "KillMode", KILL_MODES::contains);
        if (pam.isEmpty() || pam.get().isEmpty() || killMode.isEmpty()) {
            return;  // the default KillMode=control-group is always accepted
        }
        String mode = killMode.get().value();
        boolean mixedAllowed = unit.type() == UnitType.SERVICE || context.systemdVersion() >= MIXED_FOR_ALL_TYPES_IN;
        if (mode.equals("control-group") || (mode.equals("mixed") && mixedAllowed)) {
            return;
        }
        String allowed = mixedAllowed ? "control-group or mixed" : "control-group";
        String note = mode.equals("mixed")
                ? " (systemd " + context.systemdVersion() + " accepts mixed only for services; "
                        + MIXED_FOR_ALL_TYPES_IN + " and later accept it for every type)"
                : "";
        context.reportValue(killMode.get(), "KillMode=" + mode + " with PAMName=" + pam.get().value()
                + ": systemd refuses to load this unit (\"… has PAM enabled. Kill mode must be set to"
                + " 'control-group'" + (mixedAllowed ? " or 'mixed'" : "") + ". Refusing.\")" + note
                + ". The PAM session must end with the unit's processes; use KillMode=" + allowed
                + " or remove PAMName=");
    }
}
