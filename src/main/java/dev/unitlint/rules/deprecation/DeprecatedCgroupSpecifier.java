package dev.unitlint.rules.deprecation;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.values.Specifiers;

/**
 * The control-group specifiers {@code %c}, {@code %r} and {@code %R}: deprecated and no
 * longer documented; systemd warns when it expands them (src/core/unit-printf.c): "Specifier
 * '%c' used in unit configuration, which is deprecated. Please update your unit file, as it
 * does not work as intended."
 */
@RuleId("SD704")
public final class DeprecatedCgroupSpecifier implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (UnitFile file : unit.files()) {
            for (Section section : file.sections()) {
                if (section.name().equals("Install")) {
                    // [Install] has its own, smaller set of specifiers, expanded by systemctl.
                    continue;
                }
                for (Entry entry : section.entries()) {
                    if (!entry.isAssignment()) {
                        continue;
                    }
                    String text = entry.valueText();
                    Specifiers.forEach(text, (i, letter) -> {
                        if (Specifiers.isDeprecated(letter)) {
                            context.report(file, entry.value().span(i, i + 2), "the specifier '%" + letter
                                    + "' is deprecated and does not work as intended (systemd warns \"Specifier '%"
                                    + letter + "' used in unit configuration, which is deprecated\"). Use a fixed"
                                    + " path, e.g. /sys/fs/cgroup/… with the unit's slice, or write %%" + letter
                                    + " for a literal '%" + letter + "'");
                        }
                    });
                }
            }
        }
    }
}
