package dev.unitlint.rules.references;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Reference;
import dev.unitlint.model.SpecifierExpansion;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.model.UnitSet;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A dependency names a unit that the system does not have: not in the load path, not
 * masked, not one of systemd's special units. Only checked when the whole set of units is
 * known ({@code --root} or {@code --complete}); from a partial list every unit outside it
 * would look missing.
 */
@RuleId("SD801")
public final class UnknownUnitReference implements Rule {

    /** Settings whose target must exist for this unit to start (or to do its job): a missing one is a warning. */
    private static final Set<String> HARD = Set.of("Requires", "Requisite", "BindsTo", "OnFailure", "OnSuccess",
            "Unit", "Service");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (context.unitSet().isEmpty()) {
            return;
        }
        UnitSet set = context.unitSet().get();
        List<Reference> references = new ArrayList<>();
        for (String key : Reference.UNIT_DEPENDENCY_KEYS) {
            references.addAll(Reference.inList(unit, "Unit", key));
        }
        if (unit.type() == UnitType.TIMER) {
            references.addAll(Reference.inSingle(unit, "Timer", "Unit"));
        } else if (unit.type() == UnitType.PATH) {
            references.addAll(Reference.inSingle(unit, "Path", "Unit"));
        } else if (unit.type() == UnitType.SOCKET) {
            references.addAll(Reference.inSingle(unit, "Socket", "Service"));
        }
        for (Reference ref : references) {
            // A machine-dependent specifier (%H, %u, ...) cannot be resolved here; an invalid
            // name is SD805's; a template's %i expands to nothing and is checked per instance.
            if (ref.target().isEmpty() || !UnitName.isValid(ref.target().get()) || set.resolves(ref.target().get())
                    || (unit.name().isTemplate() && SpecifierExpansion.hasSpecifier(ref.written()))) {
                continue;
            }
            String target = ref.target().get();
            String shown = ref.written().equals(target) ? target : ref.written() + " (" + target + ")";
            boolean hard = HARD.contains(ref.key());
            String consequence = hard
                    ? "starting " + unit.name() + " fails with \"Unit " + target + " not found\""
                    : "systemd ignores the dependency, so it does nothing";
            context.report(hard ? Severity.WARNING : Severity.INFO, ref.assignment().file(),
                    ref.assignment().entry().value().span(ref.from(), ref.to()),
                    ref.key() + "=" + shown + " names a unit that this system does not have (not in the load path,"
                            + " not masked, not a systemd special unit): " + consequence
                            + ". Fix the name, or install the unit");
        }
    }
}
