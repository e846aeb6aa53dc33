package dev.unitlint.rules.references;

import dev.unitlint.model.Reference;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet.Cycle;
import dev.unitlint.model.UnitSet.Edge;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.UnitFile;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reports each cycle once: from the unit with the least name in it, at the setting that makes
 * that unit's edge of the cycle (or the first edge made by a setting), so the place is stable
 * whichever unit a run starts from.
 */
final class CycleReport {

    private CycleReport() {
    }

    static void report(Unit unit, RuleContext context, List<Cycle> cycles, String arrow, String consequence) {
        for (Cycle cycle : cycles) {
            if (!cycle.units().get(0).equals(unit.name().name())) {
                continue;
            }
            String path = String.join(" " + arrow + " ", cycle.units()) + " " + arrow + " " + cycle.units().get(0);
            String how = cycle.edges().stream().map(Edge::how).collect(Collectors.joining("; "));
            String message = cycle.units().size() + " units form a cycle: " + path + " (" + how + "). "
                    + consequence;
            Optional<Reference> at = cycle.edges().stream().map(Edge::setBy).flatMap(Optional::stream).findFirst();
            if (at.isPresent()) {
                Reference ref = at.get();
                context.report(ref.assignment().file(), ref.assignment().entry().value().span(ref.from(), ref.to()),
                        message);
            } else if (unit.hasBase()) {
                UnitFile file = unit.base().orElseThrow();
                context.report(file, Span.lineStart(1), message);
            }
        }
    }

}
