package dev.unitlint.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * IPAddressAllow= and IPAddressDeny= entries as systemd 252 reads them
 * ({@code config_parse_in_addr_prefixes()}, src/shared/in-addr-prefix-util.c): {@code any},
 * {@code localhost}, {@code link-local}, {@code multicast}, or an address with an optional
 * {@code /prefix} (the address masked to the prefix). Words that do not parse are ignored
 * ("Address prefix is invalid, ignoring assignment").
 *
 * <p>To be replaced by the IPAddressAllow=/IPAddressDeny= parser of {@code dev.unitlint.values}.
 */
final class IpPrefixes {

    /** One prefix: {@code address} masked to {@code length} bits (4 bytes for IPv4, 16 for IPv6). */
    record Prefix(boolean ipv6, byte[] address, int length) {

        boolean isAny() {
            return length == 0;
        }

        /** in_addr_is_localhost(): 127.0.0.0/8 for IPv4, ::1 for IPv6, judged on the masked address. */
        boolean isLocalhost() {
            if (!ipv6) {
                return (address[0] & 0xff) == 127;
            }
            for (int i = 0; i < 15; i++) {
                if (address[i] != 0) {
                    return false;
                }
            }
            return address[15] == 1;
        }
    }

    private IpPrefixes() {
    }

    /** The prefixes one word stands for; empty when systemd ignores the word. */
    static List<Prefix> parseWord(String word) {
        List<Prefix> out = new ArrayList<>(2);
        switch (word) {
            case "any" -> {
                out.add(new Prefix(false, new byte[4], 0));
                out.add(new Prefix(true, new byte[16], 0));
            }
            case "link-local" -> {
                out.add(masked(false, new byte[] {(byte) 169, (byte) 254, 0, 0}, 16));
                out.add(masked(true, v6(0xfe80), 64));
            }
            case "multicast" -> {
                out.add(masked(false, new byte[] {(byte) 224, 0, 0, 0}, 4));
                out.add(masked(true, v6(0xff00), 8));
            }
            default -> {
                if (isLocalhost(word)) {
                    out.add(masked(false, new byte[] {127, 0, 0, 0}, 8));
                    byte[] loopback = new byte[16];
                    loopback[15] = 1;
                    out.add(masked(true, loopback, 128));
                } else {
                    prefix(word).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** hostname-util.c is_localhost(): "localhost" and names under .localhost, with or without .localdomain. */
    private static boolean isLocalhost(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String name : new String[] {"localhost", "localhost.", "localhost.localdomain", "localhost.localdomain."}) {
            if (w.equals(name) || w.endsWith("." + name)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] v6(int firstTwoBytes) {
        byte[] a = new byte[16];
        a[0] = (byte) (firstTwoBytes >> 8);
        a[1] = (byte) firstTwoBytes;
        return a;
    }

    /** in_addr_prefix_from_string_auto(): ADDRESS or ADDRESS/LENGTH, IPv4 or IPv6. */
    static Optional<Prefix> prefix(String word) {
        int slash = word.indexOf('/');
        String address = slash < 0 ? word : word.substring(0, slash);
        byte[] bytes = address.indexOf(':') >= 0 ? ipv6(address) : ipv4(address);
        if (bytes == null) {
            return Optional.empty();
        }
        int max = bytes.length * 8;
        int length = max;
        if (slash >= 0) {
            String digits = word.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            length = Integer.parseInt(digits);
            if (length > max) {
                return Optional.empty();
            }
        }
        return Optional.of(masked(bytes.length == 16, bytes, length));
    }

    private static Prefix masked(boolean ipv6, byte[] address, int length) {
        byte[] a = address.clone();
        for (int bit = length; bit < a.length * 8; bit++) {
            a[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
        }
        return new Prefix(ipv6, a, length);
    }

    /** inet_pton(AF_INET): four decimal numbers up to 255, no leading zeros. */
    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    /** inet_pton(AF_INET6): eight groups of up to four hex digits, one {@code ::}, an IPv4 tail allowed. */
    private static byte[] ipv6(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        String before = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String after = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        if (!groups(before, head, doubleColon < 0) || !groups(after, tail, true)) {
            return null;
        }
        int total = head.size() + tail.size();
        if (doubleColon < 0 ? total != 8 : total > 7) {
            return null;
        }
        List<Integer> all = new ArrayList<>(head);
        for (int i = total; i < 8; i++) {
            all.add(0);
        }
        all.addAll(tail);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[2 * i] = (byte) (all.get(i) >> 8);
            out[2 * i + 1] = (byte) (int) all.get(i);
        }
        return out;
    }

    /** Colon-separated hex groups; the last may be a dotted IPv4 address when {@code tailMayBeV4}. */
    private static boolean groups(String text, List<Integer> out, boolean tailMayBeV4) {
        if (text.isEmpty()) {
            return true;
        }
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && tailMayBeV4 && p.indexOf('.') >= 0) {
                byte[] v4 = ipv4(p);
                if (v4 == null) {
                    return false;
                }
                out.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
                out.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return false;
            }
            for (int k = 0; k < p.length(); k++) {
                if (Character.digit(p.charAt(k), 16) < 0) {
                    return false;
                }
            }
            out.add(Integer.parseInt(p, 16));
        }
        return true;
    }
}
