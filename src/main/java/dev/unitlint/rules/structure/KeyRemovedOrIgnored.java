package dev.unitlint.rules.structure;

import dev.unitlint.catalog.Directive;
import dev.unitlint.catalog.DirectiveStatus;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

import java.util.Optional;

/**
 * A key the target release no longer acts on: removed from the parser ("Unknown key") or kept
 * only to log "Support for option … has been removed and it is ignored" (IgnoreOnSnapshot=,
 * SysVStartPriority=, and in 258+ the cgroup-v1 settings such as MemoryLimit= and CPUShares=).
 */
@RuleId("SD106")
public final class KeyRemovedOrIgnored implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> found = KnownKeys.directive(unit, assignment);
            if (found.isEmpty() || found.get().newerThan(release)
                    || KnownKeys.reportedElsewhere(assignment.section(), assignment.key())) {
                continue;
            }
            Directive d = found.get();
            String key = assignment.key();
            String instead = d.replacement().isEmpty() ? "remove it" : "use " + replacement(d) + " instead";
            if (d.removedIn() != 0 && release >= d.removedIn()) {
                context.reportKey(assignment, key + "= was removed in systemd " + d.removedIn() + "; systemd " + release
                        + " ignores it (\"Unknown key '" + key + "' in section [" + assignment.section()
                        + "], ignoring.\"): " + instead, KeyFixes.successor(unit, assignment, d, release));
            } else if (d.statusIn(release) == DirectiveStatus.OBSOLETE_IGNORED) {
                context.reportKey(assignment, key + "= has no effect in systemd " + release + " (\"Support for option "
                        + key + "= has been removed and it is ignored\"): " + instead,
                        KeyFixes.successor(unit, assignment, d, release));
            }
        }
    }

    static String replacement(Directive d) {
        String r = d.replacement();
        return r.contains(" ") || r.endsWith("=") ? r : r.replace(",", "=, ") + "=";
    }
}
