package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.syntax.Span;
import dev.unitlint.values.Specifiers;
import dev.unitlint.values.UnitNames;
import dev.unitlint.values.Words;
import java.util.List;
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
                Span span = assignment.entry().value().span(w.start(), w.end());
                context.report(assignment.file(), span,
                        "\"" + word + "\" is not a valid unit name: systemd drops this dependency (\"Failed to add dependency on "
                                + word + ", ignoring: Invalid argument\"). " + hint(word),
                        repair(word).filter(name -> assignment.value().substring(w.start(), w.end()).equals(word))
                                .flatMap(name -> Fix.of(Applicability.SAFE, "Write " + name,
                                List.of(FileEdits.of(assignment.file()).replace(span, name)))));
            }
        }
    }

    /**
     * The name a word evidently means: a quoted valid name without its quotes, or the name of a
     * special target (systemd.special(7)) without its suffix when no other special unit has that
     * name (network → network.target; dbus, which is a service and a socket, gets nothing).
     */
    static Optional<String> repair(String word) {
        if (word.length() > 2 && (word.charAt(0) == '"' || word.charAt(0) == '\'')
                && word.charAt(word.length() - 1) == word.charAt(0)) {
            String inner = word.substring(1, word.length() - 1);
            return UnitNames.isValid(inner) ? Optional.of(inner) : Optional.empty();
        }
        if (word.indexOf('.') >= 0 || !UnitSet.isSpecial(word + ".target")) {
            return Optional.empty();
        }
        for (UnitType type : UnitType.values()) {
            if (type != UnitType.TARGET && UnitSet.isSpecial(word + "." + type.suffix())) {
                return Optional.empty();
            }
        }
        return Optional.of(word + ".target");
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
