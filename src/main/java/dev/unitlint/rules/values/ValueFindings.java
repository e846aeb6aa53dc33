package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.ValueContext;
import dev.unitlint.values.ValueParsers;
import dev.unitlint.values.ValueProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value problems of a unit, computed once per unit and shared by the value rules: each rule
 * reports the problems of its own {@link ValueProblem.Kind}, so no problem is reported twice.
 * The rules of one unit run one after another on one thread, so a one-entry cache per thread
 * is enough to check each value once.
 */
public final class ValueFindings {

    /** A problem and the assignment it was found in. */
    public record Located(Assignment assignment, ValueProblem problem) {
    }

    private record Cached(Unit unit, int release, List<Located> problems) {
    }

    private static final ThreadLocal<Cached> LAST = new ThreadLocal<>();

    private ValueFindings() {
    }

    /** Every value problem of the unit's assignments, for the target release. */
    public static List<Located> of(Unit unit, int release) {
        Cached cached = LAST.get();
        if (cached != null && cached.unit() == unit && cached.release() == release) {
            return cached.problems();
        }
        List<Located> problems = new ArrayList<>();
        String unitName = unit.name().name();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            if (directive.isEmpty()) {
                continue;
            }
            ValueContext context = new ValueContext(assignment.section(), assignment.key(), unit.type().suffix(), unitName,
                    release, directive.get().ltype());
            for (ValueProblem p : ValueParsers.check(directive.get().parserIn(release), assignment.value(), context)) {
                problems.add(new Located(assignment, p));
            }
        }
        List<Located> result = List.copyOf(problems);
        LAST.set(new Cached(unit, release, result));
        return result;
    }

    /** Whether systemd accepts the assignment's value (no error-level problem of any kind). */
    public static boolean accepts(Unit unit, Assignment assignment, int release) {
        for (Located l : of(unit, release)) {
            if (l.assignment().entry() == assignment.entry() && l.problem().effect().isError()) {
                return false;
            }
        }
        return true;
    }

    /** Reports the unit's problems of one kind, at the offending part of each value. */
    public static void report(Unit unit, RuleContext context, ValueProblem.Kind kind) {
        for (Located l : of(unit, context.systemdVersion())) {
            ValueProblem p = l.problem();
            if (p.kind() != kind) {
                continue;
            }
            Assignment a = l.assignment();
            String value = a.value();
            int start = Math.min(p.start(), value.length());
            int end = Math.max(start, Math.min(p.end(), value.length()));
            Severity severity = p.effect().isError() ? Severity.ERROR : Severity.WARNING;
            context.report(severity, a.file(), a.entry().value().span(start, end), p.message());
        }
    }
}
