package dev.unitlint.lint;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;

/** Runs the rules over units and returns their findings in a stable order. */
public final class Linter {

    private final LintOptions options;
    private final List<Rule> rules;
    private UnitSet unitSet;

    public Linter(LintOptions options) {
        this(options, BuiltInRules.all());
    }

    public Linter(LintOptions options, List<Rule> rules) {
        this.options = options;
        this.rules = rules.stream().filter(r -> !options.disabledRules().contains(r.id())).toList();
    }

    /**
     * Tells the rules that {@code set} is every unit of the system, so that references
     * between units can be checked; without it those rules stay silent.
     */
    public Linter withUnitSet(UnitSet set) {
        this.unitSet = set;
        return this;
    }

    /** Lints the units in parallel ({@link ParallelMap}); rules are stateless, so units are independent. */
    public List<Finding> lint(List<Unit> units) {
        List<Finding> findings = new ArrayList<>();
        for (List<Finding> found : ParallelMap.map(units, this::lint)) {
            findings.addAll(found);
        }
        // A drop-in shared by several units (service.d/, foo-.service.d/) is checked with each:
        // the same finding at the same place is reported once. Equal findings sort next to each
        // other (ORDER ties only findings that agree on file, place, rule and message), so after
        // sorting, duplicates are found among neighbours without hashing every finding.
        findings.sort(Finding.ORDER);
        List<Finding> distinct = new ArrayList<>(findings.size());
        int runStart = 0;
        for (Finding finding : findings) {
            if (!distinct.isEmpty() && Finding.ORDER.compare(distinct.get(distinct.size() - 1), finding) != 0) {
                runStart = distinct.size();
            }
            boolean seen = false;
            for (int i = runStart; i < distinct.size() && !seen; i++) {
                seen = distinct.get(i).equals(finding);
            }
            if (!seen) {
                distinct.add(finding);
            }
        }
        return List.copyOf(distinct);
    }

    public List<Finding> lint(Unit unit) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMetadata meta = BuiltInRules.metadata(rule.id());
            List<Finding> found = new ArrayList<>();
            try {
                rule.check(unit, new RuleContext(meta, options.systemdVersion(), found, unitSet));
            } catch (RuntimeException e) {
                throw new RuleFailure(rule.id(), unit.toString(), e);
            }
            Severity override = options.severityOverrides().get(rule.id());
            for (Finding finding : found) {
                findings.add(override == null ? finding : finding.withSeverity(override));
            }
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** A rule threw: a unitlint bug, reported with the rule and unit so it can be reproduced. */
    public static final class RuleFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RuleFailure(String ruleId, String unit, RuntimeException cause) {
            super("rule " + ruleId + " failed on " + unit + ": " + cause, cause);
        }
    }
}
