package dev.unitlint.values;

/**
 * IP addresses as glibc's {@code inet_pton()} reads them, which systemd calls for every address
 * in a unit file: IPv4 as four decimal parts 0–255 without leading zeros ({@code 10.0.0.1}),
 * IPv6 as up to eight groups of 1–4 hex digits with at most one {@code ::} and an optional
 * dotted IPv4 tail ({@code ::ffff:10.0.0.1}). No zone ({@code %eth0}), no brackets.
 */
public final class InetAddresses {

    private InetAddresses() {
    }

    /** AF_INET (4), AF_INET6 (6), or 0 when the text is neither address. */
    public static int family(String s) {
        if (isIpv4(s)) {
            return 4;
        }
        return isIpv6(s) ? 6 : 0;
    }

    /** inet_pton4(). */
    public static boolean isIpv4(String s) {
        int parts = 0;
        int i = 0;
        while (true) {
            int start = i;
            int value = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (i > start && s.charAt(start) == '0') {
                    return false; // leading zero
                }
                value = value * 10 + (s.charAt(i) - '0');
                if (value > 255) {
                    return false;
                }
                i++;
            }
            if (i == start) {
                return false;
            }
            parts++;
            if (i == s.length()) {
                return parts == 4;
            }
            if (s.charAt(i) != '.' || parts == 4) {
                return false;
            }
            i++;
        }
    }

    /** inet_pton6(). */
    public static boolean isIpv6(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int i = 0;
        if (s.startsWith(":")) {
            if (!s.startsWith("::")) {
                return false;
            }
            i = 1;
        }
        int groups = 0;
        boolean doubleColon = false;
        int curStart = i;
        int digits = 0;
        boolean sawDigit = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.digit(c, 16) >= 0 && c < 0x80) {
                if (++digits > 4) {
                    return false;
                }
                sawDigit = true;
                i++;
                continue;
            }
            if (c == ':') {
                curStart = i + 1;
                if (!sawDigit) {
                    if (doubleColon) {
                        return false;
                    }
                    doubleColon = true;
                    i++;
                    continue;
                }
                if (i + 1 >= s.length()) {
                    return false; // trailing single ':'
                }
                groups++;
                if (groups > 8) {
                    return false;
                }
                sawDigit = false;
                digits = 0;
                i++;
                continue;
            }
            if (c == '.' && groups + 2 <= 8) {
                // An IPv4 tail takes the place of two groups.
                if (!isIpv4(s.substring(curStart))) {
                    return false;
                }
                groups += 2;
                sawDigit = false;
                i = s.length();
                break;
            }
            return false;
        }
        if (sawDigit) {
            groups++;
        }
        if (groups > 8) {
            return false;
        }
        return doubleColon ? groups < 8 : groups == 8;
    }
}
