package dev.unitlint.rules.references;

import dev.unitlint.model.Reference;
import dev.unitlint.model.SpecifierExpansion;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * A dependency names something that is not a valid unit name (unit_name_is_valid(): a known
 * type suffix, only {@code [a-zA-Z0-9:-_.\@]}, at most 255 characters): systemd ignores it
 * with "Failed to add dependency on …, ignoring: Invalid argument". Needs no unit set.
 */
@RuleId("SD805")
public final class InvalidUnitNameReference implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        List<Reference> references = new ArrayList<>();
        for (String key : Reference.UNIT_DEPENDENCY_KEYS) {
            references.addAll(Reference.inList(unit, "Unit", key));
        }
        for (Reference ref : references) {
            // Only what can be judged here: a template's %i expands to nothing, and machine
            // specifiers (%H, %u) are unknown, so those words are left alone.
            if (ref.target().isEmpty() || (unit.name().isTemplate() && SpecifierExpansion.hasSpecifier(ref.written()))) {
                continue;
            }
            String target = ref.target().get();
            if (UnitName.isValid(target)) {
                continue;
            }
            context.report(ref.assignment().file(), ref.assignment().entry().value().span(ref.from(), ref.to()),
                    ref.key() + "=" + ref.written() + " is not a valid unit name ("
                    + reason(target) + "): systemd ignores it (\"Failed to add dependency on " + target
                    + ", ignoring: Invalid argument\"). Escape the name with systemd-escape, or fix it");
        }
    }

    static String reason(String name) {
        if (name.length() > UnitName.MAX_LENGTH) {
            return "longer than " + UnitName.MAX_LENGTH + " characters";
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || UnitType.fromSuffix(name.substring(dot + 1)).isEmpty()) {
            return "it must end in a unit type such as .service or .target";
        }
        if (name.startsWith("@")) {
            return "nothing before the @";
        }
        return "only ASCII letters, digits and :-_.\\@ are allowed";
    }
}
