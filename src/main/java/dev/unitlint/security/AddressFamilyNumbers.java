package dev.unitlint.security;

import java.util.Locale;
import java.util.Map;

/**
 * The numbers of the address families of RestrictAddressFamilies= ({@code af_from_name()},
 * src/basic/af-list.c): the {@code AF_} names of glibc's sys/socket.h (bookworm's glibc 2.36,
 * found with the command of src/basic/generate-af-list.sh), in any case (gperf --ignore-case).
 * systemd keeps families by number, and several names share one: AF_LOCAL and AF_FILE are
 * AF_UNIX, AF_ROUTE is AF_NETLINK, so they count as those families. The words themselves are
 * parsed by {@link dev.unitlint.values.AddressFamilies}, whose name table has no numbers.
 */
final class AddressFamilyNumbers {

    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int AF_NETLINK = 16;
    static final int AF_PACKET = 17;

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("AF_UNIX", 1), Map.entry("AF_LOCAL", 1), Map.entry("AF_FILE", 1), Map.entry("AF_INET", 2),
            Map.entry("AF_AX25", 3), Map.entry("AF_IPX", 4), Map.entry("AF_APPLETALK", 5), Map.entry("AF_NETROM", 6),
            Map.entry("AF_BRIDGE", 7), Map.entry("AF_ATMPVC", 8), Map.entry("AF_X25", 9), Map.entry("AF_INET6", 10),
            Map.entry("AF_ROSE", 11), Map.entry("AF_DECNET", 12), Map.entry("AF_NETBEUI", 13),
            Map.entry("AF_SECURITY", 14), Map.entry("AF_KEY", 15), Map.entry("AF_NETLINK", 16),
            Map.entry("AF_ROUTE", 16), Map.entry("AF_PACKET", 17), Map.entry("AF_ASH", 18), Map.entry("AF_ECONET", 19),
            Map.entry("AF_ATMSVC", 20), Map.entry("AF_RDS", 21), Map.entry("AF_SNA", 22), Map.entry("AF_IRDA", 23),
            Map.entry("AF_PPPOX", 24), Map.entry("AF_WANPIPE", 25), Map.entry("AF_LLC", 26), Map.entry("AF_IB", 27),
            Map.entry("AF_MPLS", 28), Map.entry("AF_CAN", 29), Map.entry("AF_TIPC", 30), Map.entry("AF_BLUETOOTH", 31),
            Map.entry("AF_IUCV", 32), Map.entry("AF_RXRPC", 33), Map.entry("AF_ISDN", 34), Map.entry("AF_PHONET", 35),
            Map.entry("AF_IEEE802154", 36), Map.entry("AF_CAIF", 37), Map.entry("AF_ALG", 38), Map.entry("AF_NFC", 39),
            Map.entry("AF_VSOCK", 40), Map.entry("AF_KCM", 41), Map.entry("AF_QIPCRTR", 42), Map.entry("AF_SMC", 43),
            Map.entry("AF_XDP", 44), Map.entry("AF_MCTP", 45));

    private AddressFamilyNumbers() {
    }

    /** The family's number, or -1 for a name systemd does not know ("Failed to parse address family, ignoring"). */
    static int number(String word) {
        return NUMBERS.getOrDefault(word.toUpperCase(Locale.ROOT), -1);
    }
}
