package dev.unitlint.rules.meaning;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.restart.RestartPolicy;
import java.util.Optional;

/**
 * DynamicUser=yes with what systemd.exec(5) says it does not go with: "this option is currently
 * incompatible with D-Bus policies, thus a service using this option may currently not allocate a
 * D-Bus service name" (warning: a Type=dbus service never gets its name), and "do not use BindPaths="
 * (information: files created through the bind mount outlive the dynamic user and its UID may be
 * reused).
 */
@RuleId("SD712")
public final class DynamicUserIncompatible implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty() || !unit.hasBase()) {
            return;
        }
        Optional<Assignment> dynamic = Settings.ifTrue(unit, section.get(), "DynamicUser");
        if (dynamic.isEmpty()) {
            return;
        }
        if (unit.type() == UnitType.SERVICE) {
            Optional<Assignment> busName = Settings.inForce(unit, "Service", "BusName");
            String type = RestartPolicy.of(unit, context.systemdVersion()).type();
            // With User= a static user of that name, which D-Bus policies can name, is used if it exists.
            if ((busName.isPresent() || type.equals("dbus")) && Settings.inForce(unit, "Service", "User").isEmpty()) {
                context.reportKey(dynamic.get(), "DynamicUser=yes cannot own a D-Bus name: D-Bus policies cannot name"
                        + " a dynamic user (systemd.exec(5)), so " + (busName.isPresent() ? "BusName="
                        + busName.get().value() : "the bus name") + " is never acquired" + (type.equals("dbus")
                        ? " and this Type=dbus service never finishes starting" : "") + ". Use a static system user"
                        + " (User= with sysusers.d)");
            }
        }
        for (String key : new String[] {"BindPaths", "BindReadOnlyPaths"}) {
            if (key.equals("BindReadOnlyPaths")) {
                continue;
            }
            unit.list(section.get(), key).stream().filter(a -> !a.isEmpty()).findFirst().ifPresent(a ->
                    context.report(Severity.INFO, a.file(), a.entry().keySpan(), key + "= with DynamicUser=yes lets the"
                            + " service create files outside the directories systemd manages for it; they stay behind,"
                            + " owned by a UID that a later unit may get (systemd.exec(5): \"do not use BindPaths=\")."
                            + " Use StateDirectory=, CacheDirectory= or LogsDirectory=, or BindReadOnlyPaths="));
        }
    }
}
