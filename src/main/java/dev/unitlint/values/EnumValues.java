package dev.unitlint.values;

import dev.unitlint.catalog.DirectiveCatalog;
import dev.unitlint.catalog.EnumValue;
import dev.unitlint.values.ValueProblem.Effect;
import dev.unitlint.values.ValueProblem.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values of enum-valued directives judged against the directive catalog's string tables
 * (systemd's {@code DEFINE_STRING_TABLE_LOOKUP} tables, per release): a value is accepted,
 * too new for the target release, or rejected.
 */
public final class EnumValues {

    public enum Verdict { ACCEPTED, TOO_NEW, REJECTED, NOT_AN_ENUM }

    /** Tables read with a numeric fallback (…_WITH_FALLBACK): safe_atou() up to this maximum. */
    private static final Map<String, Long> NUMERIC_MAX = Map.of(
            "ioprio_class_table", 8L, "log_facility_unshifted_table", 127L, "log_level_table", 7L,
            "sched_policy_table", (long) Integer.MAX_VALUE, "ip_tos_table", 255L);

    private EnumValues() {
    }

    /** The catalog entries of a parser's table, or none when the table is only part of the value's syntax. */
    static List<EnumValue> entries(String parser) {
        List<EnumValue> entries = DirectiveCatalog.get().enumEntries(parser);
        // A table that is only part of the syntax (signals, personalities, …) cannot refuse a
        // value, and neither can one read through a function that accepts more spellings than
        // the table (…_from_string_harder), except the emergency actions and the "_or_bool" ones.
        for (EnumValue e : entries) {
            if (e.isPartial()) {
                return List.of();
            }
            for (String f : e.flags()) {
                if (f.startsWith("via=") && !f.equals("via=parse_emergency_action") && !f.endsWith("_or_bool_from_string")) {
                    return List.of();
                }
            }
        }
        return entries;
    }

    /** Whether {@code table} has {@code value} in {@code release} (exact spelling). */
    static boolean tableHas(String table, String value, int release) {
        for (EnumValue e : DirectiveCatalog.get().enumEntries(table)) {
            if (e.value().equals(value) && e.availableIn(release)) {
                return true;
            }
        }
        return false;
    }

    private static boolean takesBooleans(List<EnumValue> entries) {
        for (EnumValue e : entries) {
            if (e.acceptsBooleans() || e.flags().stream().anyMatch(f -> f.endsWith("_or_bool_from_string"))) {
                return true;
            }
        }
        return false;
    }

    public static Verdict judge(String parser, String value, int release) {
        List<EnumValue> entries = entries(parser);
        if (entries.isEmpty()) {
            return Verdict.NOT_AN_ENUM;
        }
        boolean newer = false;
        for (EnumValue e : entries) {
            boolean matches = e.isPrefix() ? value.startsWith(e.value()) : value.equals(e.value());
            if (!matches) {
                continue;
            }
            if (e.availableIn(release)) {
                return Verdict.ACCEPTED;
            }
            if (e.addedIn() > release) {
                if (!DirectiveCatalog.get().certainlyBefore(release, e.addedIn(), e.addedExactly())) {
                    return Verdict.ACCEPTED; // dated only by a bound: the release may have it
                }
                newer = true;
            }
        }
        if (newer) {
            return Verdict.TOO_NEW;
        }
        if (takesBooleans(entries) && Booleans.isBoolean(value)) {
            return Verdict.ACCEPTED;
        }
        for (EnumValue e : entries) {
            if (e.acceptsNumbers()) {
                CNumbers.Parsed n = CNumbers.safeAtou(value);
                Long max = NUMERIC_MAX.get(e.table());
                if (n.ok() && (max == null || n.value().longValue() <= max)) {
                    return Verdict.ACCEPTED;
                }
                break;
            }
        }
        return Verdict.REJECTED;
    }

    /** The first value the release accepts, ignoring case, for "did you mean". */
    public static Optional<String> caseFix(String parser, String value, int release) {
        return entries(parser).stream()
                .filter(e -> !e.isPrefix() && e.availableIn(release) && e.value().equalsIgnoreCase(value))
                .map(EnumValue::value).findFirst();
    }

    /** The whole values the release accepts, for the message. */
    public static String accepted(String parser, int release) {
        List<String> values = DirectiveCatalog.get().enumValues(parser, release);
        StringBuilder out = new StringBuilder(String.join(", ", values));
        entries(parser).stream().filter(e -> e.isPrefix() && e.availableIn(release)).map(e -> e.value() + "…").distinct()
                .forEach(p -> out.append(", ").append(p));
        return out.toString();
    }

    /** The release that first has the value, for SD203's message. */
    public static int addedIn(String parser, String value) {
        return entries(parser).stream()
                .filter(e -> e.isPrefix() ? value.startsWith(e.value()) : value.equals(e.value()))
                .mapToInt(EnumValue::addedIn).min().orElse(0);
    }

    /** A checker for an enum-valued parser; {@code says} is systemd's message for a value it cannot parse. */
    static ValueChecker checker(String parser, String says) {
        return (value, c, out) -> {
            switch (judge(parser, value, c.release())) {
                case REJECTED -> {
                    String hint = caseFix(parser, value, c.release())
                            .map(fix -> "Values are case-sensitive: write " + c.key() + "=" + fix)
                            .orElse("systemd " + c.release() + " accepts " + accepted(parser, c.release()));
                    out.invalidValue(value, says, hint);
                }
                case TOO_NEW -> out.add(0, value.length(), Kind.TOO_NEW, Effect.ASSIGNMENT_IGNORED, c.key() + "=" + value
                        + " is newer than systemd " + c.release() + " (the catalog first has it in " + addedIn(parser, value)
                        + "): systemd " + c.release() + " cannot parse it and ignores the assignment (\"" + says
                        + "\"). Use a value " + c.release() + " knows (" + accepted(parser, c.release())
                        + "), or raise --systemd-version");
                default -> {
                }
            }
        };
    }
}
