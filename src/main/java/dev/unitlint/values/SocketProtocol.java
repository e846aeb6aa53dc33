package dev.unitlint.values;

/**
 * config_parse_socket_protocol() (SocketProtocol=, 252–262): parse_ip_protocol() restricted to
 * UDP-Lite and SCTP: {@code udplite} or {@code sctp} in any case, or their numbers 136 and 132.
 */
final class SocketProtocol {

    private SocketProtocol() {
    }

    static void check(String v, ValueContext c, Problems out) {
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("udplite") || lower.equals("sctp")) {
            return;
        }
        CNumbers.Parsed n = CNumbers.safeAtoi(v);
        if (n.ok() && (n.value().intValue() == 132 || n.value().intValue() == 136)) {
            return;
        }
        out.invalidValue(v, "Failed to parse socket protocol", "SocketProtocol= takes udplite or sctp (TCP and UDP come"
                + " from ListenStream= and ListenDatagram=)");
    }
}
