package dev.unitlint.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The unit a timer, path or socket starts (systemd.timer(5), systemd.path(5), systemd.socket(5)):
 * the one named by {@code Unit=} ({@code Service=} for a socket), else the service of its own
 * name ({@code foo.timer} starts {@code foo.service}); a socket with {@code Accept=yes} starts an
 * instance of {@code foo@.service} per connection.
 *
 * @param unit    the name of the unit started, e.g. {@code foo.service} or {@code foo@.service}
 * @param byName  whether it follows from the trigger's name (no {@code Unit=}/{@code Service=})
 * @param why     how it follows, for messages: "without Unit=, foo.timer starts foo.service"
 */
public record Trigger(String unit, boolean byName, String why) {

    private static final Set<String> TRUE = Set.of("1", "yes", "y", "true", "t", "on");

    /** What {@code trigger} starts; empty for units that trigger nothing. */
    public static Optional<Trigger> of(Unit trigger) {
        UnitName name = trigger.name();
        switch (trigger.type()) {
            case TIMER, PATH -> {
                String section = trigger.type() == UnitType.TIMER ? "Timer" : "Path";
                Optional<Assignment> named = trigger.last(section, "Unit").filter(a -> !a.isEmpty());
                if (named.isPresent()) {
                    return Optional.of(new Trigger(named.get().value().strip(), false, name + " has Unit="));
                }
                String service = sameNamed(name);
                return Optional.of(new Trigger(service, true, "without Unit=, " + name + " starts " + service));
            }
            case SOCKET -> {
                boolean accepting = trigger.last("Socket", "Accept")
                        .map(a -> TRUE.contains(a.value().strip().toLowerCase(Locale.ROOT))).orElse(false);
                if (accepting) {
                    if (name.isInstance()) {
                        return Optional.empty();
                    }
                    String template = name.prefix() + "@.service";
                    return Optional.of(new Trigger(template, true, "with Accept=yes, " + name
                            + " starts an instance of " + template + " per connection"));
                }
                Optional<Assignment> named = trigger.last("Socket", "Service").filter(a -> !a.isEmpty());
                if (named.isPresent()) {
                    return Optional.of(new Trigger(named.get().value().strip(), false, name + " has Service="));
                }
                String service = sameNamed(name);
                return Optional.of(new Trigger(service, true, "without Service=, " + name + " starts " + service));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** Whether this trigger starts {@code started}: that very unit, or an instance of the template it starts. */
    public boolean starts(UnitName started) {
        if (unit.equals(started.name())) {
            return true;
        }
        return started.isInstance() && started.templateName().map(unit::equals).orElse(false);
    }

    /** The service of the same name: {@code foo.timer} → {@code foo.service}, {@code foo@bar.timer} → {@code foo@bar.service}. */
    private static String sameNamed(UnitName name) {
        String stem = name.name().substring(0, name.name().length() - name.type().suffix().length());
        return stem + "service";
    }
}
