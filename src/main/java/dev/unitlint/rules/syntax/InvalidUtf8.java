package dev.unitlint.rules.syntax;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.SyntaxProblem;
import dev.unitlint.syntax.UnitFile;

/** Bytes that are not UTF-8 outside comments: systemd rejects the line and fails to load the unit. */
@RuleId("SD004")
public final class InvalidUtf8 implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (UnitFile file : unit.files()) {
            for (SyntaxProblem problem : file.problems()) {
                if (problem.kind() == SyntaxProblem.Kind.INVALID_UTF8) {
                    context.report(file, problem.span(), "invalid UTF-8 (" + problem.detail() + "): systemd rejects"
                            + " this line (\"String is not UTF-8 clean\") and fails to load the unit. Save the file"
                            + " as UTF-8");
                }
            }
        }
    }
}
