package dev.unitlint.values;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Byte sizes as systemd's {@code parse_size()} reads them (src/basic/parse-util.c, 252–262): one
 * or more {@code number[suffix]} terms with strictly decreasing suffixes ({@code 1G 512M} is
 * 1.5G), suffixes E, P, T, G, M, K, B in upper case only, base 1024 or 1000, decimal fractions
 * ({@code 1.5G}); the total must fit in 64 bits.
 */
public final class Sizes {

    private static final String[] SUFFIXES = {"E", "P", "T", "G", "M", "K", "B", ""};
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** The size in bytes, or systemd's error. */
    public record Result(BigInteger value, CNumbers.Error error) {
        public boolean ok() {
            return error == null;
        }
    }

    private Sizes() {
    }

    private static Result fail(CNumbers.Error e) {
        return new Result(null, e);
    }

    /** parse_size(t, base) with base 1024 (IEC) or 1000 (SI). */
    public static Result parseSize(String t, int base) {
        BigInteger total = BigInteger.ZERO;
        int startPos = 0;
        int p = 0;
        do {
            while (p < t.length() && ExtractWord.WHITESPACE.indexOf(t.charAt(p)) >= 0) {
                p++;
            }
            CNumbers.Strto n = CNumbers.strtoull(t, p, 10);
            if (n.overflow()) {
                return fail(CNumbers.Error.OUT_OF_RANGE);
            }
            int e = n.end();
            if (e == p) {
                return fail(CNumbers.Error.INVALID);
            }
            if (t.charAt(p) == '-') {
                return fail(CNumbers.Error.OUT_OF_RANGE);
            }
            BigInteger l = n.value();
            BigDecimal frac = BigDecimal.ZERO;
            if (e < t.length() && t.charAt(e) == '.') {
                e++;
                if (e < t.length() && t.charAt(e) >= '0' && t.charAt(e) <= '9') {
                    CNumbers.Strto f = CNumbers.strtoull(t, e, 10);
                    if (f.overflow()) {
                        return fail(CNumbers.Error.OUT_OF_RANGE);
                    }
                    frac = new BigDecimal(f.value()).movePointLeft(f.end() - e);
                    e = f.end();
                }
            }
            while (e < t.length() && ExtractWord.WHITESPACE.indexOf(t.charAt(e)) >= 0) {
                e++;
            }
            int i = startPos;
            while (i < SUFFIXES.length && !t.startsWith(SUFFIXES[i], e)) {
                i++;
            }
            if (i >= SUFFIXES.length) {
                return fail(CNumbers.Error.INVALID);
            }
            BigInteger factor = BigInteger.valueOf(base).pow(SUFFIXES.length - 2 - Math.min(i, SUFFIXES.length - 2));
            if (i >= SUFFIXES.length - 2) {
                factor = BigInteger.ONE;
            }
            BigInteger whole = l.add(frac.signum() > 0 ? BigInteger.ONE : BigInteger.ZERO);
            if (whole.compareTo(UINT64_MAX.divide(factor)) > 0) {
                return fail(CNumbers.Error.OUT_OF_RANGE);
            }
            BigInteger tmp = l.multiply(factor).add(frac.multiply(new BigDecimal(factor)).toBigInteger());
            if (tmp.compareTo(UINT64_MAX.subtract(total)) > 0) {
                return fail(CNumbers.Error.OUT_OF_RANGE);
            }
            total = total.add(tmp);
            p = e + SUFFIXES[i].length();
            startPos = i + 1;
        } while (p < t.length());
        return new Result(total, null);
    }
}
