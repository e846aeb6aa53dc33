package dev.unitlint.rules.structure;

import dev.unitlint.catalog.Directive;
import dev.unitlint.catalog.DirectiveCatalog;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.values.Spelling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the structure and value rules meet the directive catalog: which sections a unit reads,
 * which assignments systemd looks up, and names close to a misspelt one.
 */
public final class KnownKeys {

    /** Keys of [Service] that SD303 reports (the start-limit keys moved to [Unit] in 229). */
    private static final Set<String> REPORTED_BY_SD303 = Set.of(
            "StartLimitIntervalSec", "StartLimitInterval", "StartLimitBurst", "StartLimitAction",
            "FailureAction", "RebootArgument");

    private KnownKeys() {
    }

    public static DirectiveCatalog catalog() {
        return DirectiveCatalog.get();
    }

    /** Extension sections and keys ({@code X-Foo}) are ignored silently by systemd. */
    public static boolean isExtension(String name) {
        return name.startsWith("X-");
    }

    /** Whether systemd reads this section in files of the unit's type. */
    public static boolean readsSection(Unit unit, String section) {
        return catalog().sections(unit.type().suffix()).contains(section);
    }

    /** Whether SD303 already reports this key, so that the catalog rules stay silent about it. */
    public static boolean reportedElsewhere(String section, String key) {
        return section.equals("Service") && REPORTED_BY_SD303.contains(key);
    }

    /** Every assignment in a section systemd reads for this unit, file by file, in file order. */
    public static List<Assignment> readAssignments(Unit unit) {
        // Asked by most structure and value rules: worked out once per unit.
        return unit.memo(READ_ASSIGNMENTS, KnownKeys::findReadAssignments);
    }

    private static final Object READ_ASSIGNMENTS = new Object();

    private static List<Assignment> findReadAssignments(Unit unit) {
        List<Assignment> result = new ArrayList<>();
        for (UnitFile file : unit.files()) {
            for (Section section : file.sections()) {
                if (!section.header().wellFormed() || !readsSection(unit, section.name())) {
                    continue;
                }
                for (Entry entry : section.entries()) {
                    if (entry.isAssignment() && !isExtension(entry.key())) {
                        result.add(new Assignment(file, entry));
                    }
                }
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** The directive an assignment sets, when systemd knows it in this section for this unit type. */
    public static Optional<Directive> directive(Unit unit, Assignment assignment) {
        // Most structure and value rules ask this of every assignment: looked up once per unit.
        Optional<Directive> known = unit.memo(DIRECTIVES, KnownKeys::directives).get(assignment.entry());
        return known != null ? known
                : catalog().lookup(unit.type().suffix(), assignment.section(), assignment.key());
    }

    private static final Object DIRECTIVES = new Object();

    /** The directive of each assignment systemd reads, by its entry (entries compare by identity). */
    private static Map<Entry, Optional<Directive>> directives(Unit unit) {
        Map<Entry, Optional<Directive>> directives = new HashMap<>();
        String type = unit.type().suffix();
        for (Assignment assignment : readAssignments(unit)) {
            directives.put(assignment.entry(), catalog().lookup(type, assignment.section(), assignment.key()));
        }
        return directives;
    }

    /** The directive if the target release accepts it there (known, not too new, not removed). */
    public static Optional<Directive> accepted(Unit unit, Assignment assignment, int release) {
        Optional<Directive> directive = directive(unit, assignment);
        // Not Optional.filter: its predicate would capture the release, one allocation per call.
        return directive.isPresent() && directive.get().availableIn(release) ? directive : Optional.empty();
    }

    /** Levenshtein distance, for "did you mean" ({@link Spelling#distance}). */
    public static int distance(String a, String b) {
        return Spelling.distance(a, b);
    }

    /** The closest of {@code candidates} to a misspelt name ({@link Spelling#closest}). */
    public static Optional<String> closest(String name, Iterable<String> candidates) {
        return Spelling.closest(name, candidates);
    }
}
