package dev.unitlint.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules are named two ways, {@code SD301} and {@code restart-always-oneshot}; every place that
 * takes a rule ({@code --select}, {@code --ignore}, {@code disable=}, the configuration file,
 * {@code explain}) takes both, through {@link #resolve}. The names live in the rule documents,
 * so they are read only when a word that is not an ID is given.
 */
public final class RuleNames {

    /** An ID or ID prefix: {@code SD}, {@code SD3}, {@code SD301}, {@code SEC}, {@code SEC012}, in any case. */
    private static final Pattern ID_PATTERN = Pattern.compile("(?i)" + RuleMetadata.ID_LETTERS + "\\d{0,3}");

    private RuleNames() {
    }

    /** True for a rule ID or ID prefix (which needs no rule document to resolve). */
    public static boolean looksLikeId(String text) {
        return ID_PATTERN.matcher(text.trim()).matches();
    }

    /** The ID of the rule a word names exactly: {@code SD301}, {@code sd301} or {@code restart-always-oneshot}. */
    public static Optional<String> resolve(String idOrName) {
        String text = idOrName.trim();
        if (looksLikeId(text)) {
            String id = text.toUpperCase(Locale.ROOT);
            return BuiltInRules.all().stream().map(Rule::id).filter(id::equals).findFirst();
        }
        String name = text.toLowerCase(Locale.ROOT);
        // Names come from the rule index generated at build time: no rule document is read.
        for (RuleHeader header : RuleIndex.get().headers().values()) {
            if (header.name().equals(name)) {
                return Optional.of(header.id());
            }
        }
        return Optional.empty();
    }

    /**
     * What to add to an error about a word that names no rule: {@code ; did you mean
     * 'restart-always-oneshot'?} for a misspelt name, else {@code ; } and {@code otherwise}
     * (such as "'unitlint rules' lists them").
     */
    public static String hint(String unknown, String otherwise) {
        if (!looksLikeId(unknown)) {
            List<String> names = RuleIndex.get().headers().values().stream().map(RuleHeader::name).toList();
            List<String> close = closest(unknown.trim().toLowerCase(Locale.ROOT), names);
            if (!close.isEmpty()) {
                return "; did you mean '" + String.join("' or '", close) + "'?";
            }
        }
        return "; " + otherwise;
    }

    /**
     * The candidates nearest to what was typed, by edit distance with transpositions
     * ({@code --fromat} is one edit from {@code --format}), when they are near enough to be a
     * slip: at most a third of the word (leading dashes aside), and at least one edit. Also used
     * for misspelt options and commands.
     */
    public static List<String> closest(String typed, Collection<String> candidates) {
        int limit = Math.max(1, typed.replaceFirst("^-+", "").length() / 3);
        int best = Integer.MAX_VALUE;
        List<String> result = new ArrayList<>();
        for (String candidate : candidates) {
            int distance = distance(typed, candidate);
            if (distance > limit || distance > best) {
                continue;
            }
            if (distance < best) {
                best = distance;
                result.clear();
            }
            if (!result.contains(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
