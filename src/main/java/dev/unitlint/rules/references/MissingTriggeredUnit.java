package dev.unitlint.rules.references;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.model.UnitSet;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Span;
import java.util.Optional;
import java.util.Set;

/**
 * A timer, path or socket without {@code Unit=}/{@code Service=} triggers the service of its
 * own name ({@code foo.timer} starts {@code foo.service}); a socket with {@code Accept=yes}
 * starts instances of {@code foo@.service}. When that service is not in the system the
 * trigger loads but can never start anything. Only checked when the whole set is known.
 */
@RuleId("SD804")
public final class MissingTriggeredUnit implements Rule {

    private static final Set<String> TRUE = Set.of("1", "yes", "y", "true", "t", "on");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (context.unitSet().isEmpty() || !unit.hasBase()) {
            return;
        }
        UnitSet set = context.unitSet().get();
        UnitName name = unit.name();
        String service;
        String why;
        switch (unit.type()) {
            case TIMER, PATH -> {
                String section = unit.type() == UnitType.TIMER ? "Timer" : "Path";
                if (unit.last(section, "Unit").filter(a -> !a.isEmpty()).isPresent()) {
                    return;
                }
                service = sameNamed(name);
                why = "without Unit=, " + name + " starts " + service;
            }
            case SOCKET -> {
                Optional<Assignment> accept = unit.last("Socket", "Accept");
                boolean accepting = accept.map(a -> TRUE.contains(a.value().toLowerCase(java.util.Locale.ROOT)))
                        .orElse(false);
                if (accepting) {
                    if (name.isInstance()) {
                        return;
                    }
                    service = name.prefix() + "@.service";
                    why = "with Accept=yes, " + name + " starts an instance of " + service + " per connection";
                } else {
                    if (unit.last("Socket", "Service").filter(a -> !a.isEmpty()).isPresent()) {
                        return;
                    }
                    service = sameNamed(name);
                    why = "without Service=, " + name + " starts " + service;
                }
            }
            default -> {
                return;
            }
        }
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

    /** The service of the same name: {@code foo.timer} → {@code foo.service}, {@code foo@bar.timer} → {@code foo@bar.service}. */
    private static String sameNamed(UnitName name) {
        String stem = name.name().substring(0, name.name().length() - name.type().suffix().length());
        return stem + "service";
    }
}
