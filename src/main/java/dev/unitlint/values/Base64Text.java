package dev.unitlint.values;

/**
 * Base64 as systemd's {@code unbase64mem()} reads it (src/basic/hexdecoct.c): the standard
 * alphabet, blanks and newlines ignored anywhere, '=' padding only at the end.
 */
final class Base64Text {

    private Base64Text() {
    }

    static boolean isValid(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (" \t\n\r".indexOf(c) < 0) {
                s.append(c);
            }
        }
        int pad = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alphabet = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
            if (c == '=') {
                pad++;
            } else if (!alphabet || pad > 0) {
                return false;
            }
        }
        return pad <= 2 && s.length() % 4 == 0;
    }
}
