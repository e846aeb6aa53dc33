package dev.unitlint.values;

import java.util.OptionalLong;

/** Unsigned integers as systemd's {@code safe_atou()} reads them: decimal, no sign, no blanks inside. */
public final class UnsignedInteger {

    private UnsignedInteger() {
    }

    public static OptionalLong parse(String text) {
        String s = text.strip();
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || s.length() > 10) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        long value = Long.parseLong(s);
        return value > 0xFFFF_FFFFL ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
