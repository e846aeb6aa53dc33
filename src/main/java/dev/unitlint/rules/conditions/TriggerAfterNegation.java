package dev.unitlint.rules.conditions;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Span;
import java.util.List;

/**
 * A condition written "!|…". systemd.unit(5): "If you prefix an argument with the pipe symbol and
 * an exclamation mark, the pipe symbol must be passed first, the exclamation second." systemd takes
 * the ! as negation and the | as part of the value, so the condition is neither a trigger nor about
 * the value that was meant. (Path conditions then fail to load the line; those are the value rules'.)
 */
@RuleId("SD731")
public final class TriggerAfterNegation implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (Assignment a : unit.assignments("Unit")) {
            if (!Conditions.isCondition(a.key()) && !Conditions.isAssert(a.key())) {
                continue;
            }
            String v = a.value();
            int bang = v.indexOf('!');
            if (bang < 0 || !v.substring(0, bang).isBlank()) {
                continue;
            }
            String rest = v.substring(bang + 1).stripLeading();
            if (!rest.startsWith("|") || rest.length() > 1 && rest.charAt(1) == '/' && a.key().contains("Path")) {
                continue;
            }
            int at = bang;
            Span marks = a.entry().value().span(at, v.indexOf('|', at) + 1);
            context.report(a.file(), marks, a.key() + "=" + v.strip()
                    + " is a negated check of the value '" + rest + "', not a negated trigger: the pipe must come"
                    + " first and the exclamation mark second (systemd.unit(5)). Write " + a.key() + "=|!"
                    + rest.substring(1).stripLeading(),
                    // "!|" cannot mean anything but "|!": the marks are swapped where they are written.
                    Fix.of(Applicability.SAFE, "Write |! instead of !|",
                            List.of(FileEdits.of(a.file()).replace(marks, "|!"))));
        }
    }
}
