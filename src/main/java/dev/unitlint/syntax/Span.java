package dev.unitlint.syntax;

/**
 * A region of a unit file: 1-based lines and columns, columns counted in Unicode code points,
 * {@code endColumn} exclusive (as in SARIF). An empty region has {@code startColumn == endColumn}.
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn) implements Comparable<Span> {

    public Span {
        if (startLine < 1 || startColumn < 1 || endLine < startLine
                || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("bad span " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
        }
    }

    /** A zero-width span at the start of a line, for findings about a whole file. */
    public static Span lineStart(int line) {
        return new Span(line, 1, line, 1);
    }

    public boolean containsLine(int line) {
        return line >= startLine && line <= endLine;
    }

    // Written out rather than generated: see Finding.equals.

    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && startLine == s.startLine && startColumn == s.startColumn
                && endLine == s.endLine && endColumn == s.endColumn;
    }

    @Override
    public int hashCode() {
        return ((startLine * 31 + startColumn) * 31 + endLine) * 31 + endColumn;
    }

    @Override
    public int compareTo(Span other) {
        int c = Integer.compare(startLine, other.startLine);
        if (c == 0) c = Integer.compare(startColumn, other.startColumn);
        if (c == 0) c = Integer.compare(endLine, other.endLine);
        if (c == 0) c = Integer.compare(endColumn, other.endColumn);
        return c;
    }
}
