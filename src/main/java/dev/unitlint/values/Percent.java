package dev.unitlint.values;

/**
 * Percentages as systemd's src/basic/percent-util.c reads them (252–262): {@code 50%} (two
 * decimals at most), {@code 500‰} (one decimal), {@code 5000‱} (whole numbers). The number before
 * the sign is read by safe_atoi(), so {@code 0x10%} is 16%.
 */
public final class Percent {

    /** The value in the unit asked for (permyriad for {@link #permyriad}), or the error. */
    public record Result(int value, CNumbers.Error error) {
        public boolean ok() {
            return error == null;
        }
    }

    private Percent() {
    }

    private static Result fail(CNumbers.Error e) {
        return new Result(0, e);
    }

    /** parse_permyriad(): at most 100%. */
    public static Result permyriad(String p) {
        Result r = permyriadUnbounded(p);
        return r.ok() && r.value() > 10000 ? fail(CNumbers.Error.OUT_OF_RANGE) : r;
    }

    /** parse_permyriad_unbounded(). */
    public static Result permyriadUnbounded(String p) {
        if (p.endsWith("‱")) {
            return whole(p, "‱");
        }
        if (p.endsWith("‰")) {
            return withDecimals(p, "‰", 1);
        }
        return withDecimals(p, "%", 2);
    }

    /** parse_percent(): whole percentages up to 100. */
    public static Result percent(String p) {
        Result r = whole(p, "%");
        return r.ok() && r.value() > 100 ? fail(CNumbers.Error.OUT_OF_RANGE) : r;
    }

    /** parse_parts_value_whole(). */
    private static Result whole(String p, String symbol) {
        if (!p.endsWith(symbol)) {
            return fail(CNumbers.Error.INVALID);
        }
        CNumbers.Parsed n = CNumbers.safeAtoi(p.substring(0, p.length() - symbol.length()));
        if (!n.ok()) {
            return fail(n.error());
        }
        if (n.value().signum() < 0) {
            return fail(CNumbers.Error.OUT_OF_RANGE);
        }
        return new Result(n.value().intValue(), null);
    }

    /** parse_parts_value_with_tenths_place() (1 place) and …_hundredths_place() (1 or 2 places). */
    private static Result withDecimals(String p, String symbol, int places) {
        if (!p.endsWith(symbol)) {
            return fail(CNumbers.Error.INVALID);
        }
        String body = p.substring(0, p.length() - symbol.length());
        int dot = body.indexOf('.');
        int fraction = 0;
        String integer = body;
        if (dot >= 0) {
            String digits = body.substring(dot + 1);
            if (digits.isEmpty() || digits.length() > places || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return fail(CNumbers.Error.INVALID);
            }
            fraction = Integer.parseInt(digits);
            for (int k = digits.length(); k < places; k++) {
                fraction *= 10;
            }
            integer = body.substring(0, dot);
        }
        CNumbers.Parsed n = CNumbers.safeAtoi(integer);
        if (!n.ok()) {
            return fail(n.error());
        }
        long v = n.value().longValue();
        int scale = places == 1 ? 10 : 100;
        if (v < 0) {
            return fail(CNumbers.Error.OUT_OF_RANGE);
        }
        if (v > (Integer.MAX_VALUE - fraction) / scale) {
            return fail(CNumbers.Error.OUT_OF_RANGE);
        }
        return new Result((int) (v * scale + fraction), null);
    }
}
