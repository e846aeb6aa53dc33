package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import dev.unitlint.values.ValueProblem.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of the resource-control parsers (src/core/load-fragment.c, src/shared/cpu-set-util.c,
 * src/basic/cgroup-util.c, src/shared/parse-helpers.c of 252; changes in later releases noted):
 * CPU sets, device access and IO device settings, delegation and controllers, socket-bind rules,
 * foreign BPF programs, network-interface and file-system restrictions.
 */
final class CgroupChecks {

    private CgroupChecks() {
    }

    // ---------------------------------------------------------------------------------------
    // CPU and NUMA node sets

    /**
     * parse_cpu_set_full(): words separated by blanks or commas, each N or N-M (safe_atou),
     * below 8192. A bad word makes systemd drop the whole assignment; a reversed range only itself.
     */
    static void cpuSet(String v, ValueContext c, Problems out) {
        if (Specifiers.contains(v)) {
            return; // expanded by systemd first (AllowedCPUs=, CPUAffinity=)
        }
        cpuSetWords(v, c, out);
    }

    /** The CPU-set syntax without specifier expansion (NUMAMask=). */
    static void cpuSetWords(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, ExtractWord.WHITESPACE + ",", ExtractWord.UNQUOTE);
        String fix = "Write CPU (or NUMA node) numbers and ranges separated by spaces or commas, e.g. 0-3 or 0,2,4-7";
        if (split.failed()) {
            out.invalidValue(v, "Invalid value for " + c.key(), fix);
            return;
        }
        for (ExtractWord.Word w : split.words()) {
            long[] range = range(w.text());
            if (range == null) {
                out.invalid(0, v.length(), "Invalid " + c.key() + "=" + v + ": '" + w.text() + "' is not a CPU number or range",
                        Effect.ASSIGNMENT_IGNORED, "Failed to parse CPU affinity '" + w.text() + "'", fix);
                return;
            }
            if (range[0] > range[1]) {
                out.invalid(w.start(), w.end(), "The range '" + w.text() + "' in " + c.key() + "= runs backwards",
                        Effect.WORD_IGNORED, "Range '" + w.text() + "' is invalid, " + range[0] + " > " + range[1],
                        "Write the lower number first: " + range[1] + "-" + range[0]);
            } else if (range[1] >= 8192) {
                out.invalid(0, v.length(), "Invalid " + c.key() + "=" + v + ": CPU " + range[1] + " is beyond the 8192 CPUs"
                        + " systemd supports", Effect.ASSIGNMENT_IGNORED, "Cannot add CPU " + range[1] + " to set",
                        "CPU numbers go from 0 to 8191");
                return;
            }
        }
    }

    /** config_parse_exec_cpu_affinity(): "numa", or a CPU set. */
    static void cpuAffinity(String v, ValueContext c, Problems out) {
        if (!v.equals("numa")) {
            cpuSet(v, c, out);
        }
    }

    /** config_parse_numa_mask(): "all", or a set of NUMA nodes; specifiers are expanded from 262 (via config_parse_unit_cpu_set()). */
    static void numaMask(String v, ValueContext c, Problems out) {
        if (v.equals("all") || c.release() >= 262 && Specifiers.contains(v)) {
            return;
        }
        cpuSetWords(v, c, out);
    }

    /** parse_range(): N or N-M (safe_atou each); null when invalid. */
    static long[] range(String word) {
        ExtractWord.Result lower = ExtractWord.extract(word, 0, "-", ExtractWord.DONT_COALESCE_SEPARATORS);
        if (lower.status() <= 0) {
            return null;
        }
        CNumbers.Parsed l = CNumbers.safeAtou(lower.word().text());
        if (!l.ok()) {
            return null;
        }
        if (lower.next() < 0) {
            return new long[] {l.value().longValue(), l.value().longValue()};
        }
        String rest = word.substring(lower.next());
        if (rest.isEmpty()) {
            return null;
        }
        CNumbers.Parsed u = CNumbers.safeAtou(rest);
        return u.ok() ? new long[] {l.value().longValue(), u.value().longValue()} : null;
    }

    // ---------------------------------------------------------------------------------------
    // Devices

    /** DeviceAllow=: a device node path (or char-/block- group) and optional rights from rwm. */
    static void deviceAllow(String v, ValueContext c, Problems out) {
        DeviceAllow.check(v, c, out);
    }

    /** The device path and the rest of an IO device setting, or null after reporting the problem. */
    private static String[] devicePathAndRest(String v, ValueContext c, Problems out, String what) {
        ExtractWord.Result r = ExtractWord.extract(v, 0, null, ExtractWord.UNQUOTE);
        if (r.status() < 0) {
            out.invalidValue(v, "Failed to extract device path and " + what + " from '" + v + "'",
                    "Close the quote around the device path");
            return null;
        }
        String rest = r.next() < 0 ? "" : v.substring(r.next());
        if (r.status() == 0 || rest.isEmpty()) {
            out.invalidValue(v, "Invalid device path or " + what + " specified in '" + v + "'",
                    "Write a device path and a " + what + ", e.g. " + c.key() + "=/dev/sda " + example(what));
            return null;
        }
        String path = r.word().text();
        if (!Specifiers.contains(path)) {
            java.util.Optional<SystemdPaths.Problem> p = SystemdPaths.check(path, SystemdPaths.Check.ANY);
            if (p.isPresent()) {
                out.invalid(r.word().start(), r.word().end(), "The device path '" + path + "' in " + c.key() + "= "
                        + p.get().words(), Effect.ASSIGNMENT_IGNORED, c.key() + "= path " + p.get().words(),
                        "Write a path such as /dev/sda or /dev/disk/by-id/…");
                return null;
            }
        }
        return new String[] {path, rest};
    }

    private static String example(String what) {
        return switch (what) {
            case "weight" -> "200";
            case "latency" -> "25ms";
            default -> "10M";
        };
    }

    /** config_parse_io_device_weight(): PATH WEIGHT, the weight 1–10000. */
    static void ioDeviceWeight(String v, ValueContext c, Problems out) {
        deviceWeight(v, c, out, 1, 10000, "IO weight '%s' invalid");
    }

    /** config_parse_blockio_device_weight(): PATH WEIGHT, the weight 10–1000. */
    static void blockIoDeviceWeight(String v, ValueContext c, Problems out) {
        deviceWeight(v, c, out, 10, 1000, "Invalid block IO weight '%s'");
    }

    private static void deviceWeight(String v, ValueContext c, Problems out, long min, long max, String says) {
        String[] parts = devicePathAndRest(v, c, out, "weight");
        if (parts == null) {
            return;
        }
        CNumbers.Parsed n = CNumbers.safeAtou64(parts[1]);
        if (!n.ok() || n.value().compareTo(java.math.BigInteger.valueOf(min)) < 0
                || n.value().compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            out.invalid(v.length() - parts[1].length(), v.length(), "Invalid " + c.key() + "=" + v, Effect.ASSIGNMENT_IGNORED,
                    String.format(says, parts[1]), "The weight is a whole number from " + min + " to " + max);
        }
    }

    /** config_parse_io_device_latency(): PATH TIME. */
    static void ioDeviceLatency(String v, ValueContext c, Problems out) {
        String[] parts = devicePathAndRest(v, c, out, "latency");
        if (parts != null && !TimeSpan.parseExact(parts[1], TimeSpan.USEC_PER_SEC).ok()) {
            out.invalid(v.length() - parts[1].length(), v.length(), "Invalid " + c.key() + "=" + v, Effect.ASSIGNMENT_IGNORED,
                    "Failed to parse timer value, ignoring: " + parts[1], "Write a time span such as 25ms");
        }
    }

    /** config_parse_io_limit() and config_parse_blockio_bandwidth(): PATH infinity|SIZE (base 1000), above 0. */
    static void ioLimit(String v, ValueContext c, Problems out) {
        String[] parts = devicePathAndRest(v, c, out, "bandwidth");
        if (parts == null) {
            return;
        }
        boolean bandwidth = c.key().startsWith("BlockIO");
        if (!bandwidth && parts[1].equals("infinity")) {
            return;
        }
        Sizes.Result size = Sizes.parseSize(parts[1], 1000);
        if (!size.ok() || size.value().signum() == 0) {
            out.invalid(v.length() - parts[1].length(), v.length(), "Invalid " + c.key() + "=" + v, Effect.ASSIGNMENT_IGNORED,
                    (bandwidth ? "Invalid Block IO Bandwidth '" : "Invalid IO limit '") + parts[1] + "'",
                    "Write a positive amount such as 10M (suffixes K, M, G, T in upper case, base 1000)"
                            + (bandwidth ? "" : " or infinity"));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Delegation and controllers

    /** config_parse_delegate(): a boolean, or controller names (unknown ones dropped with a warning). */
    static void delegate(String v, ValueContext c, Problems out) {
        if (Booleans.isBoolean(v)) {
            return;
        }
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE);
        for (ExtractWord.Word w : split.words()) {
            if (!isController(w.text(), c.release())) {
                out.invalid(w.start(), w.end(), "'" + w.text() + "' is not a cgroup controller", Effect.WORD_IGNORED,
                        "Invalid controller name '" + w.text() + "'", "Write yes, no, or controller names from "
                                + String.join(" ", NameTables.get().names("cgroup_controller", c.release())));
            }
        }
        if (split.failed()) {
            out.invalid(split.error(), v.length(), "Unbalanced quote in " + c.key() + "=", Effect.REST_IGNORED,
                    "Invalid syntax", "Close the quote");
        }
    }

    static boolean isController(String name, int release) {
        return NameTables.get().has("cgroup_controller", name, release);
    }

    /** config_parse_disable_controllers(): cg_mask_from_string(); unknown names dropped silently, none known is invalid. */
    static void disableControllers(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, 0);
        List<ExtractWord.Word> unknown = new ArrayList<>();
        boolean anyKnown = false;
        for (ExtractWord.Word w : split.words()) {
            if (isController(w.text(), c.release())) {
                anyKnown = true;
            } else {
                unknown.add(w);
            }
        }
        String known = String.join(" ", NameTables.get().names("cgroup_controller", c.release()));
        if (split.failed() || !anyKnown) {
            out.invalidValue(v, "Invalid cgroup string: " + v, "Write controller names from " + known);
            return;
        }
        for (ExtractWord.Word w : unknown) {
            out.add(w.start(), w.end(), Kind.INVALID, Effect.WARNING, "'" + w.text() + "' is not a cgroup controller: systemd"
                    + " drops it from " + c.key() + "= without a message. Controller names are " + known);
        }
    }

    /** config_parse_bpf_foreign_program(): ATTACH-TYPE:PATH, an absolute BPF filesystem path. */
    static void bpfForeignProgram(String v, ValueContext c, Problems out) {
        ExtractWord.Result type = ExtractWord.extract(v, 0, ":", 0);
        String rest = type.next() < 0 ? "" : v.substring(type.next());
        String fix = "Write ATTACH-TYPE:PATH, e.g. ingress:/sys/fs/bpf/prog, with an attach type from "
                + String.join(" ", NameTables.get().names("bpf_attach_type", c.release()));
        if (type.status() < 0) {
            out.invalidValue(v, "Failed to parse foreign BPF program", fix);
            return;
        }
        if (type.status() == 0 || rest.isEmpty()) {
            out.invalidValue(v, "Invalid syntax in " + c.key() + "=", fix);
            return;
        }
        String attach = type.word().text();
        if (!NameTables.get().has("bpf_attach_type", attach, c.release())) {
            out.invalid(type.word().start(), type.word().end(), "Invalid " + c.key() + "=" + v + ": '" + attach
                    + "' is not a BPF attach type", Effect.ASSIGNMENT_IGNORED, "Unknown BPF attach type=" + attach, fix);
            return;
        }
        PathChecks.path(v, type.next(), rest, c, out, SystemdPaths.Check.ABSOLUTE, Effect.ASSIGNMENT_IGNORED);
    }

    // ---------------------------------------------------------------------------------------
    // Socket binding and interfaces

    /**
     * config_parse_cgroup_socket_bind(): parse_socket_bind_item(): [ipv4:|ipv6:][tcp:|udp:]PORTS,
     * PORTS being any, a port or a range LOW-HIGH of 1–65535.
     */
    static void socketBind(String v, ValueContext c, Problems out) {
        if (!SocketBind.isValid(v)) {
            out.invalidValue(v, "Unable to parse " + c.key() + "= assignment",
                    "Write [ipv4:|ipv6:][tcp:|udp:]PORTS with PORTS any, a port or a range, e.g. ipv6:tcp:8000-8080 or tcp:443");
        }
    }

    /** ifname_valid(): 1–15 printable ASCII characters other than : / %, not all digits, not . or .., all, default. */
    static boolean isInterfaceName(String name) {
        if (name.isEmpty() || name.length() >= 16 || name.equals(".") || name.equals("..") || name.equals("all")
                || name.equals("default")) {
            return false;
        }
        boolean numeric = true;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch >= 127 || ch <= 32 || ch == ':' || ch == '/' || ch == '%') {
                return false;
            }
            numeric &= ch >= '0' && ch <= '9';
        }
        return !numeric;
    }

    /** config_parse_restrict_network_interfaces(): [~]NAME…, invalid names dropped. */
    static void restrictNetworkInterfaces(String v, ValueContext c, Problems out) {
        int from = v.startsWith("~") ? 1 : 0;
        ExtractWord.Split split = ExtractWord.split(v.substring(from), null, ExtractWord.UNQUOTE);
        for (ExtractWord.Word w : split.words()) {
            if (!isInterfaceName(w.text())) {
                out.invalid(from + w.start(), from + w.end(), "'" + w.text() + "' is not a network interface name",
                        Effect.WORD_IGNORED, "Invalid interface name, ignoring: " + w.text(),
                        "Interface names have 1 to 15 printable characters other than : / %, and are not all digits");
            }
        }
        if (split.failed()) {
            out.invalid(from + split.error(), v.length(), "Unbalanced quote in " + c.key() + "=", Effect.REST_IGNORED,
                    "Trailing garbage in " + c.key(), "Close the quote");
        }
    }

    /** config_parse_socket_bindtodevice(): "*" or an interface name. */
    static void bindToDevice(String v, ValueContext c, Problems out) {
        if (!v.equals("*") && !isInterfaceName(v)) {
            out.invalidValue(v, "Invalid interface name, ignoring: " + v,
                    "Write a network interface name (1 to 15 characters, not all digits), or * for none");
        }
    }

    /** config_parse_restrict_filesystems(): [~]NAME…; an unknown @group is dropped with a warning, any other name kept. */
    static void restrictFileSystems(String v, ValueContext c, Problems out) {
        int from = v.startsWith("~") ? 1 : 0;
        ExtractWord.Split split = ExtractWord.split(v.substring(from), null, ExtractWord.UNQUOTE);
        for (ExtractWord.Word w : split.words()) {
            if (w.text().startsWith("@") && !NameTables.get().has("filesystem_group", w.text(), c.release())) {
                out.invalid(from + w.start(), from + w.end(), "Unknown file-system group " + w.text(), Effect.WORD_IGNORED,
                        "bpf-lsm: Unknown filesystem group, ignoring: " + w.text(),
                        "systemd-analyze filesystems lists the groups: "
                                + String.join(" ", NameTables.get().names("filesystem_group", c.release())));
            }
        }
        if (split.failed()) {
            out.invalid(from + split.error(), v.length(), "Unbalanced quote in " + c.key() + "=", Effect.REST_IGNORED,
                    "Trailing garbage in " + c.key(), "Close the quote");
        }
    }
}
