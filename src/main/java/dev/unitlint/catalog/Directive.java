package dev.unitlint.catalog;

import java.util.List;
import java.util.NavigableMap;
import java.util.Set;

/**
 * One directive as systemd's unit-file parser knows it: a key in one section.
 *
 * <p>Release numbers are systemd major releases (252, 257, …). The catalog covers the releases
 * whose sources it was generated from ({@link #releasesPresent()} lists those that have this
 * directive); for releases in between, the nearest covered release at or below is used.
 *
 * @param section        section name without brackets, e.g. "Service"
 * @param key            directive name without "=", e.g. "ExecStart"
 * @param unitTypes      unit types whose files may have {@code section}, e.g. "service"
 * @param parser         systemd's {@code config_parse_*} function in the newest release having the key
 * @param ltype          the parser's ltype argument (dependency type, exec command slot, …)
 * @param context        EXEC, KILL or CGROUP when the key comes from a shared context block, else "-"
 * @param valueKind      whether assignments accumulate ({@link ValueKind#LIST}) or replace
 * @param emptyResets    for list directives: whether an empty assignment clears the list
 * @param status         status in the newest release having the key
 * @param replacement    canonical name, successor or expanded keys, depending on {@code status}
 * @param statusHistory  statuses of covered releases where they differ from {@code status}
 * @param addedIn        release that introduced the key; 0 when it predates the oldest release
 *                       whose sources were read (v183)
 * @param addedSource    how {@code addedIn} was found: "sources" (exact: that release's sources have
 *                       the key, the previous release's do not), "news" (exact: no sources of
 *                       that release were read, its NEWS announces the key), "bound" (only an
 *                       upper bound: added after the newest release read before {@code addedIn})
 *                       or "" (predates)
 * @param removedIn      first covered release without the key, 0 if still present
 * @param releasesPresent covered releases whose sources accept the key
 * @param parserHistory  parsers of covered releases where they differ from {@code parser}
 * @param manPage        man page documenting it, e.g. "systemd.service", or "" if undocumented
 * @param notes          free-text provenance notes from the generator
 */
public record Directive(
        String section,
        String key,
        Set<String> unitTypes,
        String parser,
        String ltype,
        String context,
        ValueKind valueKind,
        boolean emptyResets,
        DirectiveStatus status,
        String replacement,
        NavigableMap<Integer, DirectiveStatus> statusHistory,
        int addedIn,
        String addedSource,
        int removedIn,
        List<Integer> releasesPresent,
        NavigableMap<Integer, String> parserHistory,
        String manPage,
        String notes) {

    /** {@link #addedSource()} of a date that is only an upper bound. */
    public static final String BOUND = "bound";

    /** Whether systemd {@code release} accepts this key in its section. */
    public boolean availableIn(int release) {
        return (addedIn == 0 || release >= addedIn) && (removedIn == 0 || release < removedIn);
    }

    /** Whether {@code addedIn} is the release that added the key, not only an upper bound. */
    public boolean addedExactly() {
        return !BOUND.equals(addedSource);
    }

    /**
     * Whether the key was introduced after {@code release}, as far as the catalog's date says; for
     * a date that is only a bound, {@link DirectiveCatalog#certainlyBefore} says whether that is sure.
     */
    public boolean newerThan(int release) {
        return addedIn != 0 && release < addedIn;
    }

    public boolean isList() {
        return valueKind == ValueKind.LIST;
    }

    /** Whether files of this unit type may use the key. */
    public boolean appliesTo(String unitType) {
        return unitTypes.contains(unitType);
    }

    /** The status in a given release, e.g. CPUShares= is DEPRECATED in 252 and OBSOLETE_IGNORED in 262. */
    public DirectiveStatus statusIn(int release) {
        if (removedIn != 0 && release >= removedIn) {
            return DirectiveStatus.REMOVED;
        }
        return atRelease(statusHistory, release, status);
    }

    /** The parser a given release uses, e.g. PrivateTmp= is config_parse_bool before 257. */
    public String parserIn(int release) {
        return atRelease(parserHistory, release, parser);
    }

    /** "Section.Key", as systemd's messages and the catalog's enum rows name directives. */
    public String qualifiedName() {
        return section + "." + key;
    }

    private <T> T atRelease(NavigableMap<Integer, T> history, int release, T newest) {
        if (history.isEmpty()) {
            // Most directives never changed: asked of every assignment by several rules.
            return newest;
        }
        int covered = coveredReleaseFor(release);
        T value = history.get(covered);
        return value != null ? value : newest;
    }

    /** The covered release standing in for {@code release}: the nearest at or below it, else the oldest. */
    private int coveredReleaseFor(int release) {
        int chosen = releasesPresent.get(0);
        for (int covered : releasesPresent) {
            if (covered <= release) {
                chosen = covered;
            }
        }
        return chosen;
    }
}
