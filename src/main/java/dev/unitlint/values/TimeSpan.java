package dev.unitlint.values;

import java.util.OptionalLong;

/**
 * systemd time spans ({@code parse_sec()} in src/basic/time-util.c): one or more
 * {@code number[unit]} terms such as {@code 5min 20s}, a unit-less number meaning the default
 * unit (seconds for most keys), fractions such as {@code 1.5s}, and {@code infinity}.
 * Values are in microseconds, as systemd keeps them.
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
    private static final long[] UNIT_VALUES = {
        USEC_PER_SEC, USEC_PER_SEC, USEC_PER_SEC, USEC_PER_SEC,
        USEC_PER_MINUTE, USEC_PER_MINUTE, USEC_PER_MINUTE, USEC_PER_MONTH, USEC_PER_MONTH, USEC_PER_MONTH,
        USEC_PER_MSEC, USEC_PER_MSEC, USEC_PER_MINUTE,
        USEC_PER_HOUR, USEC_PER_HOUR, USEC_PER_HOUR, USEC_PER_HOUR,
        USEC_PER_DAY, USEC_PER_DAY, USEC_PER_DAY,
        USEC_PER_WEEK, USEC_PER_WEEK, USEC_PER_WEEK,
        USEC_PER_YEAR, USEC_PER_YEAR, USEC_PER_YEAR,
        1, 1, 1, 1,
    };

    private TimeSpan() {
    }

    /** Parses with seconds as the default unit; empty when systemd would reject the value. */
    public static OptionalLong parse(String text) {
        return parse(text, USEC_PER_SEC);
    }

    public static OptionalLong parse(String text, long defaultUnit) {
        String s = text.strip();
        if (s.equals("infinity")) {
            return OptionalLong.of(INFINITY);
        }
        if (s.isEmpty()) {
            return OptionalLong.empty();
        }
        double total = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            int fractionStart = -1;
            if (i < s.length() && s.charAt(i) == '.') {
                fractionStart = ++i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            }
            boolean hasDigits = i - start - (fractionStart >= 0 ? 1 : 0) > 0;
            // systemd 252 rejects "5." (a dot without digits after it) and "5.5.5".
            boolean badFraction = fractionStart >= 0 && (i == fractionStart || i < s.length() && s.charAt(i) == '.');
            if (!hasDigits || badFraction) {
                return OptionalLong.empty();
            }
            double number = Double.parseDouble(s.substring(start, i).equals(".") ? "0" : s.substring(start, i));
            while (i < s.length() && isBlank(s.charAt(i))) i++;
            long unit = defaultUnit;
            for (int u = 0; u < UNIT_NAMES.length; u++) {
                if (s.startsWith(UNIT_NAMES[u], i)) {
                    unit = UNIT_VALUES[u];
                    i += UNIT_NAMES[u].length();
                    break;
                }
            }
            total += number * unit;
            if (total >= INFINITY) {
                return OptionalLong.empty();
            }
            if (i < s.length() && !isBlank(s.charAt(i)) && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                return OptionalLong.empty();
            }
            while (i < s.length() && isBlank(s.charAt(i))) i++;
        }
        return OptionalLong.of((long) total);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
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
