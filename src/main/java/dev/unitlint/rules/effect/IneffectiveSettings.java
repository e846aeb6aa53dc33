package dev.unitlint.rules.effect;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.restart.RestartPolicy;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The rules about settings that load without a word and then have no effect, because of
 * another setting, its absence, the unit type or the service type. Each rule is a table of
 * rows, one per caveat of a man page; a row names the setting, which of its values it is about,
 * and why such a value does nothing in this unit. The finding is at the key of the assignment in
 * force. Absence can only be judged with the unit file at hand, so a drop-in given alone is not
 * checked.
 */
abstract class IneffectiveSettings implements Rule {

    /** What a row may ask about the unit. */
    static final class Facts {
        private final Unit unit;
        private final int release;
        private RestartPolicy policy;

        Facts(Unit unit, int release) {
            this.unit = unit;
            this.release = release;
        }

        Unit unit() {
            return unit;
        }

        int release() {
            return release;
        }

        /** The service type in force, systemd's default included. */
        String serviceType() {
            if (policy == null) {
                policy = RestartPolicy.of(unit, release);
            }
            return policy.type();
        }

        RestartPolicy restartPolicy() {
            serviceType();
            return policy;
        }

        /**
         * The section of this unit type that holds the exec, kill and cgroup settings (for slices
         * and scopes, which have only the cgroup settings: their own section).
         */
        String execSection() {
            return Settings.execSection(unit.type()).orElse(cgroupSection());
        }

        String cgroupSection() {
            String own = unit.type().ownSection();
            return own == null ? "Service" : own;
        }

        Optional<String> value(String key) {
            return Settings.value(unit, execSection(), key);
        }

        Optional<String> value(String section, String key) {
            return Settings.value(unit, section, key);
        }

        boolean isSet(String key) {
            return value(key).isPresent();
        }

        boolean isTrue(String key) {
            return Settings.bool(unit, execSection(), key, false);
        }

        boolean hasItems(String key) {
            return Settings.hasItems(unit, execSection(), key);
        }
    }

    /**
     * One caveat.
     *
     * @param section  the section of the key; null for the unit type's exec section
     * @param key      the setting that may have no effect
     * @param about    which values of it the row is about (e.g. only "yes")
     * @param reason   why such a value has no effect in this unit, or empty when it does have one
     * @param severity the severity, or null for the rule's own
     * @param until    when the value has no effect, if it may take effect later in the run (such as
     *                 " while the program runs as root"), or empty: the message says "has no effect"
     *                 followed by this
     */
    record Row(String section, String key, Predicate<String> about, Function<Facts, Optional<String>> reason,
               Severity severity, String until) {

        Row(String section, String key, Predicate<String> about, Function<Facts, Optional<String>> reason) {
            this(section, key, about, reason, null, "");
        }

        Row(String section, String key, Predicate<String> about, Function<Facts, Optional<String>> reason,
            Severity severity) {
            this(section, key, about, reason, severity, "");
        }
    }

    private final Supplier<List<Row>> table;
    private volatile List<Row> rows;

    /**
     * @param table makes the caveats of this rule, checked in order; called when the rule first
     *              checks a unit of its type, so that a run without such units does not link the
     *              table's lambdas (two per row: some 100 for these six rules)
     */
    IneffectiveSettings(Supplier<List<Row>> table) {
        this.table = table;
    }

    private List<Row> rows() {
        List<Row> made = rows;
        if (made == null) {
            // Two threads may make it at once; both make the same table, and either may win.
            made = List.copyOf(table.get());
            rows = made;
        }
        return made;
    }

    /** Whether the rule looks at this unit at all (its unit type). */
    abstract boolean appliesTo(Unit unit);

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase() || !appliesTo(unit)) {
            return;
        }
        Facts facts = new Facts(unit, context.systemdVersion());
        for (Row row : rows()) {
            String section = row.section() == null ? facts.execSection() : row.section();
            Optional<Assignment> assignment = Settings.inForce(unit, section, row.key());
            if (assignment.isEmpty() || !Settings.known(unit, assignment.get(), context.systemdVersion())
                    || !row.about().test(assignment.get().value())) {
                continue;
            }
            Optional<String> reason = row.reason().apply(facts);
            if (reason.isEmpty()) {
                continue;
            }
            String message = row.key() + "=" + assignment.get().value() + " has no effect" + row.until() + ": "
                    + reason.get();
            Assignment a = assignment.get();
            if (row.severity() == null) {
                context.reportKey(a, message);
            } else {
                context.report(row.severity(), a.file(), a.entry().keySpan(), message);
            }
        }
    }

    /** Any value. */
    static boolean any(String value) {
        return true;
    }

    /** A true boolean. */
    static boolean yes(String value) {
        return dev.unitlint.values.Booleans.parse(value).orElse(false);
    }

    static Optional<String> because(boolean applies, String reason) {
        return applies ? Optional.of(reason) : Optional.empty();
    }
}
