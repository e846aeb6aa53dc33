package dev.unitlint.rules;

import dev.unitlint.catalog.Directive;
import dev.unitlint.catalog.DirectiveCatalog;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.values.Booleans;
import dev.unitlint.values.ValueContext;
import dev.unitlint.values.ValueParsers;
import dev.unitlint.values.ValueProblem;
import dev.unitlint.values.TimeSpan;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The value a setting has once systemd has read every file of a unit, for rules that reason
 * about how settings interact: the last assignment in force, booleans and time spans with their
 * defaults, and whether the target release knows the key at all. An assignment systemd cannot
 * parse is ignored by systemd (and reported by the value rules), so it is skipped here.
 */
public final class Settings {

    private Settings() {
    }

    /**
     * The assignment in force of a single-valued key: the last one systemd accepts; empty when
     * the key is unset or its last assignment is empty (an empty value resets most settings).
     */
    public static Optional<Assignment> inForce(Unit unit, String section, String key) {
        List<Assignment> all = unit.assignments(section, key);
        for (int i = all.size() - 1; i >= 0; i--) {
            Assignment a = all.get(i);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            if (parses(unit, a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The value in force, or empty (see {@link #inForce}). */
    public static Optional<String> value(Unit unit, String section, String key) {
        return inForce(unit, section, key).map(Assignment::value);
    }

    /** A boolean in force, or {@code fallback} when the key is unset, reset or unparsable. */
    public static boolean bool(Unit unit, String section, String key, boolean fallback) {
        return inForce(unit, section, key).flatMap(a -> Booleans.parse(a.value())).orElse(fallback);
    }

    /** The assignment in force when it is a true boolean. */
    public static Optional<Assignment> ifTrue(Unit unit, String section, String key) {
        return inForce(unit, section, key).filter(a -> Booleans.parse(a.value()).orElse(false));
    }

    /** A time span in force in microseconds, or empty when unset. */
    public static OptionalLong timeSpan(Unit unit, String section, String key) {
        Optional<Assignment> a = inForce(unit, section, key);
        return a.isEmpty() ? OptionalLong.empty() : TimeSpan.parse(a.get().value());
    }

    /** Whether a list setting has at least one item in force. */
    public static boolean hasItems(Unit unit, String section, String key) {
        return unit.list(section, key).stream().anyMatch(a -> !a.isEmpty());
    }

    /**
     * The items in force of several keys that fill one list (Listen*= of a socket, On*= of a
     * timer, Path*= of a path unit, the conditions): an empty assignment of any of them empties
     * the whole list.
     */
    public static List<Assignment> sharedList(Unit unit, String section, List<String> keys) {
        List<Assignment> items = new java.util.ArrayList<>();
        for (Assignment assignment : unit.assignments(section)) {
            if (!keys.contains(assignment.key())) {
                continue;
            }
            if (assignment.isEmpty()) {
                items.clear();
            } else {
                items.add(assignment);
            }
        }
        return items;
    }

    /** The names of the variables the unit's own Environment= lines set, in the exec section {@code section}. */
    public static java.util.Set<String> environmentNames(Unit unit, String section) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Assignment a : unit.list(section, "Environment")) {
            for (dev.unitlint.values.CommandLine.Word w : dev.unitlint.values.CommandLine.words(a.value())) {
                int eq = w.text().indexOf('=');
                if (eq > 0) {
                    names.add(w.text().substring(0, eq));
                }
            }
        }
        return names;
    }

    /**
     * The section of a unit type that holds the execution, kill and resource-control settings of
     * systemd.exec(5), systemd.kill(5) and systemd.resource-control(5), or empty for types without one.
     */
    public static Optional<String> execSection(UnitType type) {
        return switch (type) {
            case SERVICE, SOCKET, MOUNT, SWAP -> Optional.of(type.ownSection());
            default -> Optional.empty();
        };
    }

    /**
     * Whether the unit is probably run by a per-user service manager: a file below a user unit
     * folder (…/systemd/user/, ~/.config/systemd/user). Such units inherit the user manager's
     * environment and run as that user, which changes what several caveats mean.
     */
    public static boolean maybeUserUnit(Unit unit) {
        for (dev.unitlint.syntax.UnitFile file : unit.files()) {
            String path = file.path().replace('\\', '/');
            if (path.contains("/systemd/user/") || path.contains("/systemd/user.control/")
                    || path.contains("/user/") && path.contains("systemd")) {
                return true;
            }
        }
        return false;
    }

    /** The directive the target release knows for this key in this section and unit type. */
    public static Optional<Directive> directive(Unit unit, String section, String key, int release) {
        return DirectiveCatalog.get().lookup(unit.type().suffix(), section, key).filter(d -> d.availableIn(release));
    }

    /**
     * Whether the target release knows the key. A key it does not know is ignored, and SD105
     * reports that; caveats about such a key would only repeat it.
     */
    public static boolean known(Unit unit, Assignment assignment, int release) {
        return directive(unit, assignment.section(), assignment.key(), release).isPresent();
    }

    /**
     * Whether systemd keeps the assignment, as far as {@link ValueParsers} knows the parser: it is
     * dropped only when the whole assignment is ignored or the unit refused. Checked with the
     * newest release's parser; the syntax of the values rules here rely on has not changed.
     */
    private static boolean parses(Unit unit, Assignment a) {
        Optional<Directive> d = DirectiveCatalog.get().lookup(unit.type().suffix(), a.section(), a.key());
        if (d.isEmpty()) {
            return true;
        }
        int release = DirectiveCatalog.get().newestRelease();
        ValueContext context = ValueContext.of(a.section(), a.key(), unit.type().suffix(), release);
        for (ValueProblem p : ValueParsers.check(d.get().parserIn(release), a.value(), context)) {
            if (p.effect() == ValueProblem.Effect.ASSIGNMENT_IGNORED
                    || p.effect() == ValueProblem.Effect.UNIT_REFUSED) {
                return false;
            }
        }
        return true;
    }
}
