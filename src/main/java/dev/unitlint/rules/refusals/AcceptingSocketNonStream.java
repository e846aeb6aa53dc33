package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accept=yes on a socket unit with a listener that cannot accept connections: datagram
 * sockets, FIFOs, special files, netlink, message queues and USB functions. socket_verify()
 * refuses the unit ("Unit configured for accepting sockets, but sockets are non-accepting").
 */
@RuleId("SD418")
public final class AcceptingSocketNonStream implements Rule {

    /** Only stream and sequential-packet sockets have connections to accept (have_non_accept_socket()). */
    private static final Set<String> ACCEPTING = Set.of("ListenStream", "ListenSequentialPacket");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SOCKET || !WholeUnit.applies(unit)
                || !WholeUnit.bool(unit, "Socket", "Accept", false)) {
            return;
        }
        List<Assignment> listeners = WholeUnit.sharedList(unit, "Socket", SocketWithoutListen.LISTEN_KEYS);
        Optional<Assignment> nonAccepting = listeners.stream().filter(a -> !ACCEPTING.contains(a.key())).findFirst();
        if (nonAccepting.isEmpty()) {
            return;
        }
        Assignment listener = nonAccepting.get();
        context.reportKey(listener, listener.key() + "= cannot accept connections, but Accept=yes asks for it: systemd"
                + " refuses to load this socket (\"Unit configured for accepting sockets, but sockets are"
                + " non-accepting. Refusing.\"). Only ListenStream= and ListenSequentialPacket= sockets have"
                + " connections; set Accept=no, or move " + listener.key() + "= to a socket unit of its own");
    }
}
