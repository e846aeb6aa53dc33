package dev.unitlint.values;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Integers as systemd reads them: C's {@code strtol()} family and systemd's {@code safe_ato*()}
 * wrappers (src/basic/parse-util.c, the same from 247 to 262). With base 0, leading blanks, a
 * sign, {@code 0x} hexadecimal, a leading {@code 0} for octal and (safe_ato* only) Python's
 * {@code 0b} and {@code 0o} prefixes are accepted; nothing may follow the number.
 */
public final class CNumbers {

    /** What systemd's parse functions return: a value, or EINVAL (not a number) or ERANGE. */
    public enum Error { INVALID, OUT_OF_RANGE }

    /** A parsed number or the error systemd returns. */
    public record Parsed(BigInteger value, Error error) {
        public boolean ok() {
            return error == null;
        }

        public Optional<BigInteger> asOptional() {
            return Optional.ofNullable(value);
        }

        static Parsed of(BigInteger value) {
            return new Parsed(value, null);
        }

        static Parsed fail(Error error) {
            return new Parsed(null, error);
        }
    }

    /**
     * One strto*() call: the value as written (sign applied, before C's wrap-around of negative
     * unsigned values), the offset after the last digit ({@code start} when there was none), and
     * whether the magnitude overflowed the type.
     */
    public record Strto(BigInteger value, int end, boolean overflow) {
    }

    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger UINT32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);

    private CNumbers() {
    }

    /** C's isspace() in the C locale. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 11 || c == '\f' || c == '\r';
    }

    /** strtoll(s + from, &end, base). */
    public static Strto strtoll(String s, int from, int base) {
        Strto raw = scan(s, from, base);
        boolean overflow = raw.overflow() || raw.value().compareTo(INT64_MIN) < 0 || raw.value().compareTo(INT64_MAX) > 0;
        return new Strto(raw.value(), raw.end(), overflow);
    }

    /** strtoull(s + from, &end, base); strtoul() is the same on 64-bit Linux. */
    public static Strto strtoull(String s, int from, int base) {
        Strto raw = scan(s, from, base);
        boolean overflow = raw.overflow() || raw.value().abs().compareTo(UINT64_MAX) > 0;
        return new Strto(raw.value(), raw.end(), overflow);
    }

    private static Strto scan(String s, int from, int base) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int radix = base;
        if ((base == 0 || base == 16) && i + 1 < s.length() && s.charAt(i) == '0'
                && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && i + 2 < s.length() && Character.digit(s.charAt(i + 2), 16) >= 0 && s.charAt(i + 2) < 0x80) {
            radix = 16;
            i += 2;
        } else if (base == 0) {
            radix = i < s.length() && s.charAt(i) == '0' ? 8 : 10;
        }
        int digitsStart = i;
        while (i < s.length() && s.charAt(i) < 0x80 && Character.digit(s.charAt(i), radix) >= 0) {
            i++;
        }
        if (i == digitsStart) {
            return new Strto(BigInteger.ZERO, from, false);
        }
        String digits = s.substring(digitsStart, i);
        if (digits.length() > 80) {
            return new Strto(negative ? UINT64_MAX.negate() : UINT64_MAX, i, true);
        }
        BigInteger value = new BigInteger(digits, radix);
        return new Strto(negative ? value.negate() : value, i, false);
    }

    /** mangle_base(): with base 0, "0b"/"0B" switch to base 2 and "0o"/"0O" to base 8. */
    private static int[] mangleBase(String s, int i) {
        if (s.startsWith("0b", i) || s.startsWith("0B", i)) {
            return new int[] {2, i + 2};
        }
        if (s.startsWith("0o", i) || s.startsWith("0O", i)) {
            return new int[] {8, i + 2};
        }
        return new int[] {0, i};
    }

    private static int skipWhitespace(String s) {
        int i = 0;
        while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** safe_atollu(): an unsigned 64-bit number; "-0" is 0, any other negative number ERANGE. */
    public static Parsed safeAtou64(String text) {
        return unsigned(text, UINT64_MAX);
    }

    /** safe_atou(): an unsigned 32-bit number. */
    public static Parsed safeAtou(String text) {
        return unsigned(text, UINT32_MAX);
    }

    /** safe_atou8(). */
    public static Parsed safeAtou8(String text) {
        return unsigned(text, BigInteger.valueOf(255));
    }

    /** safe_atou16(). */
    public static Parsed safeAtou16(String text) {
        return unsigned(text, BigInteger.valueOf(65535));
    }

    /** safe_atoi(): a signed 32-bit number. */
    public static Parsed safeAtoi(String text) {
        return signed(text, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
    }

    /** safe_atolli() and safe_atoli() (long is 64 bits on the platforms systemd runs on). */
    public static Parsed safeAtoi64(String text) {
        return signed(text, INT64_MIN, INT64_MAX);
    }

    /**
     * safe_atou_full() with an explicit base (no prefixes mangled) and SAFE_ATO_REFUSE_PLUS_MINUS
     * when {@code refuseSign}, as parse_mode() calls it (base 8).
     */
    public static Parsed safeAtouBase(String text, int base, boolean refuseSign, BigInteger max) {
        int i = skipWhitespace(text);
        if (refuseSign && i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            return Parsed.fail(Error.INVALID);
        }
        Strto n = strtoull(text, i, base);
        if (n.end() == i || n.end() != text.length()) {
            return Parsed.fail(Error.INVALID);
        }
        if (n.overflow() || n.value().signum() < 0 || n.value().compareTo(max) > 0) {
            return Parsed.fail(Error.OUT_OF_RANGE);
        }
        return Parsed.of(n.value());
    }

    private static Parsed unsigned(String text, BigInteger max) {
        int i = skipWhitespace(text);
        int[] mangled = mangleBase(text, i);
        i = mangled[1];
        Strto n = strtoull(text, i, mangled[0]);
        if (n.end() == i || n.end() != text.length()) {
            return Parsed.fail(Error.INVALID);
        }
        if (n.overflow()) {
            return Parsed.fail(Error.OUT_OF_RANGE);
        }
        if (n.value().signum() < 0 || n.value().compareTo(max) > 0) {
            return Parsed.fail(Error.OUT_OF_RANGE);
        }
        return Parsed.of(n.value());
    }

    private static Parsed signed(String text, BigInteger min, BigInteger max) {
        int i = skipWhitespace(text);
        int[] mangled = mangleBase(text, i);
        i = mangled[1];
        Strto n = strtoll(text, i, mangled[0]);
        if (n.end() == i || n.end() != text.length()) {
            return Parsed.fail(Error.INVALID);
        }
        if (n.overflow() || n.value().compareTo(min) < 0 || n.value().compareTo(max) > 0) {
            return Parsed.fail(Error.OUT_OF_RANGE);
        }
        return Parsed.of(n.value());
    }
}
