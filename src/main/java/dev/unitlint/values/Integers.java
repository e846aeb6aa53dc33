package dev.unitlint.values;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Integers as systemd's {@code safe_atou()}/{@code safe_atoi()} read them: C's {@code strtoul()}
 * with base 0, so leading blanks, a sign, {@code 0x} hexadecimal and {@code 0} octal are
 * accepted; nothing may follow the number.
 */
public final class Integers {

    private Integers() {
    }

    /** The number, or empty when strtol() with base 0 would not consume the whole text. */
    public static Optional<BigInteger> parse(String text) {
        String s = text.stripLeading();
        boolean negative = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        int radix = 10;
        if (s.length() > 1 && (s.startsWith("0x") || s.startsWith("0X"))) {
            radix = 16;
            s = s.substring(2);
        } else if (s.length() > 1 && s.startsWith("0")) {
            radix = 8;
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0 || s.charAt(i) > 'f' && radix == 16 || s.charAt(i) > 0x7f) {
                return Optional.empty();
            }
        }
        BigInteger value = new BigInteger(s, radix);
        return Optional.of(negative ? value.negate() : value);
    }

    /** {@code safe_atou()}: a 32-bit unsigned value; a minus sign is refused. */
    public static boolean isUnsigned(String text) {
        if (text.stripLeading().startsWith("-")) {
            return false;
        }
        return parse(text).filter(v -> v.bitLength() <= 32).isPresent();
    }

    /** {@code safe_atoi()}: a 32-bit signed value. */
    public static Optional<Integer> parseInt(String text) {
        return parse(text).filter(v -> v.bitLength() <= 31).map(BigInteger::intValue);
    }
}
