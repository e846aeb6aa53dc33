package dev.unitlint.rules.deprecation;

import dev.unitlint.model.UnitType;
import java.util.Set;

/** Unit types that have an execution context (Service, Socket, Mount, Swap) and a kill context (plus Scope). */
final class ExecSections {

    static final Set<UnitType> EXEC = Set.of(UnitType.SERVICE, UnitType.SOCKET, UnitType.MOUNT, UnitType.SWAP);
    static final Set<UnitType> KILL = Set.of(UnitType.SERVICE, UnitType.SOCKET, UnitType.MOUNT, UnitType.SWAP,
            UnitType.SCOPE);

    private ExecSections() {
    }
}
