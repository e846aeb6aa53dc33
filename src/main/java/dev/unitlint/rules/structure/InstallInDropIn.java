package dev.unitlint.rules.structure;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;

/**
 * An [Install] setting in a drop-in that {@code systemctl enable} does not read. systemctl reads
 * [Install] from the unit file and, since systemd 236 (PR #7158), from the drop-ins of the
 * unit's own {@code NAME.d/} folder and its template's; never from dash-prefix
 * ({@code foo-.service.d/}) or type-wide ({@code service.d/}) folders (systemd issue #22230).
 * There WantedBy=, Alias= and Also= are never acted on: the unit is not enabled where the
 * drop-in says. Checked with {@code systemctl --root} of systemd 252.
 */
@RuleId("SD109")
public final class InstallInDropIn implements Rule {

    /** The first release whose systemctl reads [Install] from a unit's own drop-ins. */
    static final int OWN_DROP_INS_READ_FROM = 236;

    @Override
    public void check(Unit unit, RuleContext context) {
        boolean ownFoldersRead = context.systemdVersion() >= OWN_DROP_INS_READ_FROM;
        for (UnitFile dropIn : unit.dropIns()) {
            if (ownFoldersRead && unit.readsInstall(dropIn)) {
                continue;
            }
            String why = ownFoldersRead
                    ? "systemctl enable and disable read [Install] from the unit file and the drop-ins of its own"
                            + " " + unit.name().name() + ".d/ folder (or its template's), not from this folder. Move it there"
                    : "systemctl " + context.systemdVersion() + " reads [Install] from the unit file only (drop-ins"
                            + " count from systemd " + OWN_DROP_INS_READ_FROM + " on). Move it to the unit file";
            for (Section section : dropIn.sections()) {
                if (!section.name().equals("Install")) {
                    continue;
                }
                for (Entry entry : section.entries()) {
                    if (entry.isAssignment() && !KnownKeys.isExtension(entry.key())) {
                        context.report(dropIn, entry.keySpan(), entry.key() + "= in the [Install] section of this drop-in"
                                + " is ignored: " + why + " (or a copy of the unit in /etc/systemd/system)");
                    }
                }
            }
        }
    }
}
