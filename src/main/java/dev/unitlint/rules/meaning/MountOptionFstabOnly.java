package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.Map;

/**
 * An fstab-only x-systemd.… option in Options= of a mount unit file. systemd.mount(5) says of
 * x-systemd.device-timeout=, x-systemd.mount-timeout=, x-systemd.makefs, x-systemd.growfs,
 * x-systemd.pcrfs and x-systemd.validatefs: "this option can only be used in /etc/fstab, and will be
 * ignored when part of the Options= setting in a unit file"; the dependency options
 * (x-systemd.requires=, …) and x-systemd.automount are read only by systemd-fstab-generator too
 * (src/fstab-generator; PID 1's mount.c reads only nofail, _netdev, x-systemd.device-bound and
 * x-systemd.graceful-option), so in a unit file they do nothing either.
 */
@RuleId("SD717")
public final class MountOptionFstabOnly implements Rule {

    /** The option, and what a unit file says instead. */
    private static final Map<String, String> INSTEAD = Map.ofEntries(
            Map.entry("x-systemd.device-timeout", "JobRunningTimeoutSec= in the device's drop-in"),
            Map.entry("x-systemd.mount-timeout", "TimeoutSec= in [Mount]"),
            Map.entry("x-systemd.makefs", "Requires= and After= on systemd-makefs@.service"),
            Map.entry("x-systemd.growfs", "Wants= on systemd-growfs@.service"),
            Map.entry("x-systemd.pcrfs", "Wants= on systemd-pcrfs@.service"),
            Map.entry("x-systemd.validatefs", "Wants= on systemd-validatefs@.service"),
            Map.entry("x-systemd.requires", "Requires= and After= in [Unit]"),
            Map.entry("x-systemd.wants", "Wants= and After= in [Unit]"),
            Map.entry("x-systemd.before", "Before= in [Unit]"),
            Map.entry("x-systemd.after", "After= in [Unit]"),
            Map.entry("x-systemd.wanted-by", "WantedBy= in [Install]"),
            Map.entry("x-systemd.required-by", "RequiredBy= in [Install]"),
            Map.entry("x-systemd.requires-mounts-for", "RequiresMountsFor= in [Unit]"),
            Map.entry("x-systemd.wants-mounts-for", "WantsMountsFor= in [Unit]"),
            Map.entry("x-systemd.automount", "an .automount unit of the same name"),
            Map.entry("x-systemd.idle-timeout", "TimeoutIdleSec= in the .automount unit"),
            Map.entry("x-systemd.rw-only", "ReadWriteOnly=yes in [Mount]"));

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.MOUNT) {
            return;
        }
        for (Assignment a : unit.assignments("Mount", "Options")) {
            String text = a.value();
            int start = 0;
            for (String option : text.split(",", -1)) {
                String name = option.strip();
                int eq = name.indexOf('=');
                String key = eq < 0 ? name : name.substring(0, eq);
                if (INSTEAD.containsKey(key)) {
                    int at = text.indexOf(name, start);
                    context.report(a.file(), a.entry().value().span(at, at + name.length()), key + " in Options= of a"
                            + " mount unit file is ignored: systemd-fstab-generator reads it from /etc/fstab,"
                            + " PID 1 does"
                            + " not (systemd.mount(5)). Use " + INSTEAD.get(key) + " instead");
                }
                start += option.length() + 1;
            }
        }
    }
}
