package dev.unitlint.rules.structure;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A key no section of any unit type has: a typo ({@code ExecStrat=}), a case mistake
 * ({@code execstart=}) or an invention. systemd logs "Unknown key … ignoring" and the unit runs
 * without the setting. Keys known elsewhere are SD104's; keys of other releases SD105/SD106's.
 */
@RuleId("SD103")
public final class UnknownKey implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            String section = assignment.section();
            String key = assignment.key();
            if (!KnownKeys.catalog().named(key).isEmpty() || KnownKeys.reportedElsewhere(section, key)) {
                continue;
            }
            Optional<String> guess = KnownKeys.closest(key, candidates(unit, section, context.systemdVersion()));
            String hint = guess.map(g -> g.equalsIgnoreCase(key)
                            ? "; keys are case-sensitive: write " + g + "="
                            : "; did you mean " + g + "=?")
                    .orElse("; extension keys must start with X-");
            context.reportKey(assignment, "Unknown key " + key + "= in [" + section + "]: systemd ignores it (\"Unknown key '"
                    + key + "' in section [" + section + "], ignoring.\")" + hint,
                    guess.flatMap(g -> KeyFixes.typo(unit, assignment, context.systemdVersion(), g)));
        }
    }

    /** The candidates of each section, unit type and release: the same few are asked for again and again. */
    private static final Map<String, Set<String>> CANDIDATES = new ConcurrentHashMap<>();

    /** Keys of this section first (they win ties), then the unit type's other sections. */
    private static Set<String> candidates(Unit unit, String section, int release) {
        String type = unit.type().suffix();
        return CANDIDATES.computeIfAbsent(type + "\t" + section + "\t" + release, k -> candidates(type, section, release));
    }

    private static Set<String> candidates(String type, String section, int release) {
        Set<String> keys = new LinkedHashSet<>();
        for (Directive d : KnownKeys.catalog().directives()) {
            if (d.section().equals(section) && d.appliesTo(type) && d.availableIn(release)) {
                keys.add(d.key());
            }
        }
        for (Directive d : KnownKeys.catalog().directives()) {
            if (d.appliesTo(type) && d.availableIn(release)) {
                keys.add(d.key());
            }
        }
        return Collections.unmodifiableSet(keys);
    }
}
