package dev.unitlint.rules.security;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.security.Decider;
import dev.unitlint.security.SecurityAssessment;
import dev.unitlint.security.SecurityAssessment.Result;

/**
 * One of systemd-analyze security's checks as a rule: a row of the table in
 * {@link dev.unitlint.security.SecurityChecks}, so that each check has its ID, document and
 * fixtures while the checks share one assessor per kind, as in systemd. A failing check (badness
 * above 0) is reported where it was decided: the assignment in force, the directive that implies
 * it, or the unit's {@code [Service]} header when nothing sets it. Security rules are off by
 * default ({@code default: off} in their documents); {@code --select SEC} switches them on.
 *
 * <p>The object holds only its ID: the table and the assessment load when a unit is checked, so
 * a run without security rules does not pay for them.
 */
public final class SecurityRule implements Rule {

    private final String id;

    SecurityRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Off by default: a plain lint run would drown in them (rules/SECnnn.md says {@code default: off}). */
    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!SecurityAssessment.scored(unit) || !unit.hasBase()) {
            return;
        }
        SecurityAssessment assessment = SecurityAssessment.of(unit, context.systemdVersion());
        if (assessment.loadError() != null) {
            return; // systemd would not load the unit at all: nothing to score
        }
        Result result = assessment.resultOrNull(id);
        if (result == null || !result.fails()) {
            return;
        }
        Decider at = Decider.at(unit, result.verdict().source());
        if (at != null) {
            context.report(at.file(), at.span(), Decider.message(result));
        }
    }
}
