package dev.unitlint.rules.references;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.SpecifierExpansion;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Span;
import java.util.Optional;

/**
 * The unit's own name, or the instance its template's {@code DefaultInstance=} makes, is not
 * a valid unit name (unit_name_is_valid(), unit_instance_is_valid() in src/basic/unit-name.c).
 */
@RuleId("SD806")
public final class InvalidUnitName implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        UnitName name = unit.name();
        if (unit.hasBase() && !name.valid()) {
            context.report(unit.base().orElseThrow(), Span.lineStart(1), "\"" + name + "\" is not a valid unit name ("
                    + InvalidUnitNameReference.reason(name.name()) + "): systemd cannot load a unit by this name"
                    + " (\"Failed to prepare filename ...: Invalid argument\"). Rename the file; escape special"
                    + " characters with systemd-escape");
        }
        Optional<Assignment> defaultInstance = unit.last(Unit.INSTALL, "DefaultInstance");
        // An instance ignores DefaultInstance= silently; outside templates it is SD606's.
        if (defaultInstance.isEmpty() || !name.isTemplate()) {
            return;
        }
        Assignment assignment = defaultInstance.get();
        Optional<String> instance = SpecifierExpansion.expand(assignment.value(), name);
        if (instance.isEmpty() || instance.get().isEmpty()) {
            return; // a machine-dependent specifier, or no default instance at all
        }
        if (!UnitName.isValid(name.withInstance(instance.get()).name())) {
            context.reportValue(assignment, "DefaultInstance=" + assignment.value() + " does not make a valid unit"
                    + " name (" + InvalidUnitNameReference.reason(name.withInstance(instance.get()).name())
                    + "): systemctl enable ignores it (\"Invalid DefaultInstance= value\"), so the template is"
                    + " enabled without an instance. Escape the instance with systemd-escape");
        }
    }
}
