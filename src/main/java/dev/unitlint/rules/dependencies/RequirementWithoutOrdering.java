package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.ReadsUnitGraphs;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.dependencies.Dependencies.Named;
import dev.unitlint.values.UnitNames;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code Requires=} or {@code BindsTo=} without {@code After=} or {@code Before=} on the same
 * unit. systemd.unit(5): requirement dependencies do not influence the order; without
 * ordering both units start at the same time, and this one does not wait for the required
 * unit to be up, nor is it stopped if the required unit fails to start.
 *
 * <p>Left alone: targets (they get After= on their Wants=/Requires= automatically), sockets,
 * slices and mounts (implicit ordering), timers and path units (starting them only arms
 * them), names with specifiers, requirements that close a cycle among the units (SD803), and
 * the unit itself (systemd drops that dependency, and an After= on itself too).
 */
@RuleId("SD603")
public final class RequirementWithoutOrdering implements Rule, ReadsUnitGraphs {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase() || unit.type() == UnitType.TARGET) {
            return;
        }
        Set<String> ordered = new HashSet<>();
        for (Named n : Dependencies.of(unit, "Unit", "After", "Before")) {
            ordered.add(n.name());
        }
        // Requires=/BindsTo=network.target is SD602's: its advice (drop the pull, keep After=) is
        // the whole repair, so this rule does not report the same word a second time.
        boolean passiveNetworkReported = !WantsPassiveNetworkTarget.providesNetwork(unit);
        Set<String> reported = new HashSet<>();
        // A requirement that closes a cycle is SD803's: breaking the cycle comes before ordering it.
        Set<String> inCycle = new HashSet<>();
        context.unitsGiven().ifPresent(set -> set.requirementCycles().stream()
                .filter(cycle -> cycle.units().contains(unit.name().name()))
                .forEach(cycle -> inCycle.addAll(cycle.units())));
        for (Named dep : Dependencies.of(unit, "Unit", "Requires", "BindsTo")) {
            String name = dep.name();
            String key = dep.assignment().key();
            if (ordered.contains(name) || name.contains("%") || !UnitNames.isValid(dep.written()) || implicitlyOrdered(name)
                    || passiveNetworkReported && name.equals(WantsPassiveNetworkTarget.NETWORK)
                    || inCycle.contains(name) || Dependencies.isSelf(unit, name) || !reported.add(name)) {
                continue;
            }
            context.report(dep.assignment().file(),
                    dep.assignment().entry().value().span(dep.word().from(), dep.word().to()),
                    key + "=" + name + " without After=" + name + " (or Before=): both units start at the same"
                            + " time, so this unit does not wait for " + name + " and still starts if it fails."
                            + " Add After=" + name, Dependencies.orderAfter(unit, context, dep));
        }
    }

    /**
     * Sockets, slices and mounts are ordered by systemd's implicit and default dependencies;
     * starting a timer or path unit only arms it, so there is nothing to wait for.
     */
    private static boolean implicitlyOrdered(String name) {
        return name.endsWith(".socket") || name.endsWith(".slice") || name.endsWith(".mount")
                || name.endsWith(".timer") || name.endsWith(".path")
                || name.endsWith(".target") && (name.equals("sysinit.target") || name.equals("basic.target"));
    }
}
