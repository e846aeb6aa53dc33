package dev.unitlint.lint;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitSet;
import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.rules.LinkRule;
import dev.unitlint.rules.ReadsUnitGraphs;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleHeader;
import dev.unitlint.rules.syntax.BinaryFile;
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs the rules over units and returns their findings in a stable order. */
public final class Linter {

    /** A rule to run, with what is looked up once per run rather than once per unit and rule. */
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
                // The header comes from the index generated at build time: no rule document is read.
                this.rules.add(new Enabled(rule, id, BuiltInRules.header(id), options.severityOverrides().get(id)));
            }
        }
    }

    /**
     * Tells the rules the set of units of the run: every unit of the system ({@link UnitSet#isComplete()}),
     * so that references between units can be checked, or the units given; without a complete set
     * the rules about missing units stay silent.
     */
    public Linter withUnitSet(UnitSet set) {
        this.unitSet = set;
        return this;
    }

    /** Lints the units in parallel ({@link ParallelMap}); rules are stateless, so units are independent. */
    public List<Finding> lint(List<Unit> units) {
        if (unitSet != null && units.size() > 1 && readsUnitGraphs()) {
            ParallelMap.map(unitSet.graphPreparations(), preparation -> {
                preparation.run();
                return Boolean.TRUE;
            });
        }
        List<Finding> findings = new ArrayList<>();
        List<List<Finding>> all = ParallelMap.map(units, unit -> {
            List<Finding> found = lint(unit);
            // What the rules derived from the unit is not needed again unless a rule about
            // another unit asks, and then it is made again.
            unit.forgetDerived();
            return found;
        });
        for (List<Finding> found : all) {
            findings.addAll(found);
        }
        // A drop-in shared by several units (service.d/, foo-.service.d/) is checked with each:
        // the same finding at the same place is reported once.
        return Finding.distinctSorted(findings);
    }

    /** Lints the units, and the symbolic links met while finding them ({@link LinkRule}s). */
    public List<Finding> lint(List<Unit> units, List<UnitLink> links) {
        if (links.isEmpty()) {
            return lint(units); // sorted, each once; another pass over every finding would change nothing
        }
        List<Finding> findings = new ArrayList<>(lint(units));
        findings.addAll(lintLinks(links));
        return Finding.distinctSorted(findings);
    }

    /** Whether an enabled rule asks for the unit set's graphs ({@link ReadsUnitGraphs}). */
    private boolean readsUnitGraphs() {
        for (Enabled enabled : rules) {
            if (enabled.rule() instanceof ReadsUnitGraphs) {
                return true;
            }
        }
        return false;
    }

    /** Runs the rules about links over the links; cheap, so on the calling thread. */
    public List<Finding> lintLinks(List<UnitLink> links) {
        List<Finding> findings = new ArrayList<>();
        for (Enabled enabled : rules) {
            if (enabled.rule() instanceof LinkRule) {
                for (UnitLink link : links) {
                    run(enabled, null, link, findings);
                }
            }
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    public List<Finding> lint(Unit unit) {
        List<Finding> findings = new ArrayList<>();
        // A binary file gets SD020's one finding instead of a pair per "line" of binary data. When
        // the unit file itself is binary nothing else is checked; a binary drop-in only loses its
        // own findings, so the rest of the unit is still checked.
        Set<String> binaryFiles = new HashSet<>();
        for (UnitFile file : unit.files()) {
            if (file.source().looksBinary()) {
                binaryFiles.add(file.path());
            }
        }
        boolean binaryBase = unit.base().map(base -> binaryFiles.contains(base.path())).orElse(false);
        // One list for every rule's findings, emptied after each: a unit goes through some 170 rules.
        List<Finding> found = new ArrayList<>();
        for (Enabled enabled : rules) {
            Rule rule = enabled.rule();
            boolean binaryRule = rule instanceof BinaryFile;
            if (binaryBase && !binaryRule) {
                continue;
            }
            found.clear();
            run(enabled, unit, null, found);
            for (Finding finding : found) {
                if (binaryRule || binaryFiles.isEmpty() || !binaryFiles.contains(finding.path())) {
                    findings.add(finding);
                }
            }
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    /**
     * Runs one rule over a unit, or a link rule over a link (the other is null), adding its
     * findings to {@code into} with the configured severity. The rule is called directly rather
     * than through a lambda: the JVM here runs C1 code only (tools/jvm/jvm.options), and C1
     * allocates a capturing lambda through a call into the VM (Unsafe.allocateInstance), which
     * for one lambda per rule and unit was several per cent of a run's time.
     */
    private void run(Enabled enabled, Unit unit, UnitLink link, List<Finding> into) {
        Severity override = enabled.override();
        // Without a severity to change, the rule reports straight into the list.
        List<Finding> sink = override == null ? into : new ArrayList<>();
        RuleContext context = new RuleContext(enabled.header(), options.systemdVersion(), sink, unitSet);
        try {
            if (link != null) {
                ((LinkRule) enabled.rule()).check(link, context);
            } else {
                enabled.rule().check(unit, context);
            }
        } catch (RuntimeException e) {
            throw new RuleFailure(enabled.id(), link != null ? link.path() : unit.toString(), e);
        }
        if (override != null) {
            for (Finding finding : sink) {
                into.add(finding.withSeverity(override));
            }
        }
    }

    /** A rule threw: a unitlint bug, reported with the rule and unit so it can be reproduced. */
    public static final class RuleFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RuleFailure(String ruleId, String unit, RuntimeException cause) {
            super("rule " + ruleId + " failed on " + unit + ": " + cause, cause);
        }
    }
}
