package dev.unitlint.rules.syntax;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.SyntaxProblem;
import dev.unitlint.syntax.UnitFile;

/** A line over systemd's LONG_LINE_MAX (1 MiB), alone or joined from continuations: the unit fails to load. */
@RuleId("SD005")
public final class LineTooLong implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (UnitFile file : unit.files()) {
            for (SyntaxProblem problem : file.problems()) {
                if (problem.kind() == SyntaxProblem.Kind.LINE_TOO_LONG) {
                    context.report(file, problem.span(), problem.detail() + ": systemd stops reading the file"
                            + " (\"Line too long\") and fails to load the unit");
                }
            }
        }
    }
}
