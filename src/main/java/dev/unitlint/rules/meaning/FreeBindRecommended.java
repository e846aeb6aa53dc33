package dev.unitlint.rules.meaning;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A socket bound to one IP address without FreeBind=yes. systemd.socket(5): "If an IP address is
 * used here, it is often desirable to listen on it before the interface it is configured on is up and
 * running … it is recommended to set the FreeBind= option"; FreeBind=: "For robustness reasons it is
 * recommended to use this option whenever you bind a socket to a specific IP address." Without it the
 * socket fails at boot when the address is not configured yet. Loopback and wildcard addresses are
 * always there and are not reported.
 */
@RuleId("SD729")
public final class FreeBindRecommended implements Rule {

    private static final List<String> KEYS = List.of("ListenStream", "ListenDatagram");
    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d+$");
    private static final Pattern IPV6 = Pattern.compile("^\\[([0-9A-Fa-f:.]+)\\](?:%[^:]+)?:\\d+$");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SOCKET || Settings.bool(unit, "Socket", "FreeBind", false)) {
            return;
        }
        for (Assignment a : Settings.sharedList(unit, "Socket", List.of("ListenStream", "ListenDatagram",
                "ListenSequentialPacket", "ListenFIFO", "ListenSpecial", "ListenNetlink", "ListenMessageQueue",
                "ListenUSBFunction"))) {
            if (!KEYS.contains(a.key())) {
                continue;
            }
            String v = a.value().strip();
            String address = null;
            Matcher m4 = IPV4.matcher(v);
            Matcher m6 = IPV6.matcher(v);
            if (m4.matches()) {
                address = m4.group(1);
                if (address.startsWith("127.") || address.equals("0.0.0.0")) {
                    continue;
                }
            } else if (m6.matches()) {
                address = m6.group(1);
                if (address.equals("::1") || address.equals("::")) {
                    continue;
                }
            } else {
                continue;
            }
            context.reportValue(a, a.key() + "=" + v + " binds to the address " + address + " only; at boot the socket"
                    + " fails when that address is not configured yet (systemd.socket(5) recommends FreeBind="
                    + " \"whenever"
                    + " you bind a socket to a specific IP address\"). Add FreeBind=yes", freeBind(unit, a));
            return;
        }
    }

    /**
     * Adds FreeBind=yes after the listener, when the unit does not set FreeBind= at all (else the
     * fix would choose between two values). Unsafe: the socket then binds to an address the
     * machine may not have, the man page's advice for a person to confirm.
     */
    private static Optional<Fix> freeBind(Unit unit, Assignment listener) {
        if (!unit.assignments("Socket", "FreeBind").isEmpty()) {
            return Optional.empty();
        }
        return Fix.of(Applicability.UNSAFE, "Add FreeBind=yes", List.of(FileEdits.of(listener.file())
                .insertLinesAfter(listener.entry(), List.of("FreeBind=yes"))));
    }
}
