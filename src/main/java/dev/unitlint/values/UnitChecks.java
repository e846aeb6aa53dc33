package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import java.util.Set;

/**
 * Checks of the parsers that name units, sockets, bus names and other identifiers
 * (src/core/load-fragment.c of 252): Slice=, Unit= of timers and paths, Service= and Sockets=,
 * the Listen*= addresses, FileDescriptorName=, BusName=, Documentation= and reboot arguments.
 */
final class UnitChecks {

    private UnitChecks() {
    }

    /** fdname_is_valid(): at most 255 printable ASCII characters, no ':'. */
    static boolean isFdName(String s) {
        if (s.length() > 255) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < ' ' || ch >= 127 || ch == ':') {
                return false;
            }
        }
        return true;
    }

    /** The unit name a value names, or a reason why systemd cannot load it (manager_load_unit()). */
    private static String unitNameProblem(String name) {
        if (UnitNames.isTemplate(name)) {
            return "Unit name " + name + " is missing the instance name.";
        }
        if (!UnitNames.isValid(name)) {
            return "Unit name " + name + " is not valid.";
        }
        return null;
    }

    /** config_parse_unit_slice(): a valid .slice name; never on a slice unit itself. */
    static void slice(String v, ValueContext c, Problems out) {
        if (Specifiers.contains(v)) {
            return;
        }
        String problem = unitNameProblem(v);
        if (problem != null) {
            out.invalidValue(v, "Failed to load slice unit " + v + ", ignoring: " + problem,
                    "Write a slice unit name such as system-foo.slice; nested slices are named parent-child.slice");
            return;
        }
        if (!v.endsWith(".slice")) {
            out.invalidValue(v, "Failed to assign slice " + v + " to unit",
                    "Slice= takes a .slice unit, e.g. " + v.substring(0, v.lastIndexOf('.')) + ".slice");
            return;
        }
        if (v.contains("@")) {
            out.invalidValue(v, "Failed to load slice unit " + v + ", ignoring: Invalid argument",
                    "Slices cannot be templates or instances; write a plain name such as system-foo.slice");
            return;
        }
        String sliceProblem = SliceNames.problem(v);
        if (sliceProblem != null) {
            // The assignment is kept, but the slice itself cannot be loaded: the unit fails to start.
            out.add(0, v.length(), ValueProblem.Kind.INVALID, Effect.WARNING, "Slice=" + v + " names a slice systemd"
                    + " cannot load, so this unit fails to start (\"Unit " + v + " failed to load properly\"). "
                    + sliceProblem);
            return;
        }
        if (c.unitType().equals("slice")) {
            out.invalidValue(v, "Failed to assign slice " + v + " to unit",
                    "A slice's parent comes from its name (a-b.slice is in a.slice); remove Slice= from slice units");
        }
    }

    /** config_parse_trigger_unit() (Unit= of timers and paths): a unit name of a known type, not the unit itself. */
    static void triggerUnit(String v, ValueContext c, Problems out) {
        if (Specifiers.contains(v)) {
            return;
        }
        int dot = v.lastIndexOf('.');
        boolean knownType = dot > 0 && dev.unitlint.model.UnitType.fromSuffix(v.substring(dot + 1)).isPresent();
        if (!knownType) {
            out.invalidValue(v, "Unit type not valid, ignoring: " + v,
                    "Write the unit to trigger with its type, e.g. " + c.key() + "=" + (dot > 0 ? v.substring(0, dot) : v) + ".service");
            return;
        }
        if (c.unitName() != null && c.unitName().equals(v)) {
            out.invalidValue(v, "Units cannot trigger themselves, ignoring: " + v,
                    "Name the unit this " + c.unitType() + " should start, usually a .service");
            return;
        }
        if (!UnitNames.isValid(v)) {
            out.invalidValue(v, "Failed to add trigger on " + v + ", ignoring: Invalid argument",
                    "Write a valid unit name: letters, digits and :-_.\\ before the type suffix");
        }
    }

    /** config_parse_socket_service() (Service= of sockets): a .service unit that can be loaded. */
    static void socketService(String v, ValueContext c, Problems out) {
        if (Specifiers.contains(v)) {
            return;
        }
        if (!v.endsWith(".service")) {
            out.invalidValue(v, "Unit must be of type service, ignoring: " + v, "Write a .service unit name");
            return;
        }
        String problem = unitNameProblem(v);
        if (problem != null) {
            out.invalidValue(v, "Failed to load unit " + v + ", ignoring: " + problem, "Write a valid .service unit name");
        }
    }

    /** config_parse_service_sockets() (Sockets= of services): words, each a .socket unit name. */
    static void serviceSockets(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, 0);
        for (ExtractWord.Word w : split.words()) {
            if (Specifiers.contains(w.text())) {
                continue;
            }
            if (!w.text().endsWith(".socket")) {
                out.invalid(w.start(), w.end(), "'" + w.text() + "' in Sockets= is not a .socket unit", Effect.WORD_IGNORED,
                        "Unit must be of type socket, ignoring: " + w.text(), "Write .socket unit names");
            } else if (!UnitNames.isValid(w.text())) {
                out.invalid(w.start(), w.end(), "'" + w.text() + "' is not a valid unit name", Effect.WORD_IGNORED,
                        "Failed to add dependency on " + w.text() + ", ignoring: Invalid argument", "Write valid .socket unit names");
            }
        }
        if (split.failed()) {
            out.invalid(split.error(), v.length(), "A trailing backslash in Sockets=", Effect.REST_IGNORED,
                    "Trailing garbage in sockets", "Remove it");
        }
    }

    /** config_parse_fdname(): printable ASCII without ':', at most 255 characters. */
    static void fdName(String v, ValueContext c, Problems out) {
        if (!Specifiers.contains(v) && !isFdName(v)) {
            out.invalidValue(v, "Invalid file descriptor name, ignoring: " + v,
                    "Write up to 255 printable ASCII characters without ':'");
        }
    }

    /** config_parse_bus_name(): sd_bus_service_name_is_valid(). */
    static void busName(String v, ValueContext c, Problems out) {
        if (!Specifiers.contains(v) && !isBusServiceName(v)) {
            out.invalidValue(v, "Invalid bus name, ignoring: " + v,
                    "Write a D-Bus name with at least two dot-separated elements, e.g. org.example.Daemon");
        }
    }

    /** sd_bus_service_name_is_valid(): a unique name (":1.42") or a well-known name of 2+ elements, ≤ 255 bytes. */
    static boolean isBusServiceName(String n) {
        if (n.isEmpty() || n.length() > 255) {
            return false;
        }
        boolean unique = n.startsWith(":");
        String body = unique ? n.substring(1) : n;
        String[] elements = body.split("\\.", -1);
        if (elements.length < 2) {
            return false;
        }
        for (String e : elements) {
            if (e.isEmpty()) {
                return false;
            }
            for (int i = 0; i < e.length(); i++) {
                char ch = e.charAt(i);
                boolean ok = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_' || ch == '-'
                        || ch >= '0' && ch <= '9' && (unique || i > 0);
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /** config_parse_reboot_parameter(): ASCII, at most 255 characters. */
    static void rebootParameter(String v, ValueContext c, Problems out) {
        if (Specifiers.contains(v)) {
            return;
        }
        if (v.length() > 255 || !v.chars().allMatch(ch -> ch < 128)) {
            out.invalidValue(v, "Invalid reboot parameter '" + v + "'", "Write at most 255 ASCII characters");
        }
    }

    /**
     * config_parse_documentation(): words (config_parse_strv(): quotes removed), each a URL with
     * one of the schemes systemd knows (documentation_url_is_valid()).
     */
    static void documentation(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE | ExtractWord.RETAIN_ESCAPE);
        for (ExtractWord.Word word : split.words()) {
            String url = word.text();
            if (Specifiers.contains(url)) {
                continue;
            }
            String rest = null;
            for (String scheme : new String[] {"http://", "https://", "file:/", "info:", "man:"}) {
                if (url.startsWith(scheme)) {
                    rest = url.substring(scheme.length());
                    break;
                }
            }
            if (rest == null || rest.isEmpty() || !rest.chars().allMatch(ch -> ch > ' ' && ch < 127)) {
                out.invalid(word.start(), word.end(), "Invalid Documentation= URL '" + url + "'", Effect.WORD_IGNORED,
                        "Invalid URL, ignoring", "Write http://, https://, file:/, info: or man: URLs, e.g. man:foo(8) or file:"
                                + (url.startsWith("/") ? url : "/…"));
            }
        }
        if (split.failed()) {
            // config_parse_strv() has already stored the words before the bad one when it gives up.
            out.invalid(split.error(), v.length(), "Unbalanced quote in Documentation=", Effect.REST_IGNORED,
                    "Invalid syntax, ignoring", "Close the quote");
        }
    }

    /** Netlink families socket_address_parse_netlink() knows (netlink_family_table, 252–262), besides numbers. */
    static final Set<String> NETLINK_FAMILIES = Set.of("route", "firewall", "inet-diag", "nflog", "xfrm", "selinux",
            "iscsi", "audit", "fib-lookup", "connector", "netfilter", "ip6-fw", "dnrtmsg", "kobject-uevent", "generic",
            "scsitransport", "ecryptfs", "rdma");

    /**
     * config_parse_socket_listen(): ListenStream=/Datagram=/SequentialPacket= take a socket
     * address, ListenNetlink= a netlink family and group, the others an absolute path.
     */
    static void listen(String v, ValueContext c, Problems out) {
        if (Specifiers.contains(v)) {
            return;
        }
        switch (c.key()) {
            case "ListenStream", "ListenDatagram", "ListenSequentialPacket" -> {
                String problem = SocketAddresses.problem(v);
                if (problem != null) {
                    out.invalidValue(v, "Failed to parse address value in '" + v + "', ignoring: " + problem,
                            "Write a port (80), an address and port (127.0.0.1:80, [::1]:80), an absolute path for an"
                                    + " AF_UNIX socket (/run/foo.sock), @name for an abstract one, or vsock:CID:PORT");
                } else if (c.key().equals("ListenSequentialPacket") && !v.startsWith("/") && !v.startsWith("@")) {
                    out.invalidValue(v, "Address family not supported, ignoring: " + v,
                            "Sequential-packet sockets exist only as AF_UNIX sockets: write a path or @name");
                }
            }
            case "ListenNetlink" -> {
                ExtractWord.Result family = ExtractWord.extract(v, 0, null, 0);
                String rest = family.status() > 0 && family.next() >= 0 ? v.substring(family.next()) : "";
                boolean ok = family.status() > 0 && (NETLINK_FAMILIES.contains(family.word().text())
                        || CNumbers.safeAtoi(family.word().text()).ok() && CNumbers.safeAtoi(family.word().text()).value().signum() >= 0)
                        && (rest.isEmpty() || CNumbers.safeAtou(rest).ok());
                if (!ok) {
                    out.invalidValue(v, "Failed to parse address value in '" + v + "'",
                            "Write a netlink family and an optional multicast group, e.g. kobject-uevent 1 or route");
                }
            }
            case "ListenSpecial" -> PathChecks.absolute(v, c, out);
            default -> PathChecks.path(v, 0, v, c, out, SystemdPaths.Check.ABSOLUTE, Effect.ASSIGNMENT_IGNORED,
                    PathChecks.ApiVfs.REFUSED);
        }
    }
}
