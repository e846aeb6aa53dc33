package dev.unitlint.values;

import java.math.BigInteger;

/**
 * Resource limits as systemd's {@code rlimit_parse()} reads them (src/basic/rlimit-util.c,
 * 252–262): {@code SOFT} or {@code SOFT:HARD}, each {@code infinity} or a value in the limit's
 * own unit — a size for LimitFSIZE=/DATA/STACK/CORE/RSS/AS/MEMLOCK/MSGQUEUE, seconds for
 * LimitCPU=, microseconds for LimitRTTIME=, a nice level ({@code +N}, {@code -N}) or raw value
 * 0–40 for LimitNICE=, a plain number for the rest — and soft no higher than hard.
 */
public final class ResourceLimit {

    /** RLIM_INFINITY is 2^64 − 1; every finite value must stay below it. */
    static final BigInteger INFINITY = ScalarChecks.UINT64_MAX;

    /** Parsed soft and hard limits (INFINITY for infinity), or the error. */
    public record Result(BigInteger soft, BigInteger hard, CNumbers.Error error, boolean softAboveHard) {
    }

    private ResourceLimit() {
    }

    /** What a value of {@code key} looks like, for messages. */
    public static String expected(String key) {
        String one = switch (key) {
            case "LimitCPU" -> "a time in seconds such as 30 or 5min";
            case "LimitRTTIME" -> "a time such as 500ms (a bare number means microseconds)";
            case "LimitNICE" -> "a nice level from -20 to 19 written with its sign (e.g. -5 or +10), or a raw limit from"
                    + " 0 to 40 (LimitNICE= has no infinity)";
            case "LimitFSIZE", "LimitDATA", "LimitSTACK", "LimitCORE", "LimitRSS", "LimitAS", "LimitMEMLOCK", "LimitMSGQUEUE" ->
                    "a size such as 8M or 64K (upper-case suffixes, base 1024)";
            default -> "a whole number";
        };
        return "Write " + one + (key.equals("LimitNICE") ? "" : ", or infinity")
                + "; SOFT:HARD sets both limits (soft no higher than hard)";
    }

    public static Result parse(String key, String value) {
        ExtractWord.Result soft = ExtractWord.extract(value, 0, ":", ExtractWord.DONT_COALESCE_SEPARATORS);
        if (soft.status() <= 0) {
            return fail(CNumbers.Error.INVALID);
        }
        BigInteger sl = one(key, soft.word().text());
        if (sl == null) {
            return fail(CNumbers.Error.INVALID);
        }
        ExtractWord.Result hard = ExtractWord.extract(value, soft.next(), ":", ExtractWord.DONT_COALESCE_SEPARATORS);
        if (hard.status() < 0 || hard.next() >= 0 && hard.next() < value.length()) {
            return fail(CNumbers.Error.INVALID);
        }
        BigInteger hl = sl;
        if (hard.status() > 0) {
            hl = one(key, hard.word().text());
            if (hl == null) {
                return fail(CNumbers.Error.INVALID);
            }
        }
        if (sl.compareTo(hl) > 0) {
            return new Result(sl, hl, CNumbers.Error.OUT_OF_RANGE, true);
        }
        return new Result(sl, hl, null, false);
    }

    private static Result fail(CNumbers.Error e) {
        return new Result(null, null, e, false);
    }

    /** rlimit_parse_one(): the value, or null when systemd refuses it. */
    private static BigInteger one(String key, String v) {
        if (v.equals("infinity") && !key.equals("LimitNICE")) {
            return INFINITY; // rlimit_parse_nice() has no "infinity"
        }
        switch (key) {
            case "LimitCPU": {
                TimeSpan.Result t = TimeSpan.parseExact(v, TimeSpan.USEC_PER_SEC);
                if (!t.ok()) {
                    return null;
                }
                if (t.value().equals(INFINITY)) {
                    return INFINITY;
                }
                BigInteger[] qr = t.value().divideAndRemainder(BigInteger.valueOf(TimeSpan.USEC_PER_SEC));
                BigInteger seconds = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
                return seconds.compareTo(INFINITY) >= 0 ? null : seconds;
            }
            case "LimitRTTIME": {
                TimeSpan.Result t = TimeSpan.parseExact(v, 1);
                return t.ok() ? t.value() : null;
            }
            case "LimitNICE":
                return nice(v);
            case "LimitFSIZE", "LimitDATA", "LimitSTACK", "LimitCORE", "LimitRSS", "LimitAS", "LimitMEMLOCK",
                    "LimitMSGQUEUE": {
                Sizes.Result s = Sizes.parseSize(v, 1024);
                return s.ok() && s.value().compareTo(INFINITY) < 0 ? s.value() : null;
            }
            default: {
                CNumbers.Parsed n = CNumbers.safeAtou64(v);
                return n.ok() && n.value().compareTo(INFINITY) < 0 ? n.value() : null;
            }
        }
    }

    /** rlimit_parse_nice(): "+N" is nice level N (0–19), "-N" is -N (0–20), a bare number a raw limit 0–40. */
    private static BigInteger nice(String v) {
        if (v.startsWith("+") || v.startsWith("-")) {
            CNumbers.Parsed n = CNumbers.safeAtou64(v.substring(1));
            if (!n.ok()) {
                return null;
            }
            long level = n.value().min(BigInteger.valueOf(1000)).longValue();
            if (v.startsWith("+")) {
                return level >= 20 ? null : BigInteger.valueOf(20 - level);
            }
            return level > 20 ? null : BigInteger.valueOf(20 + level);
        }
        CNumbers.Parsed n = CNumbers.safeAtou64(v);
        return n.ok() && n.value().compareTo(BigInteger.valueOf(40)) <= 0 ? n.value() : null;
    }
}
