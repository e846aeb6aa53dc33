package dev.unitlint.syntax;

/** String checks systemd applies in several places, kept once so every caller judges alike. */
public final class SystemdStrings {

    private SystemdStrings() {
    }

    /**
     * systemd's {@code string_is_safe()}: no control characters, DEL, backslash or quotes. Used
     * for section names and for executable paths.
     */
    public static boolean isSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == 127 || c == '\\' || c == '"' || c == '\'') {
                return false;
            }
        }
        return true;
    }
}
