package dev.unitlint.rules.dependencies;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import java.util.Optional;

/**
 * An empty assignment to a dependency setting (After=, Wants=, …), Sockets= or Also=, meant to
 * reset it. systemd.unit(5): "Dependencies (After=, etc.) cannot be reset to an empty list, so
 * dependencies can only be added in drop-ins"; systemd.service(5), Sockets=: "clearing the list of
 * sockets again (for example, by assigning the empty string to this option) is not supported".
 * systemd takes the empty value silently and keeps everything set before.
 */
@RuleId("SD614")
public final class EmptyDependencyNotReset implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment a : KnownKeys.readAssignments(unit)) {
            if (!a.isEmpty()) {
                continue;
            }
            Optional<Directive> d = KnownKeys.accepted(unit, a, release);
            if (d.isEmpty() || !d.get().isList() || d.get().emptyResets()) {
                continue;
            }
            context.reportKey(a, "An empty " + a.key() + "= does not reset " + a.key() + "=: dependencies cannot be"
                    + " reset (systemd.unit(5)), so everything set before stays and the lines after it only add."
                    + " To drop a dependency, copy the whole unit file to /etc/systemd/system and edit it there");
        }
    }
}
