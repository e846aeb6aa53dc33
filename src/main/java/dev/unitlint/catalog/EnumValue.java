package dev.unitlint.catalog;

import java.util.List;
import java.util.Set;

/**
 * One value a directive's parser accepts from a closed string table of systemd
 * ({@code DEFINE_STRING_TABLE_LOOKUP} and friends), or a spelling the parser handles itself.
 *
 * @param table     the C table, e.g. "service_type_table"
 * @param parsers   the {@code config_parse_*} functions that consult it (parsers get renamed)
 * @param keys      "Section.Key" of every directive whose parser consults it in some release
 * @param value     the spelling, e.g. "notify-reload"; for prefix entries the prefix, e.g. "file:"
 * @param addedIn   release that introduced it; 0 when it predates the oldest release read (v183)
 * @param addedSource how {@code addedIn} was found: "sources" or "news" (exact), "bound" (only an
 *                  upper bound), "" (predates); see {@link Directive#addedSource()}
 * @param removedIn first covered release no longer accepting it, 0 if still accepted
 * @param flags     "boolean(yes=X)" (boolean spellings also accepted, yes means X), "numeric"
 *                  (numbers also accepted), "list" (several values), "via=function",
 *                  "partial" (the table is only part of the value syntax), "prefix"
 *                  ({@code value} starts a longer value), "literal" (handled by the parser
 *                  before the table), "deprecated", "obsolete"
 */
public record EnumValue(
        String table,
        List<String> parsers,
        List<String> keys,
        String value,
        int addedIn,
        String addedSource,
        int removedIn,
        Set<String> flags) {

    public boolean availableIn(int release) {
        return (addedIn == 0 || release >= addedIn) && (removedIn == 0 || release < removedIn);
    }

    /** Whether {@code addedIn} is the release that added the value, not only an upper bound. */
    public boolean addedExactly() {
        return !Directive.BOUND.equals(addedSource);
    }

    /** Whether {@code value} is only the start of a value, such as "file:" in StandardOutput=file:/path. */
    public boolean isPrefix() {
        return flags.contains("prefix");
    }

    /** Whether the parser also accepts values outside the table, so a non-match is not an error. */
    public boolean isPartial() {
        return flags.contains("partial");
    }

    public boolean acceptsBooleans() {
        return flags.stream().anyMatch(flag -> flag.startsWith("boolean("));
    }

    public boolean acceptsNumbers() {
        return flags.contains("numeric");
    }

    public boolean isDeprecated() {
        return flags.contains("deprecated") || flags.contains("obsolete");
    }
}
