package dev.unitlint.rules.links;

import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitLink.Role;
import dev.unitlint.model.UnitLink.Status;
import dev.unitlint.rules.LinkRule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * A unit or drop-in link that leads out of the tree being checked. unitlint does not follow
 * it: an absolute target names a file of the machine the unit is installed on, and reading
 * the one on the machine running the check would make results differ between a laptop and
 * a CI runner. So the file behind it is not checked; this says so.
 */
@RuleId("SD007")
public final class LinkOutsideTree implements LinkRule {

    @Override
    public void check(UnitLink link, RuleContext context) {
        if (link.role() == Role.DEPENDENCY || link.status() != Status.OUTSIDE) {
            return;
        }
        context.reportLink(link, "symbolic link to '" + link.target() + "', outside the tree being checked: the file"
                + " it leads to is not checked. Check that file where it is kept, or a whole image with --root DIR"
                + " (absolute links then resolve inside DIR)");
    }
}
