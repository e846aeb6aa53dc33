package dev.unitlint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One unit named in a dependency setting such as {@code After=a.service b.service}: the
 * assignment, where in its value the name is, and the name with the unit's specifiers
 * expanded.
 *
 * @param assignment the assignment in force that names the unit
 * @param from       start of the word in the value text
 * @param to         end of the word (exclusive)
 * @param written    the word as written
 * @param target     the unit name after specifier expansion; empty when it uses a specifier
 *                   that depends on the machine
 */
public record Reference(Assignment assignment, int from, int to, String written, Optional<String> target) {

    /** The dependency settings of {@code [Unit]} that name other units (systemd.unit(5)). */
    public static final List<String> UNIT_DEPENDENCY_KEYS = List.of(
            "Requires", "Requisite", "Wants", "BindsTo", "PartOf", "Upholds", "Conflicts", "Before", "After",
            "OnFailure", "OnSuccess", "PropagatesReloadTo", "ReloadPropagatedFrom", "PropagatesStopTo",
            "StopPropagatedFrom", "JoinsNamespaceOf");

    /** Every unit named in the list setting {@code [section] key=} in force (an empty assignment resets it). */
    public static List<Reference> inList(Unit unit, String section, String key) {
        List<Reference> references = new ArrayList<>();
        for (Assignment assignment : unit.list(section, key)) {
            references.addAll(words(unit, assignment));
        }
        return references;
    }

    /** The unit named by the single-valued setting in force ({@code [Timer] Unit=}), if any. */
    public static List<Reference> inSingle(Unit unit, String section, String key) {
        return unit.last(section, key).filter(a -> !a.isEmpty()).map(a -> words(unit, a)).orElse(List.of());
    }

    /**
     * Splits a value at blanks, as config_parse_unit_deps() does: extract_first_word() with
     * EXTRACT_RETAIN_ESCAPE and without EXTRACT_UNQUOTE, so quotes stay part of the name
     * (systemd 252: {@code Failed to add dependency on "a.service", ignoring}).
     */
    static List<Reference> words(Unit unit, Assignment assignment) {
        List<Reference> words = new ArrayList<>();
        String text = assignment.value();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i);
                words.add(new Reference(assignment, start, i, word, SpecifierExpansion.expand(word, unit.name())));
            }
        }
        return words;
    }

    public String key() {
        return assignment.key();
    }
}
