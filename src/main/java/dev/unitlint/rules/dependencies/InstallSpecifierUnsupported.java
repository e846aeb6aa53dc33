package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.Specifiers;
import java.util.Set;

/**
 * A specifier in [Install] that systemctl does not resolve there. systemd.unit(5): "The following
 * specifiers are interpreted in the Install section: %a, %b, %B, %g, %G, %H, %i, %j, %l, %m, %n, %N,
 * %o, %p, %u, %U, %v, %w, %W, %%." Any other makes systemctl enable fail ("invalid specifier in …",
 * observed with systemctl 252). %i and %I in units that are no template are SD607's.
 */
@RuleId("SD616")
public final class InstallSpecifierUnsupported implements Rule {

    static final Set<Character> ALLOWED = Set.of('a', 'b', 'B', 'g', 'G', 'H', 'i', 'j', 'l', 'm', 'n', 'N', 'o', 'p',
            'u', 'U', 'v', 'w', 'W');

    @Override
    public void check(Unit unit, RuleContext context) {
        boolean instanced = unit.name().instance() != null;
        for (Assignment a : unit.assignments(Unit.INSTALL)) {
            String text = a.value();
            int[] found = {-1};
            Specifiers.forEach(text, (index, letter) -> {
                boolean sd607 = !instanced && (letter == 'i' || letter == 'I');
                if (found[0] < 0 && !ALLOWED.contains(letter) && !sd607) {
                    found[0] = index;
                }
            });
            if (found[0] >= 0) {
                String spec = text.substring(found[0], found[0] + 2);
                context.report(a.file(), a.entry().value().span(found[0], found[0] + 2), spec + " is not resolved in"
                        + " [Install]: systemctl enable fails with \"invalid specifier in " + text.strip() + "\" (systemd.unit(5)"
                        + " lists the specifiers [Install] understands: %a %b %B %g %G %H %i %j %l %m %n %N %o %p %u %U"
                        + " %v %w %W)." + (spec.equals("%I") ? " Use %i" : " Write the name out"));
            }
        }
    }
}
