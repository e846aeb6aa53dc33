package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IPAddressAllow= and IPAddressDeny= as systemd reads them ({@code config_parse_in_addr_prefixes()},
 * src/shared/in-addr-prefix-util.c, 252–262): words that are {@code any}, {@code localhost}
 * (and {@code *.localhost}), {@code link-local}, {@code multicast}, or an IPv4/IPv6 address with
 * an optional {@code /prefix-length} (a bare address means the whole address: /32 or /128).
 * systemd drops an invalid word with a warning and keeps the others.
 */
public final class IpAddressPrefixes {

    /** One word: {@code special} for the four names, else the address family (4, 6, or 0 when invalid) and length. */
    public record Prefix(String text, int start, int end, String special, int family, int length) {
        public boolean valid() {
            return special != null || family != 0;
        }
    }

    private IpAddressPrefixes() {
    }

    /** is_localhost(). */
    static boolean isLocalhost(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String s : new String[] {"localhost", "localhost.", "localhost.localdomain", "localhost.localdomain."}) {
            if (n.equals(s) || n.endsWith("." + s)) {
                return true;
            }
        }
        return false;
    }

    /** One word as in_addr_prefix_from_string_auto() (or the special names) reads it. */
    public static Prefix word(String text, int start, int end) {
        if (text.equals("any") || text.equals("link-local") || text.equals("multicast")) {
            return new Prefix(text, start, end, text, 0, 0);
        }
        if (isLocalhost(text)) {
            return new Prefix(text, start, end, "localhost", 0, 0);
        }
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        int family = InetAddresses.family(address);
        if (family == 0) {
            return new Prefix(text, start, end, null, 0, 0);
        }
        int max = family == 4 ? 32 : 128;
        int length = max;
        if (slash >= 0) {
            CNumbers.Parsed n = CNumbers.safeAtou8(text.substring(slash + 1));
            if (!n.ok() || n.value().intValue() > max) {
                return new Prefix(text, start, end, null, 0, 0);
            }
            length = n.value().intValue();
        }
        return new Prefix(text, start, end, null, family, length);
    }

    /** The words of the value (split without quoting), and where a trailing backslash stopped the split (or −1). */
    public static List<Prefix> parse(String value) {
        List<Prefix> out = new ArrayList<>();
        for (ExtractWord.Word w : ExtractWord.split(value, null, 0).words()) {
            out.add(word(w.text(), w.start(), w.end()));
        }
        return out;
    }

    static void check(String value, ValueContext c, Problems out) {
        for (Prefix p : parse(value)) {
            if (!p.valid()) {
                out.invalid(p.start(), p.end(), "'" + p.text() + "' is not an address prefix", Effect.WORD_IGNORED,
                        "Address prefix is invalid, ignoring assignment: " + p.text(),
                        "Write an IPv4 or IPv6 address with an optional prefix length (10.0.0.0/8, fe80::/64, 192.168.1.5),"
                                + " or any, localhost, link-local, multicast");
            }
        }
        ExtractWord.Split split = ExtractWord.split(value, null, 0);
        if (split.failed()) {
            out.invalid(split.error(), value.length(), "A trailing backslash in " + c.key() + "=", Effect.REST_IGNORED,
                    "Invalid syntax", "Remove the backslash");
        }
    }
}
