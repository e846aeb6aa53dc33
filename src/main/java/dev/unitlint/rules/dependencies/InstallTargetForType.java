package dev.unitlint.rules.dependencies;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.dependencies.Dependencies.Named;
import dev.unitlint.syntax.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A timer or socket installed into {@code multi-user.target} (or {@code graphical.target})
 * instead of its own target. systemd.timer(5) and systemd.socket(5): timers belong in
 * {@code timers.target}, sockets in {@code sockets.target}; both are reached early, before
 * {@code basic.target}. A socket started only with multi-user.target may come up after the
 * service it should activate was already started another way, and a timer misses the early
 * boot window.
 */
@RuleId("SD604")
public final class InstallTargetForType implements Rule {

    private static final Map<UnitType, String> OWN_TARGET = Map.of(
            UnitType.TIMER, "timers.target",
            UnitType.SOCKET, "sockets.target",
            UnitType.PATH, "paths.target");

    @Override
    public void check(Unit unit, RuleContext context) {
        String own = OWN_TARGET.get(unit.type());
        if (own == null || !unit.hasBase() || Dependencies.names(unit, "Install", own, "WantedBy", "RequiredBy")) {
            return;
        }
        for (Named target : Dependencies.of(unit, "Install", "WantedBy", "RequiredBy")) {
            if (target.name().equals("multi-user.target") || target.name().equals("graphical.target")) {
                Span word = target.assignment().entry().value().span(target.word().from(), target.word().to());
                context.report(target.assignment().file(), word,
                        "a ." + unit.type().suffix() + " unit is installed into " + target.name() + ", so it starts"
                                + " only late in the boot; " + unit.type().suffix() + " units belong in " + own
                                + ", which is reached before basic.target. Use " + target.assignment().key() + "="
                                + own, target.written().equals(target.name())
                                // Unsafe: the unit then starts earlier in the boot, before units it may
                                // be ordered after (a cycle for a socket ordered after a late service).
                                ? Fix.of(Applicability.UNSAFE, "Write " + own + " instead of " + target.name(),
                                        List.of(FileEdits.of(target.assignment().file()).replace(word, own)))
                                : Optional.empty());
                return;
            }
        }
    }
}
