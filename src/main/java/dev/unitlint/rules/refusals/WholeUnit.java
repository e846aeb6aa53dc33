package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.Settings;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.rules.values.ValueFindings;
import dev.unitlint.values.Booleans;
import dev.unitlint.values.CalendarSpec;
import dev.unitlint.values.Specifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Helpers for checks about what a whole unit lacks or combines. systemd's *_verify()
 * functions print no file and line, so unitlint picks the most telling place it can.
 */
final class WholeUnit {

    private WholeUnit() {
    }

    /**
     * True when the unit can be judged as a whole: its base file is known (a lone drop-in is
     * not a unit) and has at least one section. A file without any section is not a unit file
     * at all (often a symbolic link stored as a file holding the link target); the syntax rules
     * report that, and "no ExecStart=" on top of it would only repeat it.
     */
    static boolean applies(Unit unit) {
        return unit.base().map(base -> !base.sections().isEmpty()).orElse(false);
    }

    /**
     * Reports at the first assignment found among {@code keys} (each in {@code section}, the last
     * in force), else at the header of {@code section} in the base file, else at line 1.
     */
    static void report(Unit unit, RuleContext context, String section, String message, String... keys) {
        for (String key : keys) {
            Optional<Assignment> assignment = unit.last(section, key);
            if (assignment.isPresent()) {
                context.reportKey(assignment.get(), message);
                return;
            }
        }
        UnitFile base = unit.base().orElseThrow();
        for (Section s : base.sections()) {
            if (s.name().equals(section)) {
                context.report(base, s.header().nameSpan(), message);
                return;
            }
        }
        context.report(base, Span.lineStart(1), message);
    }

    /**
     * Reports at the latest assignment of any of {@code keys} (for lists that an empty assignment
     * cleared: the one that cleared them), else at the header of {@code section}, else at line 1.
     */
    static void reportAtLatest(Unit unit, RuleContext context, String section, String message, List<String> keys) {
        List<Assignment> candidates = new ArrayList<>();
        for (String key : keys) {
            unit.last(section, key).ifPresent(candidates::add);
        }
        Optional<Assignment> latest = unit.latest(candidates);
        if (latest.isPresent()) {
            context.reportKey(latest.get(), message);
        } else {
            report(unit, context, section, message);
        }
    }

    /** A boolean setting in force: the last assignment systemd can parse, else the default. */
    static boolean bool(Unit unit, String section, String key, boolean fallback) {
        return unit.lastValid(section, key, Booleans::isBoolean)
                .map(a -> Booleans.parse(a.value()).get())
                .orElse(fallback);
    }

    /**
     * The items of {@link #sharedList} that systemd keeps: an item whose value it ignores ("Failed
     * to parse timer value", "path is not absolute", an unknown specifier, …) is not in the list,
     * so a unit whose only items are ignored is refused as if it had none.
     */
    static List<Assignment> validSharedList(Unit unit, String section, List<String> keys, int release) {
        List<Assignment> valid = new ArrayList<>();
        for (Assignment a : sharedList(unit, section, keys)) {
            if (ValueFindings.accepts(unit, a, release) && !invalidCalendar(a)) {
                valid.add(a);
            }
        }
        return valid;
    }

    /** OnCalendar= is judged by SD208 (CalendarSpec), outside the shared value checks. */
    private static boolean invalidCalendar(Assignment a) {
        return a.key().equals("OnCalendar") && !Specifiers.contains(a.value()) && !CalendarSpec.isValid(a.value());
    }

    /**
     * When the list in force has items but systemd ignores every one of their values, reports the
     * refusal that follows at the key of the last one, naming it ("OnBootSec=soon is this unit's
     * only trigger and systemd ignores its value, …: systemd refuses …"), and returns true.
     */
    static boolean reportIgnoredItems(Unit unit, RuleContext context, String section, List<String> keys, String what,
                                      String refusal) {
        List<Assignment> ignored = sharedList(unit, section, keys);
        if (ignored.isEmpty()) {
            return false;
        }
        Assignment last = ignored.get(ignored.size() - 1);
        String shown = last.key() + "=" + last.value();
        String items = ignored.size() == 1
                ? shown + " is this unit's only " + what + " and systemd ignores its value, so the unit has none"
                : "systemd ignores the value of every " + what + " here (" + ignored.size() + ", the last " + shown
                        + "), so the unit has none";
        context.reportKey(last, items + ": " + refusal);
        return true;
    }

    /** See {@link Settings#sharedList}. */
    static List<Assignment> sharedList(Unit unit, String section, List<String> keys) {
        return Settings.sharedList(unit, section, keys);
    }
}
