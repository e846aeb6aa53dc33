package dev.unitlint.syntax;

/**
 * One logical line of a unit file as systemd reads it: a blank line, a comment, a section
 * header or an entry. An entry continued with trailing backslashes spans several physical
 * lines (and may hold comment lines). The raw texts of all lines, in order, are the file.
 */
public abstract sealed class Line permits BlankLine, CommentLine, SectionHeader, Entry {

    // The raw text is cut from the file's text when asked for (printing a file back), rather
    // than kept: a copy per line doubled the memory a syntax tree takes.
    private final SourceText source;
    private final int rawStart;
    private final int rawEnd;
    private final Span span;
    private final int lastLine;

    /** @param rawStart, rawEnd code point offsets of the line's text, terminators included */
    Line(SourceText source, int rawStart, int rawEnd, Span span, int lastLine) {
        this.source = source;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
        this.span = span;
        this.lastLine = lastLine;
    }

    /** The exact text of the line, line terminators included. */
    public String raw() {
        return source.substring(rawStart, rawEnd);
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
