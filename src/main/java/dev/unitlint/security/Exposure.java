package dev.unitlint.security;

import java.util.List;

/**
 * systemd's overall exposure (assess() in src/analyze/analyze-security.c): for the checks that
 * apply, {@code ⌈100 · Σ⌈badness·weight/range⌉ / Σ weight⌉}, a number from 0 to 100 that
 * systemd prints divided by 10 (9.6), and its label.
 */
public final class Exposure {

    /** systemd's badness_table[]: the first label whose threshold the exposure reaches. */
    private static final List<Object[]> LABELS = List.of(
            new Object[] {100, "DANGEROUS"}, new Object[] {90, "UNSAFE"}, new Object[] {75, "EXPOSED"},
            new Object[] {50, "MEDIUM"}, new Object[] {10, "OK"}, new Object[] {1, "SAFE"},
            new Object[] {0, "PERFECT"});

    private Exposure() {
    }

    /** DIV_ROUND_UP() */
    static long divRoundUp(long x, long y) {
        return (x + y - 1) / y;
    }

    /** One check's share: ⌈badness·weight/range⌉ (0 for a range of 0, which a policy may give). */
    static long badnessShare(int badness, int weight, int range) {
        return range <= 0 ? 0 : divRoundUp((long) badness * weight, range);
    }

    /** The exposure, 0 to 100; 0 when no check applies (systemd would abort on its assertion). */
    static int of(long badnessSum, long weightSum) {
        return weightSum == 0 ? 0 : (int) divRoundUp(badnessSum * 100, weightSum);
    }

    /** What systemd prints in its table's EXPOSURE column for one check, times ten. */
    static int checkShare(int badness, int weight, int range, long weightSum) {
        if (weightSum == 0 || range <= 0) {
            return 0;
        }
        return (int) divRoundUp(divRoundUp((long) badness * weight * 100, range), weightSum);
    }

    public static String label(int exposure) {
        for (Object[] row : LABELS) {
            if (exposure >= (int) row[0]) {
                return (String) row[1];
            }
        }
        return "PERFECT";
    }

    /** As systemd prints it: 96 as "9.6". */
    public static String format(int exposure) {
        return exposure / 10 + "." + exposure % 10;
    }
}
