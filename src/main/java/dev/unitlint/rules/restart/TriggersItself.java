package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * OnFailure= or OnSuccess= naming the unit itself: systemd drops the dependency at load time
 * ("Dependency OnFailure=x.service is dropped."), so nothing runs. To run the unit again, use
 * Restart=.
 */
@RuleId("SD311")
public final class TriggersItself implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        String self = TriggeredUnits.selfName(unit.name());
        for (String key : new String[] {"OnFailure", "OnSuccess"}) {
            for (TriggeredUnits.Name name : TriggeredUnits.of(unit, key)) {
                if (!name.resolved().map(self::equals).orElse(false)) {
                    continue;
                }
                String fix = unit.type() == UnitType.SERVICE && key.equals("OnFailure")
                        ? "To start it again after a failure, use Restart=on-failure; otherwise remove it"
                        : "Remove it";
                context.report(name.assignment().file(), name.assignment().entry().value().span(name.from(), name.to()),
                        key + "=" + name.written() + " names this unit itself: systemd drops the dependency (\"Dependency "
                                + key + "=" + unit.name().name() + " is dropped.\") and nothing is started. " + fix);
            }
        }
    }
}
