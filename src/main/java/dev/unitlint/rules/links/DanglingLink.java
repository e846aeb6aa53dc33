package dev.unitlint.rules.links;

import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitLink.Role;
import dev.unitlint.model.UnitLink.Status;
import dev.unitlint.rules.LinkRule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * A unit or drop-in link whose target does not exist in the tree being checked, or a chain
 * of links that loops: systemd finds no file under that name ("Unit … not found"). Entries of
 * {@code .wants/} folders are left out: systemd reads only their names.
 */
@RuleId("SD006")
public final class DanglingLink implements LinkRule {

    @Override
    public void check(UnitLink link, RuleContext context) {
        if (link.role() == Role.DEPENDENCY) {
            return;
        }
        String what = link.role() == Role.DROP_IN ? "this drop-in" : link.name();
        if (link.status() == Status.DANGLING) {
            context.reportLink(link, "symbolic link to '" + link.target() + "', which does not exist in the tree"
                    + " being checked: systemd cannot load " + what + " through it. Point the link at the file,"
                    + " or remove it");
        } else if (link.status() == Status.LOOP) {
            context.reportLink(link, "symbolic link loop: '" + link.target() + "' leads back to itself or through"
                    + " more than 40 links, so systemd cannot load " + what + " through it");
        }
    }
}
