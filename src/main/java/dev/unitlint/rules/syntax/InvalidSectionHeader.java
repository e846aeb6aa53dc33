package dev.unitlint.rules.syntax;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.SyntaxProblem;
import dev.unitlint.syntax.UnitFile;

/**
 * A section header systemd cannot read: text after the closing {@code ]}, no {@code ]} at
 * all, or a name with control characters, quotes or backslashes. systemd stops reading the
 * file and refuses the unit ("Invalid section header", "Bad message").
 */
@RuleId("SD003")
public final class InvalidSectionHeader implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (UnitFile file : unit.files()) {
            for (SyntaxProblem problem : file.problems()) {
                if (problem.kind() == SyntaxProblem.Kind.INVALID_SECTION_HEADER) {
                    context.report(file, problem.span(), "invalid section header '" + problem.detail()
                            + "': a header must end with ']'. systemd stops reading the file here and refuses to"
                            + " load the unit");
                } else if (problem.kind() == SyntaxProblem.Kind.UNSAFE_SECTION_NAME) {
                    context.report(file, problem.span(), "section name '" + problem.detail() + "' contains"
                            + " characters systemd does not allow (control characters, quotes or backslashes);"
                            + " it refuses to load the unit");
                }
            }
        }
    }
}
