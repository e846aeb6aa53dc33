package dev.unitlint.rules.references;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.Booleans;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The same RuntimeDirectory= in two units. systemd.exec(5): "the innermost subdirectories are
 * removed when the unit is stopped" (unless RuntimeDirectoryPreserve= keeps them), so when one of
 * the units stops it deletes the directory the other is still using. Needs the whole set.
 */
@RuleId("SD820")
public final class RuntimeDirectoryShared implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<UnitSet> set = context.unitSet();
        Optional<String> section = Settings.execSection(unit.type());
        if (set.isEmpty() || section.isEmpty() || !unit.hasBase() || unit.name().isTemplate()) {
            return;
        }
        List<Assignment> mine = unit.list(section.get(), "RuntimeDirectory");
        if (mine.isEmpty()) {
            return;
        }
        for (Unit other : set.get().units()) {
            if (other == unit || other.name().isTemplate() || !other.hasBase()) {
                continue;
            }
            Optional<String> otherSection = Settings.execSection(other.type());
            if (otherSection.isEmpty() || removesNothing(other, otherSection.get())) {
                continue;
            }
            Set<String> theirs = new HashSet<>();
            for (Assignment a : other.list(otherSection.get(), "RuntimeDirectory")) {
                for (String d : a.value().strip().split("\\s+")) {
                    theirs.add(d.split(":", 2)[0]);
                }
            }
            for (Assignment a : mine) {
                for (String d : a.value().strip().split("\\s+")) {
                    String dir = d.split(":", 2)[0];
                    if (!dir.isEmpty() && !dir.contains("%") && theirs.contains(dir)) {
                        int at = a.value().indexOf(d);
                        context.report(a.file(), a.entry().value().span(at, at + dir.length()), "/run/" + dir
                                + " is also"
                                + " the RuntimeDirectory= of " + other.name().name() + ", which deletes it when"
                                + " it stops,"
                                + " while this unit may still use it (systemd.exec(5)). Give each unit its own"
                                + " directory,"
                                + " or set RuntimeDirectoryPreserve=yes in " + other.name().name());
                        return;
                    }
                }
            }
        }
    }

    private static boolean removesNothing(Unit unit, String section) {
        Optional<String> preserve = Settings.value(unit, section, "RuntimeDirectoryPreserve");
        return preserve.filter(v -> Booleans.parse(v).orElse(false)).isPresent();
    }
}
