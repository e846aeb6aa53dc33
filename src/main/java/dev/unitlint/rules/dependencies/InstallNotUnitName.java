package dev.unitlint.rules.dependencies;

import java.util.Optional;
import java.util.List;
import dev.unitlint.syntax.Span;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Applicability;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.dependencies.Dependencies.Named;
import dev.unitlint.values.Specifiers;

/**
 * {@code [Install] WantedBy=}, {@code RequiredBy=}, {@code UpheldBy=} or {@code Also=} values
 * that are not unit names, e.g. {@code WantedBy=multi-user} without the {@code .target}
 * suffix. {@code systemctl enable} fails: "Failed to enable unit, "multi-user" is not a valid
 * unit name." ({@code Also=}: "Invalid argument"). systemd-analyze verify does not look at
 * [Install], so the mistake only shows when the package is installed.
 */
@RuleId("SD608")
public final class InstallNotUnitName implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (Named target : Dependencies.of(unit, "Install", "WantedBy", "RequiredBy", "UpheldBy", "Also")) {
            String name = target.name();
            if (Specifiers.contains(name) || isUnitName(name)) {
                continue;
            }
            String key = target.assignment().key();
            String hint = name.contains(".") ? "" : " Did you mean " + name + (key.equals("Also") ? ".service" : ".target") + "?";
            Span word = target.assignment().entry().value().span(target.word().from(), target.word().to());
            context.report(target.assignment().file(), word,
                    "'" + name + "' is not a unit name (a unit name ends in a type suffix such as .target or"
                            + " .service): systemctl enable fails with \"" + name + "\" is not a valid unit name."
                            + hint, addTarget(target, name, word));
        }
    }

    /** unit_name_is_valid(): a known type suffix, a non-empty prefix of allowed characters. */
    static boolean isUnitName(String name) {
        if (name.length() > 255 || name.startsWith(".")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) && c < 128 || ":-_.\\@".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return UnitName.parse(name).filter(n -> !n.prefix().isEmpty()).isPresent();
    }

    /**
     * WantedBy=multi-user (RequiredBy=, UpheldBy=): those keys name targets nearly always, so a
     * name without a suffix gets .target when that makes a unit name and the word is written
     * plainly in the file. Also= names units of any type, so it gets no fix.
     */
    private static Optional<Fix> addTarget(Named target, String name, Span word) {
        String written = target.assignment().value().substring(target.word().from(), target.word().to());
        if (target.assignment().key().equals("Also") || name.contains(".") || !written.equals(name)
                || !isUnitName(name + ".target")) {
            return Optional.empty();
        }
        return Fix.of(Applicability.SAFE, "Write " + name + ".target",
                List.of(FileEdits.of(target.assignment().file()).replace(word, name + ".target")));
    }
}
