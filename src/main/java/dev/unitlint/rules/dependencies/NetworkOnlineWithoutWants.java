package dev.unitlint.rules.dependencies;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Severity;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.dependencies.Dependencies.Named;
import java.util.List;
import java.util.Optional;

/**
 * {@code After=network-online.target} without {@code Wants=} (or {@code Requires=}) of it.
 * After= only orders; network-online.target is not started unless some unit pulls it in
 * (systemd.special(7)), so on its own the ordering usually waits for nothing. A service started
 * by its own timer, socket or path unit is fine when that unit pulls the target in (the pattern
 * of upstream's fstrim.timer-style units): the units of the run are searched for one.
 */
@RuleId("SD601")
public final class NetworkOnlineWithoutWants implements Rule {

    static final String NETWORK_ONLINE = "network-online.target";

    private static boolean pullsIn(Unit unit) {
        return Dependencies.names(unit, "Unit", NETWORK_ONLINE, "Wants", "Requires", "BindsTo", "Requisite", "Upholds");
    }

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase()) {
            return;
        }
        Optional<UnitSet> set = context.unitsGiven();
        for (Named after : Dependencies.of(unit, "Unit", "After")) {
            if (after.name().equals(NETWORK_ONLINE)) {
                // Only now look for a trigger: searching the run's units for every unit made the
                // rule quadratic in the number of units.
                if (pullsIn(unit) || set.map(s -> s.triggersOf(unit.name()).stream()
                        .anyMatch(NetworkOnlineWithoutWants::pullsIn)).orElse(false)) {
                    return;
                }
                report(unit, after, set.filter(UnitSet::isComplete), context);
                return;
            }
        }
    }

    /**
     * Warning when the whole system is known and nothing in it pulls the target in: then the
     * ordering certainly waits for nothing. Info otherwise: another unit of the system may pull
     * it in (with --root, one does), and then the ordering works, by luck.
     */
    private static void report(Unit unit, Named after, Optional<UnitSet> whole, RuleContext context) {
        Optional<String> puller = whole.flatMap(s -> s.units().stream()
                .filter(u -> u != unit && pullsIn(u)).map(u -> u.name().name()).findFirst()
                .or(() -> s.folderDependencies().stream().filter(d -> d.to().equals(NETWORK_ONLINE))
                        .map(d -> d.folder() + "/" + d.to()).findFirst()));
        String start = "After=network-online.target only orders this unit after the target; nothing here pulls the"
                + " target in";
        String message;
        Severity severity;
        if (whole.isEmpty()) {
            severity = Severity.INFO;
            message = start + ", so unless another unit of the system does, the unit does not wait for the network."
                    + " Add Wants=network-online.target";
        } else if (puller.isPresent()) {
            severity = Severity.INFO;
            message = start + "; in this system " + puller.get() + " does, so the ordering works, but only because of"
                    + " it. Add Wants=network-online.target";
        } else {
            severity = Severity.WARNING;
            message = start + ", and no unit of this system does, so the unit does not wait for the network."
                    + " Add Wants=network-online.target";
        }
        context.report(severity, after.assignment().file(),
                after.assignment().entry().value().span(after.word().from(), after.word().to()), message,
                Fix.of(Applicability.SAFE, "Add Wants=network-online.target after this line",
                        List.of(FileEdits.of(after.assignment().file()).insertLinesAfter(
                                after.assignment().entry(), List.of("Wants=" + NETWORK_ONLINE)))));
    }
}
