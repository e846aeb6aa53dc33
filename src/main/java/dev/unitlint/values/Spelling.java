package dev.unitlint.values;

import java.util.Locale;
import java.util.Optional;

/** "Did you mean": edit distances between a misspelt name and the names systemd knows. */
public final class Spelling {

    private Spelling() {
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The closest of {@code candidates} to a misspelt name: a case-only difference first, then
     * the smallest edit distance within a third of the name's length (at most 3).
     */
    public static Optional<String> closest(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.min(3, Math.max(1, name.length() / 3));
        String lowerName = name.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (candidate.equalsIgnoreCase(name)) {
                return Optional.of(candidate);
            }
            // The distance is at least the difference in length: most of the ~1500 directive
            // names are too long or too short to be within the limit.
            String lowerCandidate = candidate.toLowerCase(Locale.ROOT);
            if (Math.abs(lowerCandidate.length() - lowerName.length()) > limit) {
                continue;
            }
            int d = distance(lowerName, lowerCandidate);
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
