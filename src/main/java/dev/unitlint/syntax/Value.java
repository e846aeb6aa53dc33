package dev.unitlint.syntax;

/**
 * The value of an entry as systemd sees it, with the file position of every character,
 * so that a rule can point at one word of a value that runs over continuation lines.
 */
public final class Value {

    private final String text;
    /**
     * For each char of text, the code point offset in the file it came from; null when they
     * follow each other from {@link #firstOffset} (one physical line, no characters outside the
     * BMP: nearly every value), which saves four bytes per character.
     */
    private final int[] offsets;
    private final int firstOffset;
    /** Where an empty value is: just after the '='. */
    private final int emptyOffset;
    private final SourceText source;

    Value(String text, int[] offsets, int firstOffset, int emptyOffset, SourceText source) {
        this.text = text;
        this.offsets = offsets;
        this.firstOffset = firstOffset;
        this.emptyOffset = emptyOffset;
        this.source = source;
    }

    private int offset(int index) {
        return offsets == null ? firstOffset + index : offsets[index];
    }

    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The whole value; a zero-width span just after the '=' when the value is empty. */
    public Span span() {
        return span(0, text.length());
    }

    /** The 1-based line of the char at {@code index}: {@code span(index, index + 1).startLine()}, without making the span. */
    public int lineOf(int index) {
        if (index < 0 || index >= text.length()) {
            throw new IndexOutOfBoundsException(index + " of " + text.length());
        }
        return source.lineOf(offset(index));
    }

    /** The span of {@code text.substring(from, to)}. */
    public Span span(int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to + " of " + text.length());
        }
        if (text.isEmpty()) {
            return source.span(emptyOffset, emptyOffset);
        }
        if (from == to) {
            int at = from < text.length() ? offset(from) : offset(text.length() - 1) + 1;
            return source.span(at, at);
        }
        return source.span(offset(from), offset(to - 1) + 1);
    }

    @Override
    public String toString() {
        return text;
    }
}
