package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.Optional;
import java.util.Set;

/**
 * A mount unit for one of the API file systems systemd mounts itself (/proc, /sys, /dev,
 * /run, …, everything below /sys/fs/cgroup/) or deliberately leaves alone (/dev/console,
 * /proc/sys, …): mount_verify() refuses it ("Cannot create mount unit for API file system").
 */
@RuleId("SD419")
public final class MountOnApiFileSystem implements Rule {

    /**
     * mount_point_is_api() and mount_point_ignore() of src/shared/mount-setup.c in 252; each
     * checked with systemd-analyze verify 252. Neighbours such as /dev/hugepages,
     * /sys/kernel/debug and /proc/sys/fs/binfmt_misc are ordinary mount units.
     */
    static final Set<String> API_MOUNT_POINTS = Set.of("/proc", "/sys", "/dev", "/run", "/run/lock", "/dev/shm",
            "/dev/pts", "/sys/kernel/security", "/sys/fs/cgroup", "/sys/fs/pstore", "/sys/firmware/efi/efivars",
            "/sys/fs/bpf", "/sys/fs/selinux", "/sys/fs/smackfs", "/dev/console", "/proc/kmsg", "/proc/sys",
            "/proc/sys/kernel/random/boot_id");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.MOUNT || !WholeUnit.applies(unit)) {
            return;
        }
        Optional<Assignment> where = unit.lastValid("Mount", "Where", v -> v.startsWith("/") && !v.contains("%"));
        String path = simplify(where.map(Assignment::value).orElse(null));
        if (path == null || !(API_MOUNT_POINTS.contains(path) || path.startsWith("/sys/fs/cgroup/"))) {
            return;
        }
        context.reportValue(where.get(), path + " is an API file system that systemd mounts or manages itself: it"
                + " refuses to load this mount unit (\"Cannot create mount unit for API file system " + path
                + ". Refusing.\"). Remove the unit; to change mount options use a drop-in for the unit systemd"
                + " provides, if there is one, or a remount in a service");
    }

    /** Collapses "//" and drops a trailing "/", as path_simplify() does. */
    private static String simplify(String path) {
        if (path == null) {
            return null;
        }
        String simple = path.replaceAll("/+", "/");
        return simple.length() > 1 && simple.endsWith("/") ? simple.substring(0, simple.length() - 1) : simple;
    }
}
