package dev.unitlint.values;

import java.util.ArrayList;
import java.util.List;

/**
 * The blank-separated words of a list value, as systemd splits dependency lists, exit-status
 * lists, capability and system-call sets: no quoting, just runs of non-blank characters. Each
 * word keeps its offsets in the value, so a finding can point at it ({@code Value.span(from, to)}).
 */
public final class Words {

    /** One word and where it is in the value: {@code value.substring(start, end)}. */
    public record Word(String text, int start, int end) {
    }

    private Words() {
    }

    public static List<Word> split(String value) {
        return split(value, 0);
    }

    /**
     * Words where a pair of {@code "} or {@code '} keeps blanks inside one word (Environment=,
     * ReadWritePaths= …); the word's text keeps its quotes.
     */
    public static List<Word> splitQuoted(String value) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            int start = i;
            char quote = 0;
            while (i < value.length() && (quote != 0 || !Character.isWhitespace(value.charAt(i)))) {
                char c = value.charAt(i);
                if ((c == '"' || c == '\'') && (quote == 0 || quote == c)) {
                    quote = quote == 0 ? c : 0;
                }
                i++;
            }
            if (i > start) {
                words.add(new Word(value.substring(start, i), start, i));
            }
        }
        return words;
    }

    /** The words from offset {@code from} on (e.g. after a leading {@code ~}). */
    public static List<Word> split(String value, int from) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < value.length()) {
            while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < value.length() && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Word(value.substring(start, i), start, i));
            }
        }
        return words;
    }
}
