package dev.unitlint.values;

/**
 * SocketBindAllow= and SocketBindDeny= rules as systemd reads them ({@code parse_socket_bind_item()},
 * src/shared/parse-helpers.c, 252–262): {@code [ipv4:|ipv6:][tcp:|udp:]PORTS} where PORTS is
 * {@code any}, a port or a range {@code LOW-HIGH} (1–65535), fields separated by ':'.
 */
public final class SocketBind {

    private SocketBind() {
    }

    public static boolean isValid(String value) {
        if (value.isEmpty()) {
            return false;
        }
        int parser = 0; // 0: address family, 1: protocol, 2: ports, 3: done
        int p = 0;
        boolean lastOk = true;
        while (true) {
            ExtractWord.Result r = ExtractWord.extract(value, p, ":", ExtractWord.DONT_COALESCE_SEPARATORS);
            if (r.status() == 0) {
                break;
            }
            if (r.status() < 0 || r.word().text().isEmpty()) {
                return false;
            }
            String token = r.word().text();
            lastOk = false;
            while (parser < 3) {
                boolean ok = switch (parser) {
                    case 0 -> token.equals("ipv4") || token.equals("ipv6");
                    case 1 -> token.equals("tcp") || token.equals("udp");
                    default -> token.equals("any") || portRange(token);
                };
                parser++;
                if (ok) {
                    lastOk = true;
                    break;
                }
            }
            p = r.next();
            if (parser == 3) {
                if (!lastOk) {
                    return false;
                }
                return p < 0; // something after the ports
            }
            if (!lastOk) {
                return false;
            }
        }
        return lastOk;
    }

    /** parse_ip_port_range(): PORT or LOW-HIGH (parse_range()) with 1 ≤ LOW ≤ HIGH ≤ 65535. */
    static boolean portRange(String token) {
        long[] range = CgroupChecks.range(token);
        if (range == null) {
            return false;
        }
        return range[0] >= 1 && range[1] <= 65535 && range[0] <= range[1];
    }
}
