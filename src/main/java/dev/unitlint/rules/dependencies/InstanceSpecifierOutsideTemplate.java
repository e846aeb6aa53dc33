package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.values.Specifiers;

/**
 * {@code %i} or {@code %I} in a unit that is neither a template nor an instance: the
 * instance name is empty, so the specifier expands to nothing (systemd.unit(5), "Specifiers":
 * "For instantiated units this is the string between the first "@" character and the type
 * suffix. Empty for non-instantiated units."). {@code %j} is not checked: it is the last
 * dash-separated part of the prefix and means something in any unit.
 */
@RuleId("SD607")
public final class InstanceSpecifierOutsideTemplate implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.name().instance() != null) {
            return;
        }
        for (UnitFile file : unit.files()) {
            for (Section section : file.sections()) {
                for (Entry entry : section.entries()) {
                    if (!entry.isAssignment() || entry.key().startsWith("X-")) {
                        continue;
                    }
                    String text = entry.valueText();
                    int[] found = {-1};
                    Specifiers.forEach(text, (i, letter) -> {
                        if (found[0] < 0 && (letter == 'i' || letter == 'I')) {
                            found[0] = i;
                        }
                    });
                    if (found[0] >= 0) {
                        String spec = text.substring(found[0], found[0] + 2);
                        context.report(file, entry.value().span(found[0], found[0] + 2), spec + " is the instance"
                                + " name, and " + unit.name().name() + " is not a template (name@."
                                + unit.type().suffix() + "), so " + spec + " expands to an empty string. Make the unit"
                                + " a template, or write the value out");
                    }
                }
            }
        }
    }
}
