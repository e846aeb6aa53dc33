package dev.unitlint.rules.links;

import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitLink.Role;
import dev.unitlint.model.UnitLink.Status;
import dev.unitlint.rules.LinkRule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * A plain file in a {@code NAME.wants/} (.requires/, .upholds/) folder. systemd reads only
 * symbolic links there; a file is skipped with "… dependency dropin … is not a symlink,
 * ignoring." (process_deps() in src/core/load-dropin.c), so the dependency it was meant to
 * add is not there. Typically a link that an archive or a copy turned into a file. Before
 * systemd 233 any entry counted by its name, so older targets are left alone.
 */
@RuleId("SD009")
public final class DependencyEntryNotALink implements LinkRule {

    @Override
    public void check(UnitLink link, RuleContext context) {
        if (link.role() != Role.DEPENDENCY || link.status() != Status.NOT_A_LINK || context.systemdVersion() < 233) {
            return;
        }
        String folder = link.folderName();
        String owner = folder.substring(0, folder.lastIndexOf('.'));
        context.reportLink(link, "a plain file in " + folder + "/, where systemd reads only symbolic links: it"
                + " ignores this one (\"is not a symlink, ignoring\"), so " + owner + " gets no dependency on "
                + link.name() + ". Make it a symbolic link to the unit file (ln -s ../" + link.name() + ")");
    }
}
