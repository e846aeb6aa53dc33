package dev.unitlint.lint;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.Unit;
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

    public Linter(LintOptions options) {
        this(options, BuiltInRules.all());
    }

    public Linter(LintOptions options, List<Rule> rules) {
        this.options = options;
        this.rules = rules.stream().filter(r -> !options.disabledRules().contains(r.id())).toList();
    }

    /** Lints the units in parallel ({@link ParallelMap}); rules are stateless, so units are independent. */
    public List<Finding> lint(List<Unit> units) {
        List<Finding> findings = new ArrayList<>();
        for (List<Finding> found : ParallelMap.map(units, this::lint)) {
            findings.addAll(found);
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    public List<Finding> lint(Unit unit) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMetadata meta = BuiltInRules.metadata(rule.id());
            List<Finding> found = new ArrayList<>();
            try {
                rule.check(unit, new RuleContext(meta, options.systemdVersion(), found));
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
