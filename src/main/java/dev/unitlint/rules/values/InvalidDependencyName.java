package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.Specifiers;
import dev.unitlint.values.UnitNames;
import dev.unitlint.values.Words;

import java.util.Optional;
import java.util.Set;

/**
 * A word of a dependency key (Wants=, Requires=, After=, …) that is not a valid unit name:
 * {@code After=network} without {@code .target}, {@code Wants=foo.Service}, quotes around a
 * name. systemd logs "Failed to add dependency on …" and drops that dependency. Words with
 * specifiers ({@code %i}) are left alone: systemd expands them first.
 */
@RuleId("SD204")
public final class InvalidDependencyName implements Rule {

    private static final Set<String> DEPENDENCY_PARSERS = Set.of("config_parse_unit_deps", "config_parse_obsolete_unit_deps");

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            if (directive.isEmpty() || !DEPENDENCY_PARSERS.contains(directive.get().parserIn(release))) {
                continue;
            }
            for (Words.Word w : Words.split(assignment.value())) {
                String word = w.text();
                if (Specifiers.contains(word) || UnitNames.isValid(word)) {
                    continue;
                }
                context.report(assignment.file(), assignment.entry().value().span(w.start(), w.end()),
                        "\"" + word + "\" is not a valid unit name: systemd drops this dependency (\"Failed to add dependency on "
                                + word + ", ignoring: Invalid argument\"). " + hint(word));
            }
        }
    }

    private static String hint(String word) {
        if (word.indexOf('.') < 0) {
            return "Unit names need their type suffix, e.g. " + word + ".target or " + word + ".service";
        }
        if (word.startsWith("\"") || word.startsWith("'")) {
            return "Dependency lists are separated by spaces; quotes are not removed";
        }
        return "A unit name is NAME.TYPE (TYPE one of service, socket, target, …, in lower case)"
                + " with ASCII letters, digits and :-_.\\ in NAME";
    }
}
