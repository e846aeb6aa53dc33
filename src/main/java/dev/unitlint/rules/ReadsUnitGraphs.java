package dev.unitlint.rules;

/**
 * A rule that asks the units of the run for their ordering or requirement graphs
 * ({@link dev.unitlint.model.UnitSet#orderingCycles}, {@code requirementCycles},
 * {@code orderedAfter}). When such a rule is enabled, the linter works the graphs out on all its
 * threads before the units' rules run ({@link dev.unitlint.model.UnitSet#graphPreparations}),
 * instead of letting the first rule that asks build them while the other threads wait. A rule
 * without this mark still gets the graphs, only later.
 */
public interface ReadsUnitGraphs {
}
