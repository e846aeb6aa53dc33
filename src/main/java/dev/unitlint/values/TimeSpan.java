package dev.unitlint.values;

import java.math.BigInteger;
import java.util.OptionalLong;

/**
 * systemd time spans ({@code parse_time()}, {@code parse_sec()} and {@code parse_nsec()} in
 * src/basic/time-util.c, unchanged from 247 to 262): one or more {@code number[unit]} terms such
 * as {@code 5min 20s}, a unit-less number meaning the default unit (seconds for most keys),
 * fractions such as {@code 1.5s}, and {@code infinity}.
 *
 * <p>systemd keeps spans as unsigned 64-bit microseconds (nanoseconds for {@code parse_nsec()})
 * and refuses a span that reaches 2^64 − 1 ({@code USEC_INFINITY}): so {@code 9223372036855}
 * seconds (just above 2^63 µs) is a valid span. {@link #parse} saturates values of 2^63 µs and
 * more to {@link #INFINITY}, which they are for every practical purpose (292,000 years).
 */
public final class TimeSpan {

    public static final long INFINITY = Long.MAX_VALUE;
    public static final long USEC_PER_MSEC = 1_000L;
    public static final long USEC_PER_SEC = 1_000_000L;
    public static final long USEC_PER_MINUTE = 60 * USEC_PER_SEC;
    public static final long USEC_PER_HOUR = 60 * USEC_PER_MINUTE;
    public static final long USEC_PER_DAY = 24 * USEC_PER_HOUR;
    public static final long USEC_PER_WEEK = 7 * USEC_PER_DAY;
    public static final long USEC_PER_MONTH = 2_629_800L * USEC_PER_SEC;
    public static final long USEC_PER_YEAR = 31_557_600L * USEC_PER_SEC;

    /** Why systemd rejects a span: EINVAL (not a span) or ERANGE (negative or 2^64 − 1 units and more). */
    public enum Error { INVALID, OUT_OF_RANGE }

    /** A parsed span in the unit of its parser (µs or ns), exact, or the error systemd returns. */
    public record Result(BigInteger value, Error error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Units in the order systemd tries them: a longer spelling before its prefixes ("ms" before "m"). */
    private static final String[] UNIT_NAMES = {
        "seconds", "second", "sec", "s",
        "minutes", "minute", "min", "months", "month", "M", "msec", "ms", "m",
        "hours", "hour", "hr", "h",
        "days", "day", "d",
        "weeks", "week", "w",
        "years", "year", "y",
        "usec", "us", "μs", "µs",
    };
    private static final long[] UNIT_USEC = {
        USEC_PER_SEC, USEC_PER_SEC, USEC_PER_SEC, USEC_PER_SEC,
        USEC_PER_MINUTE, USEC_PER_MINUTE, USEC_PER_MINUTE, USEC_PER_MONTH, USEC_PER_MONTH, USEC_PER_MONTH,
        USEC_PER_MSEC, USEC_PER_MSEC, USEC_PER_MINUTE,
        USEC_PER_HOUR, USEC_PER_HOUR, USEC_PER_HOUR, USEC_PER_HOUR,
        USEC_PER_DAY, USEC_PER_DAY, USEC_PER_DAY,
        USEC_PER_WEEK, USEC_PER_WEEK, USEC_PER_WEEK,
        USEC_PER_YEAR, USEC_PER_YEAR, USEC_PER_YEAR,
        1, 1, 1, 1,
    };
    /** extract_nsec_multiplier(): the same units in nanoseconds, plus nsec/ns. */
    private static final String[] NSEC_UNIT_NAMES;
    private static final long[] UNIT_NSEC;

    static {
        NSEC_UNIT_NAMES = new String[UNIT_NAMES.length + 2];
        UNIT_NSEC = new long[UNIT_USEC.length + 2];
        for (int i = 0; i < UNIT_NAMES.length; i++) {
            NSEC_UNIT_NAMES[i] = UNIT_NAMES[i];
            UNIT_NSEC[i] = UNIT_USEC[i] * 1000;
        }
        NSEC_UNIT_NAMES[UNIT_NAMES.length] = "nsec";
        NSEC_UNIT_NAMES[UNIT_NAMES.length + 1] = "ns";
        UNIT_NSEC[UNIT_NAMES.length] = 1;
        UNIT_NSEC[UNIT_NAMES.length + 1] = 1;
    }

    /** 2^64 − 1: USEC_INFINITY and NSEC_INFINITY. */
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger SIGNED_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private TimeSpan() {
    }

    /** Parses with seconds as the default unit; empty when systemd would reject the value. */
    public static OptionalLong parse(String text) {
        return parse(text, USEC_PER_SEC);
    }

    /** Parses with {@code defaultUnit} µs as the unit of a bare number; empty when systemd rejects it. */
    public static OptionalLong parse(String text, long defaultUnit) {
        Result r = parseExact(text, defaultUnit);
        if (!r.ok()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(r.value().compareTo(SIGNED_MAX) >= 0 ? INFINITY : r.value().longValueExact());
    }

    /** {@code parse_time(text, defaultUnit)}: the exact span in µs (2^64 − 1 for infinity) or systemd's error. */
    public static Result parseExact(String text, long defaultUnit) {
        return parse(text, defaultUnit, UNIT_NAMES, UNIT_USEC);
    }

    /** {@code parse_nsec()}: nanoseconds, a bare number meaning nanoseconds. */
    public static Result parseNsec(String text) {
        return parse(text, 1, NSEC_UNIT_NAMES, UNIT_NSEC);
    }

    private static Result parse(String t, long defaultUnit, String[] names, long[] multipliers) {
        int p = skipWhitespace(t, 0);
        if (t.startsWith("infinity", p)) {
            int s = skipWhitespace(t, p + "infinity".length());
            return s == t.length() ? new Result(UINT64_MAX, null) : new Result(null, Error.INVALID);
        }
        BigInteger total = BigInteger.ZERO;
        boolean something = false;
        while (true) {
            p = skipWhitespace(t, p);
            if (p == t.length()) {
                return something ? new Result(total, null) : new Result(null, Error.INVALID);
            }
            if (t.charAt(p) == '-') {
                return new Result(null, Error.OUT_OF_RANGE); // "Don't allow -0"
            }
            CNumbers.Strto number = CNumbers.strtoll(t, p, 10);
            if (number.overflow()) {
                return new Result(null, Error.OUT_OF_RANGE);
            }
            int e = number.end();
            if (number.value().signum() < 0) {
                return new Result(null, Error.OUT_OF_RANGE);
            }
            boolean fraction = e < t.length() && t.charAt(e) == '.';
            if (fraction) {
                p = e + 1;
                while (p < t.length() && isDigit(t.charAt(p))) {
                    p++;
                }
            } else if (e == p) {
                return new Result(null, Error.INVALID);
            } else {
                p = e;
            }
            int unitStart = skipWhitespace(t, p);
            long multiplier = defaultUnit;
            int s = unitStart;
            for (int u = 0; u < names.length; u++) {
                if (t.startsWith(names[u], unitStart)) {
                    multiplier = multipliers[u];
                    s = unitStart + names[u].length();
                    break;
                }
            }
            if (s == p && s < t.length()) {
                return new Result(null, Error.INVALID); // "12.34.56"
            }
            p = s;
            BigInteger m = BigInteger.valueOf(multiplier);
            if (number.value().compareTo(UINT64_MAX.divide(m)) >= 0) {
                return new Result(null, Error.OUT_OF_RANGE);
            }
            BigInteger k = number.value().multiply(m);
            if (k.compareTo(UINT64_MAX.subtract(total)) >= 0) {
                return new Result(null, Error.OUT_OF_RANGE);
            }
            total = total.add(k);
            something = true;
            if (fraction) {
                long digitWeight = multiplier / 10;
                int b = e + 1;
                for (; b < t.length() && isDigit(t.charAt(b)); b++, digitWeight /= 10) {
                    BigInteger part = BigInteger.valueOf((long) (t.charAt(b) - '0') * digitWeight);
                    if (part.compareTo(UINT64_MAX.subtract(total)) >= 0) {
                        return new Result(null, Error.OUT_OF_RANGE);
                    }
                    total = total.add(part);
                }
                if (b == e + 1) {
                    return new Result(null, Error.INVALID); // "3.", "3.sec"
                }
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** strspn(p, WHITESPACE): WHITESPACE is " \t\n\r" in systemd. */
    private static int skipWhitespace(String t, int p) {
        while (p < t.length() && " \t\n\r".indexOf(t.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }

    /** Formats microseconds the way systemd prints spans: {@code 1min 30s}, {@code 100ms}, {@code infinity}. */
    public static String format(long usec) {
        if (usec == INFINITY) {
            return "infinity";
        }
        if (usec == 0) {
            return "0";
        }
        long[] units = {USEC_PER_DAY, USEC_PER_HOUR, USEC_PER_MINUTE, USEC_PER_SEC, USEC_PER_MSEC, 1};
        String[] names = {"d", "h", "min", "s", "ms", "us"};
        StringBuilder out = new StringBuilder();
        long rest = usec;
        for (int u = 0; u < units.length && rest > 0; u++) {
            long n = rest / units[u];
            if (n > 0) {
                if (out.length() > 0) out.append(' ');
                out.append(n).append(names[u]);
                rest -= n * units[u];
            }
        }
        return out.toString();
    }
}
