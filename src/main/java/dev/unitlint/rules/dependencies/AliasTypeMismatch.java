package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.dependencies.Dependencies.Named;
import dev.unitlint.values.Specifiers;
import java.util.Optional;

/**
 * {@code [Install] Alias=} naming a unit of another type, or a template alias of a unit that
 * is not a template (and the reverse). {@code systemctl enable} refuses: "cannot alias
 * b.service as b.socket" (src/shared/install.c, unit_validate_alias_symlink_or_warn()).
 */
@RuleId("SD605")
public final class AliasTypeMismatch implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase()) {
            return;
        }
        UnitName self = unit.name();
        for (Named alias : Dependencies.of(unit, "Install", "Alias")) {
            String name = alias.name();
            if (Specifiers.contains(name)) {
                continue;
            }
            Optional<UnitName> parsed = UnitName.parse(name);
            String problem = null;
            if (parsed.isEmpty() || parsed.get().type() != self.type()) {
                problem = "an alias must have the same type suffix as the unit (." + self.type().suffix() + ")";
            } else if (self.isTemplate() && !parsed.get().isTemplate() && !parsed.get().isInstance()) {
                problem = "the alias of a template must be a template or an instance (name@.type)";
            } else if (!self.isTemplate() && !self.isInstance() && parsed.get().instance() != null) {
                problem = "a unit that is not a template cannot have a template or instance alias";
            }
            if (problem != null) {
                context.report(alias.assignment().file(),
                        alias.assignment().entry().value().span(alias.word().from(), alias.word().to()),
                        "systemctl enable fails: \"cannot alias " + self.name() + " as " + name + "\"; " + problem);
            }
        }
    }
}
