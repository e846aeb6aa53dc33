package dev.unitlint.rules.structure;

import dev.unitlint.fix.FileEdits;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Applicability;
import dev.unitlint.catalog.Directive;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A single-value key assigned twice in one section of one file: the later assignment replaces
 * the earlier, which is dead text — usually a merge or copy-paste mistake. List keys
 * (ExecStartPre=, Environment=, After=, …) accumulate and are not reported; neither is
 * overriding in a drop-in, which is what drop-ins are for.
 */
@RuleId("SD108")
public final class DuplicateSingleValueKey implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        List<Assignment> assignments = KnownKeys.readAssignments(unit);
        Map<String, Assignment> later = new HashMap<>();
        // Walk backwards so that each assignment meets the next one of its file and section.
        for (int i = assignments.size() - 1; i >= 0; i--) {
            Assignment a = assignments.get(i);
            Optional<Directive> d = KnownKeys.accepted(unit, a, context.systemdVersion());
            if (d.isEmpty() || d.get().isList()) {
                continue;
            }
            String slot = System.identityHashCode(a.file()) + "\0" + a.section() + "\0" + a.key();
            Assignment next = later.put(slot, a);
            if (next != null && !next.isEmpty() && !a.isEmpty()) {
                // The same value twice changes nothing: redundant (info). A different one is
                // silently replaced, which is rarely what the author meant (warning).
                boolean same = next.value().equals(a.value());
                context.report(same ? Severity.INFO : Severity.WARNING, a.file(), a.entry().keySpan(),
                        a.key() + "= is set again on line " + next.entry().firstLine() + " of this section"
                                + (same ? ", to the same value; this line is redundant. Remove one of them"
                                        : " (" + a.key() + "=" + next.value() + "); systemd keeps only the later value,"
                                                + " so this line has no effect. Remove one of them"),
                        removeEarlier(a, next));
            }
        }
    }

    /**
     * Deletes the line that has no effect. Safe when both lines say the same; otherwise unsafe:
     * the later value is the one in force only when systemd can parse it, and which of two
     * values was meant is for a person to confirm.
     */
    private static java.util.Optional<Fix> removeEarlier(Assignment earlier, Assignment later) {
        boolean same = earlier.value().equals(later.value());
        return Fix.of(same ? Applicability.SAFE : Applicability.UNSAFE, "Remove the earlier " + earlier.key() + "="
                + (same ? " (the same value is set again on line " : " (line ") + later.entry().firstLine()
                + (same ? ")" : " sets the value in force)"), java.util.List.of(
                FileEdits.of(earlier.file()).deleteLine(earlier.entry())));
    }
}
