package dev.unitlint.rules.references;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.model.UnitSet;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.CommandLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which socket units hand their file descriptors to a service (systemd.service(5), Sockets=; systemd.socket(5)). */
final class SocketActivation {

    private SocketActivation() {
    }

    /**
     * The names of the sockets that pass descriptors to {@code service}: those in its Sockets=, the
     * socket of its own name (foo.socket for foo.service; for an instance foo@x.service, foo.socket
     * with Accept=yes), and any socket in the set whose Service= names it.
     */
    static List<String> socketsOf(Unit service, UnitSet set) {
        List<String> sockets = new ArrayList<>();
        for (Assignment a : service.assignments("Service", "Sockets")) {
            CommandLine.words(a.value()).forEach(w -> sockets.add(w.text()));
        }
        UnitName name = service.name();
        String own = (name.instance() != null ? name.prefix() : name.name().substring(0, name.name().lastIndexOf('.')))
                + ".socket";
        Optional<Unit> socket = set.find(own);
        if (socket.isPresent()) {
            boolean accept = Settings.bool(socket.get(), "Socket", "Accept", false);
            if (accept == (name.instance() != null || name.isTemplate())) {
                sockets.add(own);
            }
        }
        if (name.instance() == null && !name.isTemplate()) {
            String plain = name.name().substring(0, name.name().lastIndexOf('.')) + ".socket";
            if (set.find(plain).isPresent() && !sockets.contains(plain)) {
                sockets.add(plain);
            }
        }
        for (Unit u : set.units()) {
            if (u.type() == UnitType.SOCKET && Settings.value(u, "Socket", "Service")
                    .filter(name.name()::equals).isPresent()) {
                sockets.add(u.name().name());
            }
        }
        return sockets;
    }
}
