package dev.unitlint.rules.structure;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;

import java.util.Locale;

/**
 * A section systemd knows, but not for this unit type: {@code [Service]} in a {@code .timer}.
 * Each unit type reads only [Unit], its own section and [Install]; systemd ignores the rest
 * with "Unknown section".
 */
@RuleId("SD102")
public final class SectionNotForUnitType implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        String type = unit.type().suffix();
        for (UnitFile file : unit.files()) {
            for (Section section : file.sections()) {
                String name = section.name();
                if (!section.header().wellFormed() || !KnownKeys.catalog().isKnownSection(name)
                        || KnownKeys.readsSection(unit, name)) {
                    continue;
                }
                context.report(file, section.header().nameSpan(),
                        "[" + name + "] is not a section of ." + type + " units: systemd ignores it and every setting in it"
                                + " (\"Unknown section '" + name + "'. Ignoring.\"); it belongs in a ."
                                + name.toLowerCase(Locale.ROOT) + " unit, or its settings in " + sectionsOf(unit));
            }
        }
    }

    private static String sectionsOf(Unit unit) {
        StringBuilder out = new StringBuilder();
        for (String s : KnownKeys.catalog().sections(unit.type().suffix())) {
            out.append(out.length() == 0 ? "" : " or ").append('[').append(s).append(']');
        }
        return out.toString();
    }
}
