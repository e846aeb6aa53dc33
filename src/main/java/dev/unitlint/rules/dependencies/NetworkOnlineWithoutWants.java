package dev.unitlint.rules.dependencies;

import java.util.List;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Applicability;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.dependencies.Dependencies.Named;

/**
 * {@code After=network-online.target} without {@code Wants=} (or {@code Requires=}) of it.
 * After= only orders; network-online.target is not started unless some unit pulls it in
 * (systemd.special(7)), so on its own the ordering usually waits for nothing.
 */
@RuleId("SD601")
public final class NetworkOnlineWithoutWants implements Rule {

    static final String NETWORK_ONLINE = "network-online.target";

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase()) {
            return;
        }
        if (Dependencies.names(unit, "Unit", NETWORK_ONLINE, "Wants", "Requires", "BindsTo", "Requisite", "Upholds")) {
            return;
        }
        for (Named after : Dependencies.of(unit, "Unit", "After")) {
            if (after.name().equals(NETWORK_ONLINE)) {
                context.report(after.assignment().file(),
                        after.assignment().entry().value().span(after.word().from(), after.word().to()),
                        "After=network-online.target only orders this unit after the target; nothing here pulls the"
                                + " target in, so unless another unit does, the unit does not wait for the network."
                                + " Add Wants=network-online.target",
                        Fix.of(Applicability.SAFE, "Add Wants=network-online.target after this line",
                                List.of(FileEdits.of(after.assignment().file()).insertLinesAfter(
                                        after.assignment().entry(), List.of("Wants=" + NETWORK_ONLINE)))));
                return;
            }
        }
    }
}
