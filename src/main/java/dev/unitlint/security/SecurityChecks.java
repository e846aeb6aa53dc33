package dev.unitlint.security;

import static dev.unitlint.security.Assessors.FamilyGroup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * systemd's table of security checks (security_assessor_table[], src/analyze/analyze-security.c),
 * in its order: systemd-stable v252.31 and v256 have the same 81 rows (the CAP_BPF row came with
 * 252.20 and 255). Weights, ranges and json_fields are systemd's; {@code since} is the first
 * release whose table has the row (v240 had the first 74; see {@link SecurityCheck#existsIn}).
 * Loaded only when a security rule runs or {@code unitlint security} is used.
 */
public final class SecurityChecks {

    private static final int FIRST = 240;

    private static final List<SecurityCheck> ALL = List.of(
            check(1, "User=/DynamicUser=", "UserOrDynamicUser", 2000, 10, Assessors.user()),
            check(2, "SupplementaryGroups=", "SupplementaryGroups", 200, 1, Assessors.supplementaryGroups()),
            bool(3, "PrivateDevices", 1000, "the service has no access to hardware devices",
                    "the service may have access to hardware devices"),
            bool(4, "PrivateMounts", 1000, "the service cannot install mounts in the host's namespace",
                    "the service may install mounts in the host's namespace"),
            bool(5, "PrivateNetwork", 2500, "the service has no access to the host's network",
                    "the service has access to the host's network"),
            new SecurityCheck("SEC006", "PrivateTmp=", "PrivateTmp", 1000, 1, true, FIRST,
                    Assessors.bool("PrivateTmp", "the service cannot see other software's temporary files",
                            "the service can see other software's temporary files")),
            bool(7, "PrivateUsers", 1000, "the service cannot see the host's other users",
                    "the service can see the host's other users"),
            bool(8, "ProtectControlGroups", 1000, "the service cannot change the control group file system",
                    "the service may change the control group file system"),
            bool(9, "ProtectKernelModules", 1000, "the service cannot load or read kernel modules",
                    "the service may load or read kernel modules"),
            bool(10, "ProtectKernelTunables", 1000, "the service cannot change kernel tunables (/proc/sys, ...)",
                    "the service may change kernel tunables (/proc/sys, ...)"),
            new SecurityCheck("SEC011", "ProtectKernelLogs=", "ProtectKernelLogs", 1000, 1, false, 244,
                    Assessors.bool("ProtectKernelLogs", "the service cannot read or write the kernel log ring buffer",
                            "the service may read and write the kernel log ring buffer")),
            new SecurityCheck("SEC012", "ProtectClock=", "ProtectClock", 1000, 1, false, 245,
                    Assessors.bool("ProtectClock", "the service cannot set the hardware or system clock",
                            "the service may set the hardware and system clock")),
            new SecurityCheck("SEC013", "ProtectHome=", "ProtectHome", 1000, 10, true, FIRST, Assessors.protectHome()),
            new SecurityCheck("SEC014", "ProtectHostname=", "ProtectHostname", 50, 1, false, 242,
                    Assessors.bool("ProtectHostname", "the service cannot change the host or domain name",
                            "the service may change the host and domain name")),
            new SecurityCheck("SEC015", "ProtectSystem=", "ProtectSystem", 1000, 10, true, FIRST,
                    Assessors.protectSystem()),
            new SecurityCheck("SEC016", "RootDirectory=/RootImage=", "RootDirectoryOrRootImage", 200, 1, true, FIRST,
                    Assessors.rootDirectory()),
            bool(17, "LockPersonality", 100, "the service cannot change its ABI personality",
                    "the service may change its ABI personality"),
            bool(18, "MemoryDenyWriteExecute", 100, "the service cannot map memory both writable and executable",
                    "the service may map memory both writable and executable"),
            bool(19, "NoNewPrivileges", 1000, "the service's processes cannot gain privileges",
                    "the service's processes may gain privileges (setuid binaries, file capabilities)"),
            caps(20, "CAP_SYS_ADMIN", "CapabilityBoundingSet_CAP_SYS_ADMIN", 1500, "the service has no administrator"
                    + " privileges", "the service has administrator privileges", "CAP_SYS_ADMIN"),
            caps(21, "CAP_SET(UID|GID|PCAP)", "CapabilityBoundingSet_CAP_SET_UID_GID_PCAP", 1500,
                    "the service cannot change its user, group or capabilities",
                    "the service may change its user, group and capabilities", "CAP_SETUID", "CAP_SETGID",
                    "CAP_SETPCAP"),
            caps(22, "CAP_SYS_PTRACE", "CapabilityBoundingSet_CAP_SYS_PTRACE", 1500,
                    "the service cannot debug other processes with ptrace()",
                    "the service may debug other processes with ptrace()", "CAP_SYS_PTRACE"),
            caps(23, "CAP_SYS_TIME", "CapabilityBoundingSet_CAP_SYS_TIME", 1000,
                    "the service's processes cannot change the system clock",
                    "the service's processes may change the system clock", "CAP_SYS_TIME"),
            caps(24, "CAP_NET_ADMIN", "CapabilityBoundingSet_CAP_NET_ADMIN", 1000,
                    "the service cannot configure networking", "the service may configure networking",
                    "CAP_NET_ADMIN"),
            caps(25, "CAP_SYS_RAWIO", "CapabilityBoundingSet_CAP_SYS_RAWIO", 1000, "the service has no raw I/O access",
                    "the service has raw I/O access", "CAP_SYS_RAWIO"),
            caps(26, "CAP_SYS_MODULE", "CapabilityBoundingSet_CAP_SYS_MODULE", 1000,
                    "the service cannot load kernel modules", "the service may load kernel modules", "CAP_SYS_MODULE"),
            caps(27, "CAP_AUDIT_*", "CapabilityBoundingSet_CAP_AUDIT", 500,
                    "the service has no access to the audit subsystem", "the service has access to the audit subsystem",
                    "CAP_AUDIT_CONTROL", "CAP_AUDIT_READ", "CAP_AUDIT_WRITE"),
            caps(28, "CAP_SYSLOG", "CapabilityBoundingSet_CAP_SYSLOG", 500, "the service has no access to kernel"
                    + " logging", "the service has access to kernel logging", "CAP_SYSLOG"),
            caps(29, "CAP_SYS_(NICE|RESOURCE)", "CapabilityBoundingSet_CAP_SYS_NICE_RESOURCE", 500,
                    "the service cannot raise its priority or resource limits",
                    "the service may raise its priority and resource limits", "CAP_SYS_NICE", "CAP_SYS_RESOURCE"),
            caps(30, "CAP_MKNOD", "CapabilityBoundingSet_CAP_MKNOD", 500, "the service cannot create device nodes",
                    "the service may create device nodes", "CAP_MKNOD"),
            caps(31, "CAP_(CHOWN|FSETID|SETFCAP)", "CapabilityBoundingSet_CAP_CHOWN_FSETID_SETFCAP", 1000,
                    "the service cannot change file owners, modes or capabilities",
                    "the service may change any file's owner, mode and capabilities", "CAP_CHOWN", "CAP_FSETID",
                    "CAP_SETFCAP"),
            caps(32, "CAP_(DAC_*|FOWNER|IPC_OWNER)", "CapabilityBoundingSet_CAP_DAC_FOWNER_IPC_OWNER", 1000,
                    "the service cannot bypass file and IPC permission checks",
                    "the service may bypass file and IPC permission checks", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH",
                    "CAP_FOWNER", "CAP_IPC_OWNER"),
            caps(33, "CAP_KILL", "CapabilityBoundingSet_CAP_KILL", 500,
                    "the service cannot signal other users' processes", "the service may signal any process",
                    "CAP_KILL"),
            caps(34, "CAP_NET_(BIND_SERVICE|BROADCAST|RAW)",
                    // systemd 252 (and 256) spells this json_field with a stray ')'; SecurityPolicy accepts both.
                    "CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)", 500,
                    "the service has no elevated networking privileges", "the service has elevated networking"
                    + " privileges (privileged ports, raw sockets)", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST",
                    "CAP_NET_RAW"),
            caps(35, "CAP_SYS_BOOT", "CapabilityBoundingSet_CAP_SYS_BOOT", 100, "the service cannot reboot the system",
                    "the service may reboot the system", "CAP_SYS_BOOT"),
            caps(36, "CAP_MAC_*", "CapabilityBoundingSet_CAP_MAC", 100,
                    "the service cannot change or bypass mandatory access control",
                    "the service may change and bypass mandatory access control (SMACK)", "CAP_MAC_ADMIN",
                    "CAP_MAC_OVERRIDE"),
            caps(37, "CAP_LINUX_IMMUTABLE", "CapabilityBoundingSet_CAP_LINUX_IMMUTABLE", 75,
                    "the service cannot mark files immutable", "the service may mark files immutable",
                    "CAP_LINUX_IMMUTABLE"),
            caps(38, "CAP_IPC_LOCK", "CapabilityBoundingSet_CAP_IPC_LOCK", 50, "the service cannot lock memory",
                    "the service may lock memory into RAM", "CAP_IPC_LOCK"),
            caps(39, "CAP_SYS_CHROOT", "CapabilityBoundingSet_CAP_SYS_CHROOT", 50, "the service cannot call chroot()",
                    "the service may call chroot()", "CAP_SYS_CHROOT"),
            caps(40, "CAP_BLOCK_SUSPEND", "CapabilityBoundingSet_CAP_BLOCK_SUSPEND", 25,
                    "the service cannot keep the system from suspending", "the service may hold wake locks",
                    "CAP_BLOCK_SUSPEND"),
            caps(41, "CAP_WAKE_ALARM", "CapabilityBoundingSet_CAP_WAKE_ALARM", 25,
                    "the service cannot set timers that wake the system", "the service may set timers that wake the"
                    + " system", "CAP_WAKE_ALARM"),
            caps(42, "CAP_LEASE", "CapabilityBoundingSet_CAP_LEASE", 25, "the service cannot take file leases",
                    "the service may take leases on any file", "CAP_LEASE"),
            caps(43, "CAP_SYS_TTY_CONFIG", "CapabilityBoundingSet_CAP_SYS_TTY_CONFIG", 25,
                    "the service cannot call vhangup()", "the service may call vhangup() and configure terminals",
                    "CAP_SYS_TTY_CONFIG"),
            caps(44, "CAP_SYS_PACCT", "CapabilityBoundingSet_CAP_SYS_PACCT", 25, "the service cannot call acct()",
                    "the service may switch process accounting with acct()", "CAP_SYS_PACCT"),
            caps(45, "CAP_BPF", "CapabilityBoundingSet_CAP_BPF", 25, "the service cannot load BPF programs",
                    "the service may load BPF programs", "CAP_BPF"),
            check(46, "UMask=", "UMask", 100, 10, Assessors.umask()),
            check(47, "KeyringMode=", "KeyringMode", 1000, 1, Assessors.keyringMode()),
            new SecurityCheck("SEC048", "ProtectProc=", "ProtectProc", 1000, 3, false, 247, Assessors.protectProc()),
            new SecurityCheck("SEC049", "ProcSubset=", "ProcSubset", 10, 1, false, 247, Assessors.procSubset()),
            check(50, "NotifyAccess=", "NotifyAccess", 1000, 1, Assessors.notifyAccess()),
            check(51, "RemoveIPC=", "RemoveIPC", 100, 1, Assessors.removeIpc()),
            check(52, "Delegate=", "Delegate", 100, 1, Assessors.delegate()),
            bool(53, "RestrictRealtime", 500, "the service cannot get realtime scheduling",
                    "the service may get realtime scheduling"),
            new SecurityCheck("SEC054", "RestrictSUIDSGID=", "RestrictSUIDSGID", 1000, 1, false, 242,
                    Assessors.bool("RestrictSUIDSGID", "the service cannot create setuid or setgid files",
                            "the service may create setuid and setgid files")),
            namespace(55, "user", Namespaces.CLONE_NEWUSER, 1500, "user"),
            namespace(56, "mnt", Namespaces.CLONE_NEWNS, 500, "file system (mount)"),
            namespace(57, "ipc", Namespaces.CLONE_NEWIPC, 500, "IPC"),
            namespace(58, "pid", Namespaces.CLONE_NEWPID, 500, "process (PID)"),
            namespace(59, "cgroup", Namespaces.CLONE_NEWCGROUP, 500, "cgroup"),
            namespace(60, "net", Namespaces.CLONE_NEWNET, 500, "network"),
            namespace(61, "uts", Namespaces.CLONE_NEWUTS, 100, "host name (UTS)"),
            families(62, "AF_(INET|INET6)", "RestrictAddressFamilies_AF_INET_INET6", 1500, FamilyGroup.INET,
                    "AF_INET and AF_INET6", "Internet", "RestrictAddressFamilies=~AF_INET AF_INET6, or an allow list"
                            + " without them"),
            families(63, "AF_UNIX", "RestrictAddressFamilies_AF_UNIX", 25, FamilyGroup.UNIX, "AF_UNIX", "local (AF_UNIX)",
                    "RestrictAddressFamilies=~AF_UNIX, or an allow list without it"),
            families(64, "AF_NETLINK", "RestrictAddressFamilies_AF_NETLINK", 200, FamilyGroup.NETLINK, "AF_NETLINK",
                    "netlink", "RestrictAddressFamilies=~AF_NETLINK, or an allow list without it"),
            families(65, "AF_PACKET", "RestrictAddressFamilies_AF_PACKET", 1000, FamilyGroup.PACKET, "AF_PACKET",
                    "packet", "RestrictAddressFamilies=~AF_PACKET, or an allow list without it"),
            families(66, "…", "RestrictAddressFamilies_OTHER", 1250, FamilyGroup.OTHER,
                    "the families other than AF_INET, AF_INET6, AF_UNIX, AF_NETLINK and AF_PACKET", "exotic",
                    "an allow list such as RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6"),
            check(67, "SystemCallArchitectures=", "SystemCallArchitectures", 1000, 10,
                    Assessors.syscallArchitectures()),
            syscalls(68, "@swap", 1000),
            syscalls(69, "@obsolete", 250),
            syscalls(70, "@clock", 1000),
            syscalls(71, "@cpu-emulation", 250),
            syscalls(72, "@debug", 1000),
            syscalls(73, "@mount", 1000),
            syscalls(74, "@module", 1000),
            syscalls(75, "@raw-io", 1000),
            syscalls(76, "@reboot", 1000),
            syscalls(77, "@privileged", 700),
            syscalls(78, "@resources", 700),
            check(79, "IPAddressDeny=", "IPAddressDeny", 1000, 10, Assessors.ipAddress()),
            check(80, "DeviceAllow=", "DeviceAllow", 1000, 10, Assessors.deviceAllow()),
            check(81, "AmbientCapabilities=", "AmbientCapabilities", 500, 1, Assessors.ambientCapabilities()));

    private static final Map<String, SecurityCheck> BY_ID = new LinkedHashMap<>();

    static {
        for (SecurityCheck c : ALL) {
            BY_ID.put(c.id(), c);
        }
    }

    private SecurityChecks() {
    }

    public static List<SecurityCheck> all() {
        return ALL;
    }

    /** The rows the release's table has (80 for 253 and 254, which lack CAP_BPF); the last answer is kept. */
    public static List<SecurityCheck> inRelease(int release) {
        Object[] last = lastInRelease;
        if (last != null && (int) last[0] == release) {
            @SuppressWarnings("unchecked")
            List<SecurityCheck> rows = (List<SecurityCheck>) last[1];
            return rows;
        }
        List<SecurityCheck> rows = ALL.stream().filter(c -> c.existsIn(release)).toList();
        lastInRelease = new Object[] {release, rows};
        return rows;
    }

    private static volatile Object[] lastInRelease;

    public static Optional<SecurityCheck> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The check with this json_field; the BROADCAST_RAW field is found with or without systemd's stray ')'. */
    public static Optional<SecurityCheck> byJsonField(String field) {
        for (SecurityCheck c : ALL) {
            if (c.jsonField().equals(field) || c.jsonField().replace(")", "").equals(field)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String id(int row) {
        return String.format("SEC%03d", row);
    }

    private static SecurityCheck check(int row, String setting, String jsonField, int weight, int range,
                                       Assessor assessor) {
        return new SecurityCheck(id(row), setting, jsonField, weight, range, false, FIRST, assessor);
    }

    private static SecurityCheck bool(int row, String key, int weight, String good, String bad) {
        return check(row, key + "=", key, weight, 1, Assessors.bool(key, good, bad));
    }

    private static SecurityCheck caps(int row, String shown, String jsonField, int weight, String good, String bad,
                                      String... names) {
        return check(row, "CapabilityBoundingSet=~" + shown, jsonField, weight, 1,
                Assessors.capabilities(good, bad, names));
    }

    private static SecurityCheck namespace(int row, String type, long flag, int weight, String what) {
        return check(row, "RestrictNamespaces=~" + type, "RestrictNamespaces_" + type, weight, 1,
                Assessors.namespace(flag, type, what));
    }

    private static SecurityCheck families(int row, String shown, String jsonField, int weight, FamilyGroup group,
                                          String families, String what, String fix) {
        return check(row, "RestrictAddressFamilies=~" + shown, jsonField, weight, 1,
                Assessors.addressFamilies(group, families, what, fix));
    }

    private static SecurityCheck syscalls(int row, String group, int weight) {
        return check(row, "SystemCallFilter=~" + group, "SystemCallFilter_" + group.substring(1).replace('-', '_'),
                weight, 10, Assessors.syscallFilter(group));
    }
}
