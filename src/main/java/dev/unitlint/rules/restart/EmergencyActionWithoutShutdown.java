package dev.unitlint.rules.restart;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FailureAction=, SuccessAction=, StartLimitAction= or JobTimeoutAction= set to an action that
 * skips the clean shutdown (reboot-immediate, poweroff-immediate, halt-immediate, exit-force):
 * no unit is stopped and file systems are not unmounted, so data not yet written is lost.
 * The message says when the action fires given Restart= and what happens to OnFailure= units.
 */
@RuleId("SD310")
public final class EmergencyActionWithoutShutdown implements Rule {

    /** systemd.unit(5), FailureAction=: what each abrupt action skips. */
    private static final Map<String, String> ABRUPT = Map.of(
            "reboot-immediate", "calls reboot(2) at once, like systemctl reboot -ff: no unit is stopped, no file"
                    + " system unmounted, and data not yet on disk may be lost",
            "poweroff-immediate", "powers off at once, like systemctl poweroff -ff: no unit is stopped, no file"
                    + " system unmounted, and data not yet on disk may be lost",
            "halt-immediate", "halts at once, like systemctl halt -ff: no unit is stopped, no file system unmounted,"
                    + " and data not yet on disk may be lost",
            "exit-force", "makes the service manager exit at once without stopping its units first");

    private static final Map<String, String> CLEAN = Map.of("reboot-immediate", "reboot", "poweroff-immediate",
            "poweroff", "halt-immediate", "halt", "exit-force", "exit");

    /**
     * halt, halt-force and halt-immediate are not in 252's emergency_action_table ("Failed to parse
     * FailureAction=", observed); the release that added them is not pinned down, 254 is assumed.
     */
    static final int HALT_ACTIONS_FROM = 254;

    @Override
    public void check(Unit unit, RuleContext context) {
        for (String key : new String[] {"FailureAction", "SuccessAction", "StartLimitAction", "JobTimeoutAction"}) {
            Optional<Assignment> action = inForce(unit, key);
            if (action.isEmpty() || !ABRUPT.containsKey(action.get().value())) {
                continue;
            }
            String value = action.get().value();
            if (value.startsWith("halt") && context.systemdVersion() < HALT_ACTIONS_FROM) {
                continue;  // an unknown value there: the value rules report it
            }
            if (value.equals("exit-force")) {
                // Harmless where everything is stopped already, as in systemd's own systemd-exit.service
                // (pulled in by exit.target); so only a hint.
                context.report(Severity.INFO, action.get().file(), action.get().entry().value().span(),
                        key + "=exit-force " + ABRUPT.get(value) + when(unit, key, context) + ". That is right only"
                                + " when they are stopped already (as after exit.target); otherwise use " + key + "=exit");
                continue;
            }
            context.reportValue(action.get(), key + "=" + value + " " + ABRUPT.get(value) + when(unit, key, context)
                    + ". Use " + key + "=" + CLEAN.get(value) + " for a clean shutdown, or "
                    + value.replace("immediate", "force") + " to skip only the orderly stop of units");
        }
    }

    /** The circumstances of the action: how Restart= delays FailureAction=, and what becomes of OnFailure= units. */
    private static String when(Unit unit, String key, RuleContext context) {
        if (unit.type() != UnitType.SERVICE && !key.equals("FailureAction")) {
            return "";
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        StringBuilder text = new StringBuilder();
        if (key.equals("FailureAction") && unit.type() == UnitType.SERVICE && !policy.restart().equals("no")) {
            text.append("; with Restart=").append(policy.restart()).append(" it fires only once systemd gives up"
                    + " restarting (after the start limit of ").append(policy.burst()).append(" starts)");
        }
        if (key.equals("StartLimitAction") && unit.type() == UnitType.SERVICE && !policy.restart().equals("no")) {
            text.append("; with Restart=").append(policy.restart()).append(", ").append(policy.burst())
                    .append(" quick failures are enough to trigger it");
        }
        if (key.equals("FailureAction") || key.equals("StartLimitAction")) {
            List<String> handlers = new ArrayList<>();
            TriggeredUnits.of(unit, "OnFailure").forEach(n -> handlers.add(n.written()));
            if (!handlers.isEmpty()) {
                boolean several = handlers.size() > 1;
                text.append("; the OnFailure= unit").append(several ? "s " : " ")
                        .append(String.join(", ", handlers))
                        .append(several ? " are queued but never run" : " is queued but never runs");
            }
        }
        return text.toString();
    }

    /** The setting in force; FailureAction= and StartLimitAction= are also read in [Service] (moved in v229). */
    private static Optional<Assignment> inForce(Unit unit, String key) {
        List<Assignment> candidates = new ArrayList<>();
        unit.lastValid("Unit", key, v -> !v.isEmpty()).ifPresent(candidates::add);
        if (unit.type() == UnitType.SERVICE && (key.equals("FailureAction") || key.equals("StartLimitAction"))) {
            unit.lastValid("Service", key, v -> !v.isEmpty()).ifPresent(candidates::add);
        }
        return unit.latest(candidates);
    }
}
