package dev.unitlint.rules.structure;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;

/**
 * An [Install] setting in a drop-in. {@code systemctl enable} reads [Install] from the unit
 * file only, so WantedBy=, Alias= and Also= in a drop-in are never acted on: the unit is not
 * enabled where the drop-in says.
 */
@RuleId("SD109")
public final class InstallInDropIn implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (UnitFile dropIn : unit.dropIns()) {
            for (Section section : dropIn.sections()) {
                if (!section.name().equals("Install")) {
                    continue;
                }
                for (Entry entry : section.entries()) {
                    if (entry.isAssignment() && !KnownKeys.isExtension(entry.key())) {
                        context.report(dropIn, entry.keySpan(), entry.key() + "= in the [Install] section of a drop-in is ignored:"
                                + " systemctl enable and disable read [Install] from the unit file only. Move it to the unit"
                                + " file (or a copy of it in /etc/systemd/system)");
                    }
                }
            }
        }
    }
}
