package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.Booleans;
import java.util.Map;
import java.util.Optional;

/**
 * A setting that DynamicUser=yes overrides. systemd.exec(5), DynamicUser=: "RemoveIPC= is implied
 * (and cannot be turned off)", "NoNewPrivileges= and RestrictSUIDSGID= are implicitly enabled (and
 * cannot be disabled)", "ProtectSystem=strict and ProtectHome=read-only are implied", and PrivateTmp=
 * is implied. Written as "no", these lines look like they open something up and do not.
 */
@RuleId("SD711")
public final class DynamicUserOverrides implements Rule {

    /** Settings DynamicUser=yes forces, and what it forces them to. */
    private static final Map<String, String> FORCED = Map.of(
            "RemoveIPC", "yes", "NoNewPrivileges", "yes", "RestrictSUIDSGID", "yes", "PrivateTmp", "disconnected",
            "ProtectSystem", "strict", "ProtectHome", "read-only");

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty() || Settings.ifTrue(unit, section.get(), "DynamicUser").isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> e : FORCED.entrySet()) {
            Optional<Assignment> a = Settings.inForce(unit, section.get(), e.getKey())
                    .filter(x -> !Booleans.parse(x.value()).orElse(true));
            a.ifPresent(x -> context.reportValue(x, e.getKey() + "=" + x.value() + " has no effect with"
                    + " DynamicUser=yes,"
                    + " which implies " + e.getKey() + "=" + e.getValue() + " (systemd.exec(5), DynamicUser=)."
                    + (e.getKey().equals("ProtectSystem") || e.getKey().equals("ProtectHome")
                    ? " To let the service write somewhere, use StateDirectory=, ReadWritePaths= or similar"
                    : " Remove the line")));
        }
    }
}
