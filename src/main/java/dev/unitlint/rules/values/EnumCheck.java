package dev.unitlint.rules.values;

import dev.unitlint.catalog.EnumValue;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.Booleans;
import dev.unitlint.values.Integers;

import java.util.List;
import java.util.Optional;

/** A value of an enum-valued directive judged against the catalog's string tables. */
final class EnumCheck {

    enum Verdict { ACCEPTED, TOO_NEW, REJECTED, NOT_AN_ENUM }

    /** Parsers whose prefix forms ({@code file:PATH}) need an absolute path after the prefix. */
    private static final List<String> PATH_PREFIXES = List.of("file:", "append:", "truncate:");

    private EnumCheck() {
    }

    static List<EnumValue> entries(String parser) {
        List<EnumValue> entries = KnownKeys.catalog().enumEntries(parser);
        // A table that is only part of the syntax (signals, personalities, …) cannot refuse a
        // value, and neither can one read through a function that accepts more spellings than
        // the table (…_from_string_harder), except the emergency actions and the "_or_bool" ones.
        boolean open = entries.stream().anyMatch(e -> e.isPartial()
                || e.flags().stream().anyMatch(f -> f.startsWith("via=") && !f.equals("via=parse_emergency_action")
                        && !f.endsWith("_or_bool_from_string")));
        return open ? List.of() : entries;
    }

    /** Whether the table's parser also takes booleans (yes/no spellings). */
    private static boolean takesBooleans(List<EnumValue> entries) {
        return entries.stream().anyMatch(e -> e.acceptsBooleans()
                || e.flags().stream().anyMatch(f -> f.endsWith("_or_bool_from_string")));
    }

    static Verdict judge(String parser, String value, int release) {
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
                if (!KnownKeys.catalog().certainlyBefore(release, e.addedIn(), e.addedExactly())) {
                    return Verdict.ACCEPTED; // dated only by a bound: the release may have it
                }
                newer = true;
            }
        }
        if (newer) {
            return Verdict.TOO_NEW;
        }
        boolean booleans = takesBooleans(entries);
        boolean numbers = entries.stream().anyMatch(EnumValue::acceptsNumbers);
        if (booleans && Booleans.isBoolean(value) || numbers && Integers.parse(value).isPresent()) {
            return Verdict.ACCEPTED;
        }
        return Verdict.REJECTED;
    }

    /** The first value the release accepts, ignoring case, for "did you mean". */
    static Optional<String> caseFix(String parser, String value, int release) {
        return entries(parser).stream()
                .filter(e -> !e.isPrefix() && e.availableIn(release) && e.value().equalsIgnoreCase(value))
                .map(EnumValue::value).findFirst();
    }

    /** The whole values the release accepts, for the message. */
    static String accepted(String parser, int release) {
        List<String> values = KnownKeys.catalog().enumValues(parser, release);
        List<String> prefixes = entries(parser).stream().filter(e -> e.isPrefix() && e.availableIn(release))
                .map(e -> e.value() + "…").distinct().toList();
        StringBuilder out = new StringBuilder(String.join(", ", values));
        for (String p : prefixes) {
            out.append(", ").append(p);
        }
        return out.toString();
    }

    /** For file:/append:/truncate: forms, what is wrong with the path; empty when fine. */
    static Optional<String> prefixPath(String value) {
        for (String prefix : PATH_PREFIXES) {
            if (value.startsWith(prefix)) {
                String path = value.substring(prefix.length());
                if (path.contains("%")) {
                    return Optional.empty(); // specifiers are expanded first
                }
                if (!path.startsWith("/")) {
                    return Optional.of("the path after " + prefix + " is not absolute (\"path is not absolute\")");
                }
                for (String part : path.split("/")) {
                    if (part.equals(".") || part.equals("..")) {
                        return Optional.of("the path after " + prefix + " is not normalized (\"path is not normalized\")");
                    }
                }
                if (path.contains("//")) {
                    return Optional.of("the path after " + prefix + " is not normalized (\"path is not normalized\")");
                }
            }
        }
        return Optional.empty();
    }
}
