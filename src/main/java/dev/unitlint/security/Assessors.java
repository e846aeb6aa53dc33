package dev.unitlint.security;

import dev.unitlint.security.Assessor.Verdict;
import dev.unitlint.security.ServiceSettings.Setting;
import dev.unitlint.values.CapabilitySet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assessor kinds of src/analyze/analyze-security.c (systemd 252), one factory each; the
 * badness values and their order of tests are systemd's, the descriptions unitlint's own.
 */
final class Assessors {

    private Assessors() {
    }

    /** assess_bool(): bad (1) unless the setting is on. */
    static Assessor bool(String key, String good, String bad) {
        String fix = "set " + key + "=yes";
        return s -> {
            Setting<Boolean> v = s.bool(key);
            return v.value() ? Verdict.good(good, v.source()) : Verdict.bad(1, bad, v.source(), fix);
        };
    }

    /** assess_bool() with parameter = true (Delegate=): bad (1) when the setting is on. */
    static Assessor delegate() {
        return s -> {
            Setting<Boolean> v = s.delegate;
            return v.value()
                    ? Verdict.bad(1, "the service manages its own delegated control group subtree", v.source(),
                            "remove Delegate= unless the service manages cgroups itself")
                    : Verdict.good("the service does not manage a delegated control group subtree", v.source());
        };
    }

    /** assess_user(). */
    static Assessor user() {
        return s -> {
            String user = s.user.value();
            Source source = s.user.source().isDefault() ? s.dynamicUser.source() : s.user.source();
            String fix = "run it as a user of its own: User=NAME or DynamicUser=yes";
            if ("nobody".equals(user)) {
                return Verdict.bad(9, "the service runs as 'nobody', which unrelated processes share", source, fix);
            }
            boolean root = "0".equals(user) || "root".equals(user);
            if (s.dynamicUser.value() && !root) {
                return Verdict.good("the service runs under a transient non-root user", source);
            }
            if (user != null && !root && !user.isEmpty()) {
                return Verdict.good("the service runs under a static non-root user", source);
            }
            return Verdict.bad(10, "the service runs as root", source, fix);
        };
    }

    /** security_info_runs_privileged(). */
    private static boolean runsPrivileged(ServiceSettings s) {
        String user = s.user.value();
        if ("0".equals(user) || "root".equals(user)) {
            return true;
        }
        if (s.dynamicUser.value()) {
            return false;
        }
        return user == null || user.isEmpty();
    }

    /** assess_supplementary_groups(). */
    static Assessor supplementaryGroups() {
        return s -> {
            if (runsPrivileged(s)) {
                return Verdict.notApplicable("the service runs as root, so its groups do not matter");
            }
            Setting<List<String>> v = s.supplementaryGroups;
            return v.value().isEmpty()
                    ? Verdict.good("the service has no supplementary groups", v.source())
                    : Verdict.bad(1, "the service runs with supplementary groups " + String.join(" ", v.value()),
                            v.source(), "drop SupplementaryGroups= if the service can do without");
        };
    }

    /** assess_remove_ipc(). */
    static Assessor removeIpc() {
        return s -> {
            if (runsPrivileged(s)) {
                return Verdict.notApplicable("the service runs as root, so RemoveIPC= does not apply");
            }
            Setting<Boolean> v = s.bool("RemoveIPC");
            return v.value() ? Verdict.good("the service's user cannot leave System V IPC objects behind", v.source())
                    : Verdict.bad(1, "the service's user may leave System V IPC objects behind", v.source(),
                            "set RemoveIPC=yes");
        };
    }

    /** assess_protect_home(). */
    static Assessor protectHome() {
        return s -> {
            Setting<String> v = s.protectHome;
            String fix = "set ProtectHome=yes (or tmpfs)";
            return switch (v.value()) {
                case "yes" -> Verdict.good("the service cannot see home directories", v.source());
                case "read-only" -> Verdict.bad(5, "the service can read home directories", v.source(), fix);
                case "tmpfs" -> Verdict.bad(1, "the service sees empty home directories", v.source(),
                        "set ProtectHome=yes");
                default -> Verdict.bad(10, "the service has full access to home directories", v.source(), fix);
            };
        };
    }

    /** assess_protect_system(). */
    static Assessor protectSystem() {
        return s -> {
            Setting<String> v = s.protectSystem;
            String fix = "set ProtectSystem=strict (with ReadWritePaths= for what it writes)";
            return switch (v.value()) {
                case "strict" -> Verdict.good("the whole OS file hierarchy is read-only to the service", v.source());
                case "full" -> Verdict.bad(3, "the service can write to the OS file hierarchy outside /usr, /boot,"
                        + " /efi and /etc", v.source(), fix);
                case "yes" -> Verdict.bad(5, "the service can write to the OS file hierarchy outside /usr, /boot and"
                        + " /efi", v.source(), fix);
                default -> Verdict.bad(10, "the service has full access to the OS file hierarchy", v.source(), fix);
            };
        };
    }

    /** assess_root_directory(). */
    static Assessor rootDirectory() {
        return s -> {
            boolean hostRoot = emptyOrRoot(s.rootDirectory.value()) && emptyOrRoot(s.rootImage.value());
            Source source = !s.rootImage.source().isDefault() ? s.rootImage.source() : s.rootDirectory.source();
            return hostRoot
                    ? Verdict.bad(1, "the service runs in the host's root directory", source,
                            "give it a root of its own with RootDirectory= or RootImage=, if it can have one")
                    : Verdict.good("the service has its own root directory or image", source);
        };
    }

    /** empty_or_root(): empty, or "/" in any spelling. */
    private static boolean emptyOrRoot(String path) {
        return path == null || path.isEmpty() || path.chars().allMatch(c -> c == '/');
    }

    /** assess_capability_bounding_set(): bad (1) when any of the capabilities stays in the bounding set. */
    static Assessor capabilities(String good, String bad, String... names) {
        int[] bits = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            bits[i] = CapabilitySet.NAMES.indexOf(names[i]);
        }
        String all = String.join(" ", names);
        String dropAll = "drop " + (names.length == 1 ? "it" : "them") + ": CapabilityBoundingSet=~" + all;
        String leaveOutAll = "leave " + all + " out of CapabilityBoundingSet=";
        return s -> {
            List<String> kept = new ArrayList<>(names.length);
            Source source = null;
            Source latest = Source.DEFAULT;
            for (int i = 0; i < names.length; i++) {
                int bit = bits[i];
                if ((s.capabilityBoundingSet & (1L << bit)) != 0) {
                    kept.add(names[i]);
                    if (source == null) {
                        source = s.capabilitySources[bit];
                    }
                } else if (!s.capabilitySources[bit].isDefault()) {
                    latest = s.capabilitySources[bit];
                }
            }
            if (kept.isEmpty()) {
                return Verdict.good(good, latest);
            }
            boolean allowList = source.assignment() != null && !source.implied()
                    && source.assignment().key().equals("CapabilityBoundingSet")
                    && !source.assignment().value().startsWith("~");
            if (kept.size() == names.length) {
                return Verdict.bad(1, bad, source, allowList ? leaveOutAll : dropAll);
            }
            String caps = String.join(" ", kept);
            return Verdict.bad(1, bad + " (" + caps + ")", source, allowList
                    ? "leave " + caps + " out of CapabilityBoundingSet="
                    : "drop " + (kept.size() == 1 ? "it" : "them") + ": CapabilityBoundingSet=~" + caps);
        };
    }

    /** assess_ambient_capabilities(). */
    static Assessor ambientCapabilities() {
        return s -> {
            Setting<Long> v = s.ambientCapabilities;
            return v.value() == 0
                    ? Verdict.good("the service's process receives no ambient capabilities", v.source())
                    : Verdict.bad(1, "the service's process receives ambient capabilities", v.source(),
                            "remove AmbientCapabilities= if the service can start without them");
        };
    }

    /** assess_umask(). */
    static Assessor umask() {
        return s -> {
            Setting<Integer> v = s.umask;
            int m = v.value();
            String fix = "set UMask=0077";
            if ((m & 0002) == 0) {
                return Verdict.bad(10, "files the service creates are world-writable by default", v.source(), fix);
            }
            if ((m & 0004) == 0) {
                return Verdict.bad(5, "files the service creates are world-readable by default", v.source(), fix);
            }
            if ((m & 0020) == 0) {
                return Verdict.bad(2, "files the service creates are group-writable by default", v.source(), fix);
            }
            if ((m & 0040) == 0) {
                return Verdict.bad(1, "files the service creates are group-readable by default", v.source(), fix);
            }
            return Verdict.good("files the service creates are accessible only to its own user by default",
                    v.source());
        };
    }

    /** assess_keyring_mode(). */
    static Assessor keyringMode() {
        return s -> {
            Setting<String> v = s.keyringMode;
            return v.value().equals("private")
                    ? Verdict.good("the service does not share key material with other services", v.source())
                    : Verdict.bad(1, "the service shares key material with other services", v.source(),
                            "set KeyringMode=private");
        };
    }

    /** assess_protect_proc(). */
    static Assessor protectProc() {
        return s -> {
            Setting<String> v = s.protectProc;
            return switch (v.value()) {
                case "invisible", "ptraceable" -> Verdict.good("the service sees only its own processes in /proc",
                        v.source());
                case "noaccess" -> Verdict.bad(1, "the service's /proc hides other processes' details but not the"
                        + " processes", v.source(), "set ProtectProc=invisible");
                default -> Verdict.bad(3, "the service has full access to the process tree in /proc", v.source(),
                        "set ProtectProc=invisible");
            };
        };
    }

    /** assess_proc_subset(). */
    static Assessor procSubset() {
        return s -> {
            Setting<String> v = s.procSubset;
            return v.value().equals("pid")
                    ? Verdict.good("the service sees only the process files of /proc", v.source())
                    : Verdict.bad(1, "the service has full access to the non-process files of /proc", v.source(),
                            "set ProcSubset=pid");
        };
    }

    /** assess_notify_access(). */
    static Assessor notifyAccess() {
        return s -> {
            Setting<String> v = s.notifyAccess;
            return v.value().equals("all")
                    ? Verdict.bad(1, "any process of the service may change its state through sd_notify()", v.source(),
                            "set NotifyAccess=main (or exec)")
                    : Verdict.good("only the service's main process may change its state", v.source());
        };
    }

    /** assess_restrict_namespaces(): bad (1) when the namespace type may be created. */
    static Assessor namespace(long flag, String type, String what) {
        String bad = "the service may create " + what + " namespaces";
        String good = "the service cannot create " + what + " namespaces";
        String fix = "set RestrictNamespaces=~" + type + " (or RestrictNamespaces=yes)";
        int bit = Long.numberOfTrailingZeros(flag);
        return s -> {
            Source source = s.namespaceSources[bit];
            return (s.restrictNamespaces & flag) != 0 ? Verdict.bad(1, bad, source, fix) : Verdict.good(good, source);
        };
    }

    /** Which families one of the RestrictAddressFamilies= checks covers. */
    enum FamilyGroup { INET, UNIX, NETLINK, PACKET, OTHER;

        boolean covers(int af) {
            return switch (this) {
                case INET -> af == AddressFamilyNumbers.AF_INET || af == AddressFamilyNumbers.AF_INET6;
                case UNIX -> af == AddressFamilyNumbers.AF_UNIX;
                case NETLINK -> af == AddressFamilyNumbers.AF_NETLINK;
                case PACKET -> af == AddressFamilyNumbers.AF_PACKET;
                case OTHER -> af != AddressFamilyNumbers.AF_INET && af != AddressFamilyNumbers.AF_INET6
                        && af != AddressFamilyNumbers.AF_UNIX && af != AddressFamilyNumbers.AF_NETLINK
                        && af != AddressFamilyNumbers.AF_PACKET;
            };
        }
    }

    /**
     * assess_bool() over get_security_info()'s restrict_address_family_*: with an allow list a
     * group is restricted unless one of its families is listed, with a deny list it is restricted
     * when one of its families is listed.
     */
    static Assessor addressFamilies(FamilyGroup group, String families, String what, String fix) {
        String good = "the service cannot allocate " + what + " sockets";
        String bad = "the service may allocate " + what + " sockets";
        String takeOut = "take " + families + " out of the RestrictAddressFamilies= list";
        String restrict = "restrict them: " + fix;
        return s -> {
            Source listed = null;
            for (Map.Entry<Integer, Source> e : s.addressFamilies.entrySet()) {
                if (group.covers(e.getKey())) {
                    listed = e.getValue();
                    break;
                }
            }
            boolean restricted = listed == null ? s.addressFamiliesAllowList : !s.addressFamiliesAllowList;
            Source source = listed != null ? listed : removedOrLast(s, group);
            if (restricted) {
                return Verdict.good(good, source);
            }
            return Verdict.bad(1, bad, source, s.addressFamiliesAllowList ? takeOut : restrict);
        };
    }

    private static Source removedOrLast(ServiceSettings s, FamilyGroup group) {
        for (Map.Entry<Integer, Source> e : s.addressFamiliesRemoved.entrySet()) {
            if (group.covers(e.getKey())) {
                return e.getValue();
            }
        }
        return s.addressFamiliesSource;
    }

    /** assess_system_call_architectures(). */
    static Assessor syscallArchitectures() {
        return s -> {
            Setting<Set<String>> v = s.syscallArchitectures;
            if (v.value().isEmpty()) {
                return Verdict.bad(10, "the service may make system calls of every ABI", v.source(),
                        "set SystemCallArchitectures=native");
            }
            if (v.value().equals(Set.of("native"))) {
                return Verdict.good("the service may make system calls of the native ABI only", v.source());
            }
            return Verdict.bad(8, "the service may make system calls of several ABIs (" + String.join(" ", v.value())
                    + ")", v.source(), "set SystemCallArchitectures=native");
        };
    }

    /** assess_system_call_filter() for one group. */
    static Assessor syscallFilter(String group) {
        String noFilterFix = "deny the group with SystemCallFilter=~" + group
                + " (or allow only what it needs, such as SystemCallFilter=@system-service)";
        String takeOut = "take " + group + " out of it with SystemCallFilter=~" + group;
        String add = "add SystemCallFilter=~" + group;
        String allowGood = "the system call allow list leaves out " + group;
        String denyGood = "the system call deny list includes " + group;
        return s -> {
            if (!s.syscallAllowList && (s.syscallFilter == null || s.syscallFilter.isEmpty())) {
                return Verdict.bad(10, "the service does not filter system calls", s.syscallFilterSource, noFilterFix);
            }
            Set<String> calls = SyscallGroups.forRelease(s.release()).expand(group);
            if (s.syscallAllowList) {
                for (String call : calls) {
                    Source put = s.syscallFilter.get(call);
                    if (put != null) {
                        return Verdict.bad(9, "the system call allow list includes " + group + " (" + call
                                + " is allowed)", put, takeOut);
                    }
                }
                return Verdict.good(allowGood, s.syscallFilterSource);
            }
            for (String call : calls) {
                if (!s.syscallFilter.containsKey(call)) {
                    Source source = s.syscallRemoved.getOrDefault(call, s.syscallFilterSource);
                    return Verdict.bad(10, "the system call deny list lacks " + group + " (" + call + " is allowed)",
                            source, add);
                }
            }
            return Verdict.good(denyGood, s.syscallFilterSource);
        };
    }

    /** assess_ip_address_allow(), over get_security_info()'s reading of the prefixes. */
    static Assessor ipAddress() {
        return s -> {
            if (s.ipIngressFilters.value() || s.ipEgressFilters.value()) {
                Source source = s.ipIngressFilters.value() ? s.ipIngressFilters.source() : s.ipEgressFilters.source();
                return Verdict.good("the service has custom IP filters (BPF programs)", source);
            }
            boolean v4 = false;
            boolean v6 = false;
            for (IpPrefixes.Prefix p : s.ipDeny) {
                if (p.isAny()) {
                    v4 |= !p.ipv6();
                    v6 |= p.ipv6();
                }
            }
            if (!(v4 && v6)) {
                return Verdict.bad(10, "the service does not define an IP address allow list", s.ipDenySource,
                        "set IPAddressDeny=any, with IPAddressAllow= for the addresses it needs");
            }
            boolean localhost = false;
            boolean other = false;
            for (IpPrefixes.Prefix p : s.ipAllow) {
                localhost |= p.isLocalhost();
                other |= !p.isLocalhost();
            }
            if (other) {
                return Verdict.bad(5, "the IP address allow list has addresses other than localhost", s.ipAllowSource,
                        "allow fewer addresses, if the service can do without them");
            }
            if (localhost) {
                return Verdict.bad(2, "the IP address allow list has only localhost", s.ipAllowSource,
                        "allow no address at all, if the service needs no network");
            }
            return Verdict.good("the service may not talk to any IP address", s.ipDenySource);
        };
    }

    /** assess_device_allow(). */
    static Assessor deviceAllow() {
        return s -> {
            Setting<String> policy = s.devicePolicy;
            if (policy.value().equals("strict") || policy.value().equals("closed")) {
                if (!s.deviceAllow.isEmpty()) {
                    return Verdict.bad(5, "the service's device access list has special devices: "
                            + String.join(" ", s.deviceAllow), s.deviceAllowSource,
                            "allow only the devices the service needs");
                }
                return Verdict.good("the service has a minimal device access list", policy.source());
            }
            return Verdict.bad(10, "the service has no device access list", policy.source(),
                    "set PrivateDevices=yes, or DevicePolicy=closed with DeviceAllow= for the devices it needs");
        };
    }
}
