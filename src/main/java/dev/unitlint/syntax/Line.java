package dev.unitlint.syntax;

/**
 * One logical line of a unit file as systemd reads it: a blank line, a comment, a section
 * header or an entry. An entry continued with trailing backslashes spans several physical
 * lines (and may hold comment lines). The raw texts of all lines, in order, are the file.
 */
public abstract sealed class Line permits BlankLine, CommentLine, SectionHeader, Entry {

    private final String raw;
    private final Span span;
    private final int lastLine;

    Line(String raw, Span span, int lastLine) {
        this.raw = raw;
        this.span = span;
        this.lastLine = lastLine;
    }

    /** The exact text of the line, line terminators included. */
    public String raw() {
        return raw;
    }

    /** Where the line's content is, without its final line terminator. */
    public Span span() {
        return span;
    }

    public int firstLine() {
        return span.startLine();
    }

    /**
     * The physical line on which the logical line ends. systemd reports diagnostics about a
     * continued line at this line, so conformance checks compare against it.
     */
    public int lastLine() {
        return lastLine;
    }
}
