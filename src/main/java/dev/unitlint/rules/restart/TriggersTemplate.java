package dev.unitlint.rules.restart;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.model.UnitName;
import dev.unitlint.syntax.Span;
import java.util.List;
import java.util.Optional;

/**
 * OnFailure= or OnSuccess= naming a template without an instance ({@code notify@.service}),
 * written so or through a specifier that is empty here (%i in a unit that is not an instance).
 * systemd does not refuse it: it fills in the instance itself (resolve_template() in
 * src/core/unit.c), with this unit's instance or, for a unit that is not an instance, its name
 * without the suffix. Spelling the instance out says which one the handler gets.
 */
@RuleId("SD313")
public final class TriggersTemplate implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (String key : new String[] {"OnFailure", "OnSuccess"}) {
            for (TriggeredUnits.Name name : TriggeredUnits.of(unit, key)) {
                Optional<UnitName> target = name.resolved().flatMap(UnitName::parse);
                if (target.isEmpty() || !target.get().isTemplate()) {
                    continue;
                }
                boolean viaSpecifier = !name.written().equals(name.resolved().get());
                String instance = unit.name().isTemplate() || unit.name().isInstance() ? "%i" : "%p";
                String actual = unit.name().isTemplate()
                        ? "the instance of this unit"
                        : (unit.name().isInstance() ? unit.name().instance() : unit.name().prefix());
                String explicit = target.get().prefix() + "@" + instance + "." + target.get().type().suffix();
                Span word = name.assignment().entry().value().span(name.from(), name.to());
                context.report(name.assignment().file(), word,
                        key + "=" + name.written() + (viaSpecifier ? " becomes " + name.resolved().get() : "")
                                + " names a template without an instance" + (viaSpecifier
                                        ? " (%i is empty in a unit that is not an instance)" : "")
                                + ": systemd fills in " + actual + ", so the handler runs as "
                                + (unit.name().isTemplate() ? explicit : target.get().prefix() + "@" + actual + "."
                                        + target.get().type().suffix())
                                + ". Write the instance you mean: " + explicit + ", or "
                                + target.get().prefix() + "@%n." + target.get().type().suffix()
                                + " to pass the full unit name", spellOut(name, word, explicit));
            }
        }
    }

    /**
     * Writes the instance systemd fills in (%i, or %p in a unit that is not an instance), so the
     * unit says what it does and does the same; when the word is written as it is read.
     */
    private static Optional<Fix> spellOut(TriggeredUnits.Name name, Span word, String explicit) {
        if (!name.assignment().value().substring(name.from(), name.to()).equals(name.written())) {
            return Optional.empty();
        }
        return Fix.of(Applicability.SAFE, "Write " + explicit + ", the unit systemd starts",
                List.of(FileEdits.of(name.assignment().file()).replace(word, explicit)));
    }
}
