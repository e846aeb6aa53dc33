package dev.unitlint.rules.meaning;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;

/**
 * RemoveOnStop=yes on a socket. systemd.socket(5): "Normally, it should not be necessary to use this
 * option, and is not recommended as services might continue to run after the socket unit has been
 * terminated and it should still be possible to communicate with them via their file system node."
 */
@RuleId("SD728")
public final class SocketRemoveOnStop implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SOCKET) {
            return;
        }
        Settings.ifTrue(unit, "Socket", "RemoveOnStop").ifPresent(a -> context.reportKey(a, "RemoveOnStop=yes deletes"
                + " the socket file when the socket unit stops, while the service may go on running and be reachable"
                + " only through that path (systemd.socket(5): \"not recommended\"). Remove the line unless the service"
                + " stops together with the socket"));
    }
}
