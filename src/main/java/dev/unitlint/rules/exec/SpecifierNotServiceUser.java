package dev.unitlint.rules.exec;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.Specifiers;
import java.util.Map;
import java.util.Optional;

/**
 * %h, %u, %U, %g, %G or %s in a unit with User=. systemd.unit(5): these specifiers are the user
 * "running the service manager instance" and "not influenced by the User= setting": in a system
 * unit %h is /root and %u is root, whatever User= says.
 */
@RuleId("SD508")
public final class SpecifierNotServiceUser implements Rule {

    private static final Map<Character, String> MANAGER = Map.of(
            'h', "the home directory of the service manager's user (/root for the system manager)",
            'u', "the service manager's user name (root for the system manager)",
            'U', "the service manager's user ID (0 for the system manager)",
            'g', "the service manager's group name (root for the system manager)",
            'G', "the service manager's group ID (0 for the system manager)",
            's', "the service manager's user's shell");

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty() || unit.type() == UnitType.MOUNT || Settings.maybeUserUnit(unit)) {
            return;
        }
        Optional<Assignment> user = Settings.inForce(unit, section.get(), "User")
                .filter(a -> !a.value().equals("root") && !a.value().equals("0"));
        if (user.isEmpty()) {
            return;
        }
        for (Assignment a : KnownKeys.readAssignments(unit)) {
            if (a.section().equals("Install") || a.key().equals("User") || a.key().equals("Group")) {
                continue;
            }
            String text = a.value();
            int[] found = {-1};
            char[] letter = {0};
            Specifiers.forEach(text, (index, c) -> {
                if (found[0] < 0 && MANAGER.containsKey(c)) {
                    found[0] = index;
                    letter[0] = c;
                }
            });
            if (found[0] < 0) {
                continue;
            }
            context.report(a.file(), a.entry().value().span(found[0], found[0] + 2), "%" + letter[0] + " in " + a.key()
                    + "= is " + MANAGER.get(letter[0]) + ", not that of User=" + user.get().value() + ": specifiers are"
                    + " resolved for the manager, \"not influenced by the User= setting\" (systemd.unit(5))."
                    + (letter[0] == 'h' ? " Use ~ in WorkingDirectory=, ${HOME} in commands, or write the path out"
                    : " Write the name out"));
        }
    }
}
