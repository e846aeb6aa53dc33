package dev.unitlint.rules.deprecation;

import dev.unitlint.syntax.Span;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Applicability;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.List;

/**
 * A path below the legacy {@code /var/run/} in a setting that systemd rewrites to
 * {@code /run/} with a notice (patch_var_run() in load-fragment.c): {@code PIDFile=} and the
 * file-system {@code Listen*=} settings of sockets.
 */
@RuleId("SD703")
public final class VarRunPath implements Rule {

    private static final List<String> SOCKET_KEYS = List.of("ListenStream", "ListenDatagram",
            "ListenSequentialPacket", "ListenFIFO");

    @Override
    public void check(Unit unit, RuleContext context) {
        List<String> keys;
        if (unit.type() == UnitType.SERVICE) {
            keys = List.of("PIDFile");
        } else if (unit.type() == UnitType.SOCKET) {
            keys = SOCKET_KEYS;
        } else {
            return;
        }
        for (String key : keys) {
            for (Assignment a : unit.assignments(unit.type().ownSection(), key)) {
                String value = a.value().strip();
                if (value.startsWith("/var/run/")) {
                    String fixed = "/run/" + value.substring("/var/run/".length());
                    int from = a.value().indexOf("/var/run/");
                    Span legacy = a.entry().value().span(from, from + "/var/run".length());
                    context.report(a.file(), legacy, key
                            + "= references a path below the legacy directory /var/run/: systemd rewrites it to "
                            + fixed + " (\"please update the unit file accordingly\"). Write " + key + "=" + fixed,
                            Fix.of(Applicability.SAFE, "Write " + key + "=" + fixed,
                                    List.of(FileEdits.of(a.file()).replace(legacy, "/run"))));
                }
            }
        }
    }
}
