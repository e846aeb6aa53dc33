package dev.unitlint.values;

/** File modes as systemd's {@code parse_mode()} reads them: octal, at most 07777, no sign. */
public final class FileMode {

    private FileMode() {
    }

    public static boolean isValid(String text) {
        String s = text.stripLeading();
        if (s.isEmpty() || s.startsWith("+") || s.startsWith("-")) {
            return false;
        }
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
            value = value * 8 + (c - '0');
            if (value > 07777) {
                return false;
            }
        }
        return true;
    }
}
