package dev.unitlint.syntax;

import java.util.Arrays;

/**
 * The value of an entry as systemd sees it, with the file position of every character,
 * so that a rule can point at one word of a value that runs over continuation lines.
 *
 * <p>A run keeps every syntax tree until its last rule has run (rules read other units), so a
 * value keeps little: nearly every value is a plain piece of one line of the file, and its
 * text is cut from the file's text when first asked for and dropped again by {@link
 * #forgetText()} once the unit's rules have run. Only a value joined from continuation lines
 * keeps its text.
 */
public final class Value {

    /**
     * The text when it is not a plain piece of the file; else the piece, once made (null until
     * then). Not volatile: a thread that does not see another's copy makes its own, and a String
     * is safe to share without one.
     */
    private String text;
    /** Whether {@link #text} is made from the file on demand (and may be dropped). */
    private final boolean plain;
    private final int length;
    /**
     * Where the chars come from, as runs: char {@code runs[2k]} and those after it, up to the
     * next run, sit at code point offsets {@code runs[2k + 1]} and on. Null when all of them
     * follow each other from {@link #firstOffset} (one physical line, no characters outside the
     * BMP: nearly every value). A value joined over lines has a run per line, not an offset per
     * char.
     */
    private final int[] runs;
    private final int firstOffset;
    /** Where an empty value is: just after the '='. */
    private final int emptyOffset;
    private final SourceText source;

    /** A plain value: {@code length} chars of the file from code point offset {@code firstOffset}, one per code point. */
    static Value plain(SourceText source, int firstOffset, int length, int emptyOffset) {
        return new Value(null, true, length, null, firstOffset, emptyOffset, source);
    }

    /**
     * A value joined from several lines.
     *
     * @param offsets the code point offset in the file of each char of {@code text}
     */
    static Value joined(SourceText source, String text, int[] offsets, int from, int emptyOffset) {
        return new Value(text, false, text.length(), runs(offsets, from, text.length()), 0, emptyOffset, source);
    }

    private Value(String text, boolean plain, int length, int[] runs, int firstOffset, int emptyOffset,
                  SourceText source) {
        this.text = text;
        this.plain = plain;
        this.length = length;
        this.runs = runs;
        this.firstOffset = firstOffset;
        this.emptyOffset = emptyOffset;
        this.source = source;
    }

    /** offsets[from, from + length) as runs of consecutive offsets. */
    private static int[] runs(int[] offsets, int from, int length) {
        int[] runs = new int[8];
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (i == 0 || offsets[from + i] != offsets[from + i - 1] + 1) {
                if (count + 2 > runs.length) {
                    runs = Arrays.copyOf(runs, runs.length * 2);
                }
                runs[count++] = i;
                runs[count++] = offsets[from + i];
            }
        }
        return Arrays.copyOf(runs, count);
    }

    private int offset(int index) {
        if (runs == null) {
            return firstOffset + index;
        }
        // The last run starting at or before index.
        int lo = 0;
        int hi = runs.length / 2 - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runs[2 * mid] <= index) lo = mid;
            else hi = mid - 1;
        }
        return runs[2 * lo + 1] + index - runs[2 * lo];
    }

    public String text() {
        String t = text;
        if (t == null) {
            // Two threads may cut it at once; either copy will do.
            t = length == 0 ? "" : source.substring(firstOffset, firstOffset + length);
            text = t;
        }
        return t;
    }

    /**
     * Drops the text of a plain value if it was made; it is made again when asked for. Called
     * once a unit's rules have run (see {@code Unit.forgetDerived}).
     */
    void forgetText() {
        if (plain) {
            text = null;
        }
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The whole value; a zero-width span just after the '=' when the value is empty. */
    public Span span() {
        return span(0, length);
    }

    /** The 1-based line of the char at {@code index}: {@code span(index, index + 1).startLine()}, without making the span. */
    public int lineOf(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index + " of " + length);
        }
        return source.lineOf(offset(index));
    }

    /** The span of {@code text.substring(from, to)}. */
    public Span span(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to + " of " + length);
        }
        if (length == 0) {
            return source.span(emptyOffset, emptyOffset);
        }
        if (from == to) {
            int at = from < length ? offset(from) : offset(length - 1) + 1;
            return source.span(at, at);
        }
        return source.span(offset(from), offset(to - 1) + 1);
    }

    @Override
    public String toString() {
        return text();
    }
}
