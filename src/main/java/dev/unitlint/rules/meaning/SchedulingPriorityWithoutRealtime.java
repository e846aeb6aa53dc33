package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.Optional;

/**
 * CPUSchedulingPriority= above 0 without a real-time CPUSchedulingPolicy=. systemd.exec(5): "For
 * real-time scheduling policies an integer between 1 (lowest priority) and 99 (highest priority) can
 * be used"; for the other policies the kernel accepts only 0, so sched_setattr() fails and the
 * service does not start (status 214/SETSCHEDULER; exec-invoke.c).
 */
@RuleId("SD718")
public final class SchedulingPriorityWithoutRealtime implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        String s = section.get();
        Optional<Assignment> priority = Settings.inForce(unit, s, "CPUSchedulingPriority")
                .filter(a -> a.value().strip().matches("[0-9]+") && Integer.parseInt(a.value().strip()) > 0);
        if (priority.isEmpty()) {
            return;
        }
        String policy = Settings.value(unit, s, "CPUSchedulingPolicy").orElse("other");
        // A real-time policy set after the priority clamps it into range, set before it keeps it: either works.
        if (policy.equals("fifo") || policy.equals("rr")) {
            return;
        }
        context.reportValue(priority.get(), "CPUSchedulingPriority=" + priority.get().value().strip() + " needs a"
                + " real-time CPUSchedulingPolicy= (fifo or rr); with the " + policy + " policy"
                + (Settings.inForce(unit, s, "CPUSchedulingPolicy").isPresent() ? "" : " (the default)")
                + " the kernel accepts only 0, so the service fails to start with status 214/SETSCHEDULER"
                + " (systemd.exec(5)). Set CPUSchedulingPolicy=fifo or rr, or use Nice= for normal processes");
    }
}
