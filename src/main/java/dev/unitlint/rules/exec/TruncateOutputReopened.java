package dev.unitlint.rules.exec;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.List;
import java.util.Optional;

/**
 * StandardOutput=truncate:… or StandardError=truncate:… on a service with more than one command
 * line. systemd.exec(5): "the output file is reopened and therefore re-truncated for each command
 * line"; "truncate:path is typically only useful for units where only one process runs at a time,
 * such as services with a single ExecStart= and no ExecStartPost=, ExecReload=, ExecStop= or
 * similar."
 */
@RuleId("SD517")
public final class TruncateOutputReopened implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        List<ExecLines.ExecLine> lines = ExecLines.inForce(unit);
        if (lines.size() < 2) {
            return;
        }
        for (String key : List.of("StandardOutput", "StandardError")) {
            Optional<Assignment> output = Settings.inForce(unit, "Service", key)
                    .filter(a -> a.value().startsWith("truncate:"));
            output.ifPresent(a -> context.reportValue(a, key + "=" + a.value() + " truncates the file again for each of"
                    + " the " + lines.size() + " command lines of this service (" + String.join(", ", lines.stream()
                    .map(l -> l.key() + "=").distinct().toList()) + "), so the output of the earlier ones is lost"
                    + " (systemd.exec(5)). Use append: and rotate the file, or file:"));
        }
    }
}
