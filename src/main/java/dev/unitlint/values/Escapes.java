package dev.unitlint.values;

/** C escapes as systemd's {@code cunescape()} decodes them (without flags: an unknown escape is an error). */
final class Escapes {

    private Escapes() {
    }

    /** The offset of the first backslash that starts no valid escape, or −1. */
    static int firstInvalid(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '\\') {
                continue;
            }
            if (i + 1 >= s.length()) {
                return i;
            }
            int[] decoded = CommandLine.unescape(s, i + 1);
            if (decoded == null) {
                return i;
            }
            i = decoded[1] - 1;
        }
        return -1;
    }
}
