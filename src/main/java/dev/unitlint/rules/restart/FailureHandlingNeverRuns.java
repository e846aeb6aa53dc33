package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OnFailure= or FailureAction= on a service that Restart= restarts without a start limit.
 * Since systemd 239 (PR #9158) a failure that Restart= handles does not make the unit
 * "failed": it goes to auto-restart, and OnFailure= units and FailureAction= run only once
 * systemd gives up restarting. With start limiting off it never gives up, so they never run
 * for those failures.
 */
@RuleId("SD314")
public final class FailureHandlingNeverRuns implements Rule {

    /** PR #9158 "trigger OnFailure= only if Restart= is not in effect", merged June 2018. */
    static final int ONLY_AFTER_RESTARTS_SINCE = 239;

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !unit.hasBase() || context.systemdVersion() < ONLY_AFTER_RESTARTS_SINCE) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        if (policy.restart().equals("no") || policy.restart().equals("on-success")
                || RestartPolicy.refusedForOneshot(policy) || !policy.startLimitDisabled()) {
            return;
        }
        String why = "Restart=" + policy.restart() + " restarts this service after " + failures(policy.restart())
                + " and start limiting is off, so systemd never gives up restarting and the unit never enters the"
                + " failed state for them";
        List<TriggeredUnits.Name> handlers = TriggeredUnits.of(unit, "OnFailure");
        if (!handlers.isEmpty()) {
            Assignment first = handlers.get(0).assignment();
            List<String> names = new ArrayList<>();
            handlers.forEach(n -> names.add(n.written()));
            context.reportKey(first, "OnFailure=" + String.join(" ", names) + " never runs for these failures: " + why
                    + " (since systemd " + ONLY_AFTER_RESTARTS_SINCE + ", OnFailure= runs only once restarts are"
                    + " given up). Set a start limit (StartLimitIntervalSec=, StartLimitBurst=) so that systemd"
                    + " eventually gives up and runs it");
        }
        Optional<Assignment> action = failureAction(unit);
        if (action.isPresent() && !action.get().value().equals("none")) {
            context.reportKey(action.get(), "FailureAction=" + action.get().value() + " never runs for these failures: "
                    + why + ". Set a start limit (StartLimitIntervalSec=, StartLimitBurst=), or use"
                    + " StartLimitAction= together with it");
        }
    }

    private static String failures(String restart) {
        return switch (restart) {
            case "on-abnormal" -> "signals, timeouts and watchdog failures";
            case "on-abort" -> "uncaught signals";
            case "on-watchdog" -> "watchdog timeouts";
            default -> "failures";
        };
    }

    /** FailureAction= in force; also read in [Service] for compatibility. */
    private static Optional<Assignment> failureAction(Unit unit) {
        List<Assignment> candidates = new ArrayList<>();
        unit.lastValid("Unit", "FailureAction", v -> !v.isEmpty()).ifPresent(candidates::add);
        unit.lastValid("Service", "FailureAction", v -> !v.isEmpty()).ifPresent(candidates::add);
        return unit.latest(candidates);
    }
}
