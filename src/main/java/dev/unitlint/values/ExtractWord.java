package dev.unitlint.values;

import java.util.ArrayList;
import java.util.List;

/**
 * systemd's {@code extract_first_word()} (src/basic/extract-word.c, the same from 247 to 262),
 * which nearly every list-valued parser uses to split its value. Each word keeps, for every
 * character, the offset in the value it came from, so that a finding can point at one word.
 *
 * <p>The flags are systemd's {@code EXTRACT_*} flags. A "null" rest ({@link Result#next} −1)
 * means the value is used up, as systemd sets {@code *p = NULL}; an empty rest means a separator
 * ended the value (with {@link #DONT_COALESCE_SEPARATORS} the next call returns an empty word).
 */
public final class ExtractWord {

    public static final int RELAX = 1;
    public static final int CUNESCAPE = 1 << 1;
    public static final int UNESCAPE_RELAX = 1 << 2;
    public static final int UNESCAPE_SEPARATORS = 1 << 3;
    public static final int KEEP_QUOTE = 1 << 4;
    public static final int UNQUOTE = 1 << 5;
    public static final int DONT_COALESCE_SEPARATORS = 1 << 6;
    public static final int RETAIN_ESCAPE = 1 << 7;
    public static final int RETAIN_SEPARATORS = 1 << 8;

    /** systemd's WHITESPACE. */
    public static final String WHITESPACE = " \t\n\r";

    /**
     * One extracted word.
     *
     * @param text    the word as the parser sees it (quotes removed, escapes decoded per the flags)
     * @param start   offset of the word's first character in the value (quotes included)
     * @param end     offset after its last character in the value
     */
    public record Word(String text, int start, int end) {
    }

    /**
     * One call's outcome: {@code status} 1 (a word), 0 (no more words) or −1 (EINVAL: an
     * unbalanced quote or a bad escape, at {@code errorAt}); {@code next} is where the next call
     * starts, −1 when the value is used up.
     */
    public record Result(int status, Word word, int next, int errorAt) {
        public boolean ok() {
            return status >= 0;
        }
    }

    /** All the words, or the error that stopped the split (then {@link Split#error()} is its offset). */
    public record Split(List<Word> words, int error) {
        public boolean failed() {
            return error >= 0;
        }
    }

    private ExtractWord() {
    }

    /** Splits the whole value with repeated calls, as a parser's for-loop does. */
    public static Split split(String value, String separators, int flags) {
        List<Word> words = new ArrayList<>();
        int p = 0;
        while (true) {
            Result r = extract(value, p, separators, flags);
            if (r.status() < 0) {
                return new Split(words, r.errorAt());
            }
            if (r.status() == 0) {
                return new Split(words, -1);
            }
            words.add(r.word());
            p = r.next();
        }
    }

    /** extract_first_word() from offset {@code p} ({@code -1}: the pointer is already NULL). */
    public static Result extract(String s, int p, String separators, int flags) {
        if (p < 0) {
            return new Result(0, null, -1, -1);
        }
        String seps = separators == null ? WHITESPACE : separators;
        StringBuilder out = null;
        if ((flags & DONT_COALESCE_SEPARATORS) != 0) {
            out = new StringBuilder();
        }
        int i = p;
        // Skip leading separators (or, without coalescing, return an empty word at one).
        while (true) {
            if (i >= s.length()) {
                return finish(out, s, p, i, -1);
            }
            char c = s.charAt(i);
            if (seps.indexOf(c) >= 0) {
                if ((flags & DONT_COALESCE_SEPARATORS) != 0) {
                    int next = (flags & RETAIN_SEPARATORS) != 0 ? i : i + 1;
                    return new Result(1, new Word("", i, i), next, -1);
                }
                i++;
            } else {
                if (out == null) {
                    out = new StringBuilder();
                }
                break;
            }
        }
        int start = i;
        char quote = 0;
        boolean backslash = false;
        int quoteStart = -1;
        while (true) {
            if (backslash) {
                if (i >= s.length()) {
                    if ((flags & UNESCAPE_RELAX) != 0 && (quote == 0 || (flags & RELAX) != 0)) {
                        out.append('\\');
                        return finish(out, s, start, i, -1);
                    }
                    if ((flags & RELAX) != 0) {
                        return finish(out, s, start, i, -1);
                    }
                    return new Result(-1, null, -1, i - 1);
                }
                char c = s.charAt(i);
                if ((flags & (CUNESCAPE | UNESCAPE_SEPARATORS)) != 0) {
                    int[] decoded = (flags & CUNESCAPE) != 0 ? CommandLine.unescape(s, i) : null;
                    if (decoded != null) {
                        out.appendCodePoint(decoded[0]);
                        i = decoded[1];
                    } else if ((flags & UNESCAPE_SEPARATORS) != 0 && (seps.indexOf(c) >= 0 || c == '\\')) {
                        out.append(c);
                        i++;
                    } else if ((flags & UNESCAPE_RELAX) != 0) {
                        out.append('\\').append(c);
                        i++;
                    } else {
                        return new Result(-1, null, -1, i - 1);
                    }
                } else {
                    out.append(c);
                    i++;
                }
                backslash = false;
                continue;
            }
            if (quote != 0) {
                if (i >= s.length()) {
                    if ((flags & RELAX) != 0) {
                        return finish(out, s, start, i, -1);
                    }
                    return new Result(-1, null, -1, quoteStart);
                }
                char c = s.charAt(i);
                if (c == quote) {
                    quote = 0;
                    if ((flags & UNQUOTE) == 0) {
                        out.append(c);
                    }
                    i++;
                    continue;
                }
                if (c == '\\' && (flags & RETAIN_ESCAPE) == 0) {
                    backslash = true;
                    i++;
                    continue;
                }
                out.append(c);
                i++;
                continue;
            }
            if (i >= s.length()) {
                return finish(out, s, start, i, -1);
            }
            char c = s.charAt(i);
            if ((c == '\'' || c == '"') && (flags & (KEEP_QUOTE | UNQUOTE)) != 0) {
                quote = c;
                quoteStart = i;
                if ((flags & KEEP_QUOTE) != 0) {
                    out.append(c);
                }
                i++;
                continue;
            }
            if (c == '\\' && (flags & RETAIN_ESCAPE) == 0) {
                backslash = true;
                i++;
                continue;
            }
            if (seps.indexOf(c) >= 0) {
                int end = i;
                if ((flags & DONT_COALESCE_SEPARATORS) != 0) {
                    int next = (flags & RETAIN_SEPARATORS) != 0 ? i : i + 1;
                    return new Result(1, new Word(out.toString(), start, end), next, -1);
                }
                if ((flags & RETAIN_SEPARATORS) == 0) {
                    while (i < s.length() && seps.indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (i >= s.length()) {
                        return new Result(1, new Word(out.toString(), start, end), -1, -1);
                    }
                }
                return new Result(1, new Word(out.toString(), start, end), i, -1);
            }
            out.append(c);
            i++;
        }
    }

    /** finish_force_terminate: the rest is NULL; a word was started (or must be returned) when {@code out} is set. */
    private static Result finish(StringBuilder out, String s, int start, int end, int next) {
        if (out == null) {
            return new Result(0, null, -1, -1);
        }
        return new Result(1, new Word(out.toString(), start, end), next, -1);
    }
}
