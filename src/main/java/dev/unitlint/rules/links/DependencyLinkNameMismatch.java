package dev.unitlint.rules.links;

import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitLink.Role;
import dev.unitlint.model.UnitLink.Status;
import dev.unitlint.model.UnitName;
import dev.unitlint.rules.LinkRule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.Optional;

/**
 * A link in a {@code NAME.wants/} (.requires/, .upholds/) folder whose target has another
 * name. systemd makes the dependency on the entry's own name, ignores the target, and warns
 * "Wants dependency dropin … target … has different name" (process_deps() in
 * src/core/load-dropin.c; unit_symlink_name_compatible() in src/basic/unit-file.c accepts
 * the same name, and an instance pointing at its template). The warning came with systemd 233.
 */
@RuleId("SD008")
public final class DependencyLinkNameMismatch implements LinkRule {

    @Override
    public void check(UnitLink link, RuleContext context) {
        if (link.role() != Role.DEPENDENCY || link.status() == Status.NOT_A_LINK || link.target().isEmpty()
                || context.systemdVersion() < 233
                || link.target().equals("/dev/null") || compatible(link.name(), link.targetName())) {
            return;
        }
        String folder = link.folderName();
        String kind = folder.substring(folder.lastIndexOf('.') + 1);
        String dependency = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        context.reportLink(link, "this link in " + folder + "/ points to '" + link.target() + "', a unit of another"
                + " name: systemd adds the dependency on " + link.name() + " (the link's own name), ignores the target,"
                + " and warns \"" + dependency + " dependency dropin … has different name\". Name the link after the"
                + " unit it points to");
    }

    private static boolean compatible(String entry, String target) {
        if (entry.equals(target)) {
            return true;
        }
        // An instance may point at its template: getty.target.wants/getty@tty1.service -> ../getty@.service.
        Optional<UnitName> name = UnitName.parse(entry);
        return name.isPresent() && name.get().isInstance()
                && name.get().templateName().map(target::equals).orElse(false);
    }
}
