package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * A glob in a device path of DeviceAllow=. systemd.resource-control(5): the device group
 * (char-…/block-…) "is matched according to filename globbing rules … (Note that such globbing
 * wildcards are not available for device node path specifications!)": /dev/ttyUSB* is taken as the
 * name of one node that does not exist, so no device is allowed.
 */
@RuleId("SD722")
public final class DeviceAllowGlob implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        String section = unit.type().ownSection();
        if (section == null) {
            return;
        }
        for (Assignment a : unit.list(section, "DeviceAllow")) {
            String v = a.value();
            String device = v.strip().split("\\s+", 2)[0];
            if (!device.startsWith("/dev/") || device.chars().noneMatch(c -> c == '*' || c == '?' || c == '[')) {
                continue;
            }
            int at = v.indexOf(device);
            context.report(a.file(), a.entry().value().span(at, at + device.length()), "DeviceAllow=" + device
                    + " is a path, and paths take no wildcards (systemd.resource-control(5)), so no device matches and"
                    + " access stays denied. List the nodes one by one, or use the device group, e.g. char-ttyUSB");
        }
    }
}
