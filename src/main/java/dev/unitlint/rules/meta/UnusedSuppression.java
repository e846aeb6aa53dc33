package dev.unitlint.rules.meta;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.SystemdVersion;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.RuleNames;
import dev.unitlint.suppress.Pragma;
import dev.unitlint.suppress.Pragmas;
import dev.unitlint.suppress.SuppressionFilter;
import dev.unitlint.syntax.CommentLine;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SD901: a {@code # unitlint: disable=} comment that silences nothing. It runs every other
 * rule over the unit itself (ignoring the configured selection), so the verdict does not
 * depend on which rules a run enables: a pragma for a rule switched off in one run is still
 * needed in another. Rules about the whole system get the run's unit set; without one
 * ({@code --root}, {@code --complete}) they say nothing, and their pragmas are not judged. Nor
 * are the pragmas of a drop-in other units read too (a type-wide or template folder's): one of
 * them may need it.
 */
@RuleId("SD901")
public final class UnusedSuppression implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        List<UnitFile> files = unit.files();
        boolean anyPragma = false;
        for (UnitFile file : files) {
            for (CommentLine bad : Pragmas.malformed(file)) {
                context.report(file, bad.span(), "This comment looks like a unitlint suppression but is not one, so it"
                        + " suppresses nothing. Write '# unitlint: disable=SD301' for the line below or"
                        + " '# unitlint: disable-file=SD301' for the whole file, optionally followed by ' -- reason'");
            }
            anyPragma |= !Pragmas.of(file).isEmpty();
        }
        if (!anyPragma) {
            return;
        }
        // Only rules some pragma names can have a finding a pragma silences.
        Set<String> named = new HashSet<>();
        for (UnitFile file : files) {
            for (Pragma pragma : Pragmas.of(file)) {
                named.addAll(pragma.resolvedIds());
            }
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> unjudged = new HashSet<>();
        Set<String> unitSetDependent = new HashSet<>();
        List<Rule> versionDependent = new ArrayList<>();
        for (Rule rule : BuiltInRules.all()) {
            if (named.contains(rule.id()) && !rule.id().equals(id())) {
                RuleContext inner = run(rule, unit, context.systemdVersion(), context, findings);
                if (inner.missedUnitSet()) {
                    unjudged.add(rule.id());
                }
                if (inner.askedForUnitSet()) {
                    unitSetDependent.add(rule.id());
                } else if (inner.askedForVersion()) {
                    versionDependent.add(rule);
                }
            }
        }
        SuppressionFilter filter = new SuppressionFilter(files);
        Set<String> used = usedPragmas(filter, findings);
        Set<String> usedAtSomeRelease = null;
        for (UnitFile file : files) {
            if (!unit.readsAlone(file)) {
                // A drop-in other units read too: its pragma may be used by one of them.
                continue;
            }
            for (Pragma pragma : Pragmas.of(file)) {
                for (int i = 0; i < pragma.ruleIds().size(); i++) {
                    String ruleId = pragma.resolvedIds().get(i);
                    if (ruleId.equals(id()) || used.contains(key(pragma, ruleId)) || unjudged.contains(ruleId)) {
                        continue;
                    }
                    if (usedAtSomeRelease == null && versionDependent.stream().anyMatch(r -> r.id().equals(ruleId))) {
                        usedAtSomeRelease = usedAtAnyRelease(versionDependent, unit, context, filter);
                    }
                    boolean removable = !unitSetDependent.contains(ruleId)
                            && (usedAtSomeRelease == null || !usedAtSomeRelease.contains(key(pragma, ruleId)));
                    context.report(file, pragma.span(), describe(pragma, pragma.ruleIds().get(i), ruleId),
                            removable ? removal(file, pragma, i) : Optional.empty());
                }
            }
        }
    }

    private static RuleContext run(Rule rule, Unit unit, int release, RuleContext context, List<Finding> sink) {
        RuleContext inner = new RuleContext(BuiltInRules.header(rule.id()), release, sink,
                context.unitsGiven().orElse(null));
        rule.check(unit, inner);
        return inner;
    }

    private static Set<String> usedPragmas(SuppressionFilter filter, List<Finding> findings) {
        Set<String> used = new HashSet<>();
        for (Finding finding : findings) {
            filter.suppressing(finding).ifPresent(p -> used.add(key(p, finding.ruleId())));
        }
        return used;
    }

    /**
     * The pragmas that the rules which asked for the systemd release use at any release unitlint
     * targets: a suppression silent at this run's release but needed at another is not removed,
     * since the same file may be checked with another {@code --systemd-version}. Every release is
     * asked (the domain is a few dozen), so no threshold in a rule is missed.
     */
    private static Set<String> usedAtAnyRelease(List<Rule> rules, Unit unit, RuleContext context,
            SuppressionFilter filter) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            for (int release = SystemdVersion.OLDEST; release <= SystemdVersion.NEWEST; release++) {
                run(rule, unit, release, context, findings);
            }
        }
        return usedPragmas(filter, findings);
    }

    /**
     * Takes an unused rule out of the comment (the whole comment line when it is the only one):
     * a pragma that silences nothing has no effect, so removing it changes no result. None for a
     * word that names no rule (perhaps a misspelt one) and for a pragma above a blank line
     * (perhaps misplaced): those are for a person. The caller offers none either for a rule that
     * looked at other units (they may change) or that reports at another systemd release.
     */
    private static Optional<Fix> removal(UnitFile file, Pragma pragma, int index) {
        String ruleId = pragma.resolvedIds().get(index);
        int line = pragma.span().startLine();
        Optional<CommentLine> comment = file.comments().stream().filter(c -> c.firstLine() == line
                && c.lastLine() == line).findFirst();
        if (BuiltInRules.byId(ruleId).isEmpty() || (!pragma.fileWide() && pragma.lastLine() == 0)
                || comment.isEmpty()) {
            return Optional.empty();
        }
        FileEdits edits = FileEdits.of(file);
        String description = "Remove " + pragma.ruleIds().get(index) + " from the suppression";
        if (pragma.ruleIds().size() == 1) {
            return Fix.of(Applicability.SAFE, description, List.of(edits.deleteLine(comment.get())));
        }
        String text = file.physicalLine(line);
        List<int[]> ranges = Pragmas.ruleRanges(text);
        if (ranges.size() != pragma.ruleIds().size()) {
            return Optional.empty();
        }
        // The rule and the comma on one side of it: before it, or after it for the first one.
        int from = index > 0 ? ranges.get(index - 1)[1] : ranges.get(0)[0];
        int to = index > 0 ? ranges.get(index)[1] : ranges.get(1)[0];
        return Fix.of(Applicability.SAFE, description, List.of(edits.replace(new Span(line,
                text.codePointCount(0, from) + 1, line, text.codePointCount(0, to) + 1), "")));
    }

    private static String key(Pragma pragma, String ruleId) {
        return pragma.path() + "\u0000" + pragma.span().startLine() + "\u0000" + ruleId;
    }

    /**
     * @param written the rule as the comment names it ({@code SD301} or {@code restart-always-oneshot})
     * @param ruleId  its ID, or {@code written} when it names no rule
     */
    private static String describe(Pragma pragma, String written, String ruleId) {
        if (BuiltInRules.byId(ruleId).isEmpty()) {
            return written + " is not a unitlint rule, so this suppression suppresses nothing"
                    + RuleNames.hint(written, "'unitlint rules' lists the rule IDs and names");
        }
        if (pragma.fileWide()) {
            return "disable-file=" + written + " suppresses nothing: " + written + " reports nothing in this file."
                    + " Remove " + written + " from the comment";
        }
        if (pragma.lastLine() == 0) {
            return "disable=" + written + " suppresses nothing: a suppression covers the first line below its"
                    + " comments, and here that is a blank line or the end of the file. Move the comment directly"
                    + " above the line it is meant for";
        }
        return "disable=" + written + " suppresses nothing: " + written + " reports nothing on line "
                + pragma.firstLine() + ". Remove " + written + " from the comment, or move it directly above the"
                + " line it is meant for";
    }
}
