package dev.unitlint.rules.references;

import dev.unitlint.model.Trigger;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Span;
import java.util.Optional;

/**
 * A timer, path or socket without {@code Unit=}/{@code Service=} triggers the service of its
 * own name ({@code foo.timer} starts {@code foo.service}); a socket with {@code Accept=yes}
 * starts instances of {@code foo@.service}. When that service is not in the system the
 * trigger loads but can never start anything. Only checked when the whole set is known.
 */
@RuleId("SD804")
public final class MissingTriggeredUnit implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (context.unitSet().isEmpty() || !unit.hasBase()) {
            return;
        }
        UnitSet set = context.unitSet().get();
        Optional<Trigger> trigger = Trigger.of(unit).filter(Trigger::byName);
        if (trigger.isEmpty()) {
            return;
        }
        String service = trigger.get().unit();
        String why = trigger.get().why();
        if (set.resolves(service)) {
            return;
        }
        var file = unit.base().orElseThrow();
        Span where = file.sections().stream()
                .filter(s -> s.name().equals(unit.type().ownSection()))
                .findFirst().map(s -> s.header().span()).orElse(Span.lineStart(1));
        context.report(file, where, "There is no " + service + " in this system: " + why
                + ", so it loads but can never start anything (systemd logs \"Unit " + service
                + " not found\" when it triggers). Add " + service + ", or name the unit to start with "
                + (unit.type() == UnitType.SOCKET ? "Service=" : "Unit="));
    }
}
