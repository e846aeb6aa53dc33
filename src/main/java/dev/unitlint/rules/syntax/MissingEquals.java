package dev.unitlint.rules.syntax;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.SyntaxProblem;
import dev.unitlint.syntax.UnitFile;

/**
 * A line in a section that is not {@code Key=Value}: no {@code =}, or nothing before it.
 * systemd ignores the line ("Missing '='", "Missing key name before '='"). It says nothing
 * in sections it ignores (unknown or {@code X-} sections), and neither does this rule.
 */
@RuleId("SD001")
public final class MissingEquals implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (UnitFile file : unit.files()) {
            for (Section section : file.sections()) {
                if (!section.header().wellFormed() || !unit.type().sections().contains(section.name())) {
                    continue;
                }
                for (Entry entry : section.entries()) {
                    if (!entry.hasEquals()) {
                        context.report(file, entry.keySpan(), "this line is not a Key=Value assignment (no '='); "
                                + "systemd ignores it. Add '=' and a value, or make it a comment with '#'");
                    } else if (entry.key().isEmpty()) {
                        context.report(file, entry.keySpan(),
                                "there is no key before '='; systemd ignores this line");
                    }
                }
            }
            for (SyntaxProblem problem : file.problems()) {
                if (problem.kind() == SyntaxProblem.Kind.PARSER_ERROR) {
                    context.report(file, problem.span(), "unitlint could not parse this line (" + problem.detail()
                            + "); please report this as a unitlint bug");
                }
            }
        }
    }
}
