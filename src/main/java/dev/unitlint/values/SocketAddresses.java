package dev.unitlint.values;

/**
 * Socket addresses as systemd's {@code socket_address_parse()} reads them (src/shared/socket-netlink.c,
 * 252–262), for ListenStream=, ListenDatagram= and ListenSequentialPacket=: an absolute path
 * (AF_UNIX) or {@code @name} (abstract), {@code vsock:CID:PORT}, a port alone, or an address with
 * a port: {@code 10.0.0.1:80}, {@code [::1]:80}. An interface suffix ({@code %eth0}) is looked up
 * on the host, so it is not judged here.
 */
public final class SocketAddresses {

    private SocketAddresses() {
    }

    /** systemd's error for the address ("Invalid argument", "Numerical result out of range"), or null when valid. */
    public static String problem(String s) {
        if (s.startsWith("/") || s.startsWith("@")) {
            int bytes = SystemdPaths.bytes(s);
            if (bytes < 2) {
                return "Invalid argument";
            }
            if (bytes + 1 > 108) {
                return s.startsWith("@") ? "Invalid argument" : "File name too long";
            }
            return null;
        }
        if (s.startsWith("vsock:")) {
            String rest = s.substring("vsock:".length());
            int colon = rest.indexOf(':');
            if (colon < 0) {
                return "Invalid argument";
            }
            String cid = rest.substring(0, colon);
            CNumbers.Parsed port = CNumbers.safeAtou(rest.substring(colon + 1));
            if (!port.ok() || !cid.isEmpty() && !CNumbers.safeAtou(cid).ok()) {
                return port.error() == CNumbers.Error.OUT_OF_RANGE ? "Numerical result out of range" : "Invalid argument";
            }
            return null;
        }
        String portOnly = port(s);
        if (portOnly == null) {
            return null;
        }
        if (portOnly.equals("range")) {
            return "Numerical result out of range";
        }
        if (s.indexOf('#') >= 0) {
            return "Invalid argument";
        }
        int percent = s.indexOf('%');
        if (percent >= 0) {
            String ifname = s.substring(percent + 1);
            boolean plausible = !ifname.isEmpty() && ifname.length() < 128 && ifname.chars().allMatch(ch -> ch > 32 && ch < 127
                    && ch != ':' && ch != '/' && ch != '%');
            return plausible ? null : "Invalid argument"; // a plausible name is looked up on the host
        }
        int colon = s.lastIndexOf(':');
        if (colon < 0) {
            return "Invalid argument"; // an address without a port
        }
        if (s.startsWith("[")) {
            if (colon == 0 || s.charAt(colon - 1) != ']') {
                return "Invalid argument";
            }
            String p = port(s.substring(colon + 1));
            if (p != null) {
                return p.equals("range") ? "Numerical result out of range" : "Invalid argument";
            }
            return InetAddresses.isIpv6(s.substring(1, colon - 1)) ? null : "Invalid argument";
        }
        if (InetAddresses.isIpv6(s)) {
            return "Invalid argument"; // no port
        }
        if (!InetAddresses.isIpv4(s.substring(0, colon))) {
            return "Invalid argument";
        }
        String p = port(s.substring(colon + 1));
        return p == null ? null : p.equals("range") ? "Numerical result out of range" : "Invalid argument";
    }

    /** parse_ip_port(): null when a valid port 1–65535, "range" when a number out of range, else "invalid". */
    private static String port(String s) {
        if (s.isEmpty() || ExtractWord.WHITESPACE.indexOf(s.charAt(0)) >= 0) {
            return "invalid";
        }
        CNumbers.Parsed n = CNumbers.safeAtou16(s);
        if (n.error() == CNumbers.Error.OUT_OF_RANGE) {
            return "range";
        }
        if (!n.ok() || n.value().signum() == 0) {
            return "invalid";
        }
        return null;
    }
}
