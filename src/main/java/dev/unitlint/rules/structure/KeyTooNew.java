package dev.unitlint.rules.structure;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

import java.util.Optional;

/**
 * A key newer than the target release ({@code --systemd-version}): that systemd does not know
 * it yet, logs "Unknown key" and runs the unit without it.
 */
@RuleId("SD105")
public final class KeyTooNew implements Rule {

    /**
     * Whether the catalog's date is firm enough to call the key unknown to {@code release}: a date
     * that is only an upper bound gives a target in the gap the benefit of the doubt.
     */
    static boolean surelyMissing(Directive d, int release) {
        return KnownKeys.catalog().certainlyBefore(release, d.addedIn(), d.addedExactly());
    }

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.directive(unit, assignment);
            if (directive.isEmpty() || !directive.get().newerThan(release) || !surelyMissing(directive.get(), release)
                    || KnownKeys.reportedElsewhere(assignment.section(), assignment.key())) {
                continue;
            }
            String key = assignment.key();
            context.reportKey(assignment, key + "= was added in systemd " + directive.get().addedIn()
                    + "; systemd " + release + " does not know it and ignores it (\"Unknown key '" + key
                    + "' in section [" + assignment.section() + "], ignoring.\"). Raise --systemd-version if the unit"
                    + " only runs on newer systems, or use what " + release + " offers");
        }
    }
}
