package dev.unitlint.rules.dependencies;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.values.CommandLine.Word;
import dev.unitlint.values.CommandLine;
import dev.unitlint.values.ExtractWord;
import dev.unitlint.values.UnitNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unit names of dependency settings ({@code After=}, {@code Wants=}, {@code WantedBy=} …):
 * whitespace-separated lists that accumulate over assignments and drop-ins. Dependencies
 * cannot be reset with an empty assignment, so every assignment counts. systemctl enable
 * reads [Install] from drop-ins too (observed with systemctl 252).
 */
final class Dependencies {

    /** One unit name of a dependency list, with the assignment it is written in. */
    record Named(Assignment assignment, Word word) {

        String name() {
            return word.text();
        }

        /**
         * The word as written, quotes included: systemd does not unquote dependency lists
         * (extract_first_word() without EXTRACT_UNQUOTE), so a quoted name is an invalid one.
         */
        String written() {
            return assignment.value().substring(word.from(), word.to());
        }
    }

    private Dependencies() {
    }

    static List<Named> of(Unit unit, String section, String... keys) {
        if (keys.length == 1) {
            return named(unit, section, keys[0]);
        }
        List<Named> result = new ArrayList<>();
        for (String key : keys) {
            result.addAll(named(unit, section, key));
        }
        return result;
    }

    /**
     * The names of one dependency key, split once per unit: a dozen rules read After=, Wants= and
     * the [Install] lists, and splitting them again for each was a visible part of a run.
     */
    private static List<Named> named(Unit unit, String section, String key) {
        Object memoKey = section.equals("Unit") ? UNIT_NAMES : section.equals("Install") ? INSTALL_NAMES : null;
        if (memoKey == null) {
            return split(unit, section, key);
        }
        Map<String, List<Named>> byKey = unit.memo(memoKey, u -> new ConcurrentHashMap<>());
        List<Named> names = byKey.get(key);
        if (names == null) {
            names = split(unit, section, key);
            byKey.put(key, names);
        }
        return names;
    }

    /** {@link Unit#memo} keys of {@link #named}: the lists of [Unit] and of [Install], by key. */
    private static final Object UNIT_NAMES = new Object();
    private static final Object INSTALL_NAMES = new Object();

    private static List<Named> split(Unit unit, String section, String key) {
        List<Named> result = new ArrayList<>();
        for (Assignment a : unit.assignments(section, key)) {
            if (key.equals("Also")) {
                // systemctl splits Also= without quoting (install.c, extract_first_word(…, 0)).
                for (ExtractWord.Word w : ExtractWord.split(a.value(), null, 0).words()) {
                    result.add(new Named(a, new Word(w.text(), w.start(), w.end(), new int[0], new boolean[0])));
                }
                continue;
            }
            for (Word w : CommandLine.words(a.value())) {
                result.add(new Named(a, w));
            }
        }
        return List.copyOf(result);
    }

    /**
     * SD603, SD609: adds After= on the unit a dependency names, on the line after it (in the same
     * file). Unsafe: ordering changes when the unit starts, and may close an ordering cycle with
     * units unitlint does not see; the man page's advice, for a person to confirm. None for a
     * name that is not written as a valid unit name, nor when the units given already order that
     * unit after this one, where the new line would close an ordering cycle.
     */
    static Optional<Fix> orderAfter(Unit unit, RuleContext context, Named dependency) {
        String name = dependency.written();
        if (!UnitNames.isValid(name) || context.unitsGivenForFix()
                .map(set -> set.orderedAfter(dependency.name(), unit.name().name())).orElse(false)) {
            return Optional.empty();
        }
        Assignment a = dependency.assignment();
        return Fix.of(Applicability.UNSAFE, "Add After=" + name + " after this line",
                List.of(FileEdits.of(a.file()).insertLinesAfter(a.entry(), List.of("After=" + name))));
    }

    static boolean names(Unit unit, String section, String target, String... keys) {
        for (String key : keys) {
            for (Named n : named(unit, section, key)) {
                if (n.name().equals(target)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a dependency names the unit itself, under its name or an alias: systemd drops such
     * a dependency ("Dependency Requires=x.service is dropped"), so there is nothing to order.
     */
    static boolean isSelf(Unit unit, String name) {
        return name.equals(unit.name().name()) || unit.aliases().contains(name);
    }
}
