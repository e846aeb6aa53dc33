package dev.unitlint.rules.refusals;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.List;

/**
 * A socket unit with no Listen*= setting: socket_verify() refuses it. An empty Listen*=
 * assignment clears every address set before it.
 */
@RuleId("SD410")
public final class SocketWithoutListen implements Rule {

    static final List<String> LISTEN_KEYS = List.of("ListenStream", "ListenDatagram", "ListenSequentialPacket",
            "ListenFIFO", "ListenNetlink", "ListenSpecial", "ListenMessageQueue", "ListenUSBFunction");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SOCKET || !WholeUnit.applies(unit)
                || !WholeUnit.validSharedList(unit, "Socket", LISTEN_KEYS, context.systemdVersion()).isEmpty()) {
            return;
        }
        if (WholeUnit.reportIgnoredItems(unit, context, "Socket", LISTEN_KEYS, "Listen*= address", "systemd refuses to"
                + " load the socket (\"Unit has no Listen setting (ListenStream=, ListenDatagram=, ListenFIFO=, ...)."
                + " Refusing.\"). Fix the address (see the finding on it)")) {
            return;
        }
        boolean cleared = LISTEN_KEYS.stream().anyMatch(key -> !unit.assignments("Socket", key).isEmpty());
        String message = "this socket unit listens on nothing" + (cleared ? " (an empty Listen*= clears the addresses"
                + " before it)" : "") + ": systemd refuses to load it (\"Unit has no Listen setting (ListenStream=,"
                + " ListenDatagram=, ListenFIFO=, ...). Refusing.\"). Add ListenStream= or another Listen*= setting";
        WholeUnit.reportAtLatest(unit, context, "Socket", message, LISTEN_KEYS);
    }
}
