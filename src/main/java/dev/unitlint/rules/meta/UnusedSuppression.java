package dev.unitlint.rules.meta;

import dev.unitlint.findings.Finding;
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
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SD901: a {@code # unitlint: disable=} comment that silences nothing. It runs every other
 * rule over the unit itself (ignoring the configured selection), so the verdict does not
 * depend on which rules a run enables: a pragma for a rule switched off in one run is still
 * needed in another.
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
        for (Rule rule : BuiltInRules.all()) {
            String ruleId = rule.id();
            if (named.contains(ruleId) && !ruleId.equals(id())) {
                rule.check(unit, new RuleContext(BuiltInRules.header(ruleId), context.systemdVersion(), findings, null));
            }
        }
        SuppressionFilter filter = new SuppressionFilter(files);
        Set<String> used = new HashSet<>();
        for (Finding finding : findings) {
            filter.suppressing(finding).ifPresent(p -> used.add(key(p, finding.ruleId())));
        }
        for (UnitFile file : files) {
            for (Pragma pragma : Pragmas.of(file)) {
                for (int i = 0; i < pragma.ruleIds().size(); i++) {
                    String ruleId = pragma.resolvedIds().get(i);
                    if (ruleId.equals(id()) || used.contains(key(pragma, ruleId))) {
                        continue;
                    }
                    context.report(file, pragma.span(), describe(pragma, pragma.ruleIds().get(i), ruleId));
                }
            }
        }
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
