package dev.unitlint.rules.dependencies;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.dependencies.Dependencies.Named;
import dev.unitlint.values.Booleans;
import java.util.List;
import java.util.Optional;

/**
 * JoinsNamespaceOf= between units that have no namespace to share. systemd.unit(5): "this setting
 * only has an effect if PrivateNetwork=/NetworkNamespacePath=, PrivateIPC=/IPCNamespacePath= and/or
 * PrivateTmp= is enabled for both the unit that joins the namespace and the unit whose namespace is
 * joined"; systemd.exec(5): PrivateTmp=disconnected is not shared "even if the JoinsNamespaceOf=
 * directive is used". The joining unit is checked always, the joined one when the whole set is known.
 */
@RuleId("SD612")
public final class JoinsNamespaceWithoutNamespace implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        List<Named> joined = Dependencies.of(unit, "Unit", "JoinsNamespaceOf");
        if (joined.isEmpty() || !unit.hasBase()) {
            return;
        }
        if (!hasNamespace(unit)) {
            Named first = joined.get(0);
            context.reportKey(first.assignment(), "JoinsNamespaceOf= has no effect: this unit has none of"
                    + " PrivateNetwork=, NetworkNamespacePath=, PrivateIPC=, IPCNamespacePath= or PrivateTmp=yes, so"
                    + " there is no namespace to share (systemd.unit(5): \"only has an effect if … is enabled for both"
                    + " the unit that joins the namespace and the unit whose namespace is joined\"). Set the same"
                    + " Private…= setting in both units");
            return;
        }
        Optional<UnitSet> set = context.unitSet();
        if (set.isEmpty()) {
            return;
        }
        for (Named n : joined) {
            Optional<Unit> other = set.get().find(n.name());
            if (other.isPresent() && other.get().hasBase() && !hasNamespace(other.get())) {
                context.report(n.assignment().file(), n.assignment().entry().value().span(n.word().from(),
                        n.word().to()), n.name() + " has none of PrivateNetwork=, NetworkNamespacePath=, PrivateIPC=,"
                        + " IPCNamespacePath= or PrivateTmp=yes, so JoinsNamespaceOf=" + n.name() + " joins nothing"
                        + " (systemd.unit(5)). Set the same Private…= setting in " + n.name());
            }
        }
    }

    /** Whether the unit has a namespace another unit can join. */
    static boolean hasNamespace(Unit unit) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return false;
        }
        String s = section.get();
        return Settings.bool(unit, s, "PrivateNetwork", false)
                || Settings.inForce(unit, s, "NetworkNamespacePath").isPresent()
                || Settings.bool(unit, s, "PrivateIPC", false)
                || Settings.inForce(unit, s, "IPCNamespacePath").isPresent()
                || Settings.value(unit, s, "PrivateTmp").map(v -> Booleans.parse(v).orElse(false)).orElse(false);
    }
}
