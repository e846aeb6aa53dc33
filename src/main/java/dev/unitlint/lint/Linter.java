package dev.unitlint.lint;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleHeader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Runs the rules over units and returns their findings in a stable order. */
public final class Linter {

    /** A rule to run, with what is looked up once per run rather than once per unit. */
    private record Enabled(Rule rule, String id, RuleHeader header, Severity override) {
    }

    private final LintOptions options;
    private final List<Enabled> rules = new ArrayList<>();
    private UnitSet unitSet;

    public Linter(LintOptions options) {
        this(options, BuiltInRules.all());
    }

    public Linter(LintOptions options, List<Rule> rules) {
        this.options = options;
        for (Rule rule : rules) {
            String id = rule.id();
            if (!options.disabledRules().contains(id)) {
                this.rules.add(new Enabled(rule, id, BuiltInRules.header(id), options.severityOverrides().get(id)));
            }
        }
    }

    /**
     * Tells the rules that {@code set} is every unit of the system, so that references
     * between units can be checked; without it those rules stay silent.
     */
    public Linter withUnitSet(UnitSet set) {
        this.unitSet = set;
        return this;
    }

    /** What checking a run's units found, sorted, and what it kept of their files. */
    public record Checked(List<Finding> findings, List<CheckedFile> files) {
    }

    /**
     * Lints units a batch at a time: each batch is read when its turn comes, and once its units
     * are checked only what a report needs of their files ({@link CheckedFile}: the text only of
     * files with findings) is kept, so that a run holds the syntax trees of one batch rather than
     * of every file (a 20,000-file tree needed 290 MB that way).
     */
    public Checked lintBatches(List<? extends Supplier<List<Unit>>> batches) {
        List<Finding> findings = new ArrayList<>();
        List<CheckedFile> files = new ArrayList<>();
        for (Supplier<List<Unit>> batch : batches) {
            List<Unit> units = batch.get();
            List<Finding> found = lint(units);
            Set<String> withFindings = new HashSet<>();
            for (Finding finding : found) {
                withFindings.add(finding.path());
            }
            findings.addAll(found);
            files.addAll(CheckedFile.of(units, withFindings));
        }
        findings.sort(Finding.ORDER);
        return new Checked(List.copyOf(findings), List.copyOf(files));
    }

    /** Lints the units in parallel ({@link ParallelMap}); rules are stateless, so units are independent. */
    public List<Finding> lint(List<Unit> units) {
        List<Finding> findings = new ArrayList<>();
        for (List<Finding> found : ParallelMap.map(units, this::lint)) {
            findings.addAll(found);
        }
        // A drop-in shared by several units (service.d/, foo-.service.d/) is checked with each:
        // the same finding at the same place is reported once.
        return findings.stream().distinct().sorted(Finding.ORDER).toList();
    }

    public List<Finding> lint(Unit unit) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        for (Enabled enabled : rules) {
            found.clear();
            try {
                enabled.rule().check(unit, new RuleContext(enabled.header(), options.systemdVersion(), found, unitSet));
            } catch (RuntimeException e) {
                throw new RuleFailure(enabled.id(), unit.toString(), e);
            }
            Severity override = enabled.override();
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
