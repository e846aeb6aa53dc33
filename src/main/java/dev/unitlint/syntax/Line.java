package dev.unitlint.syntax;

/**
 * One logical line of a unit file as systemd reads it: a blank line, a comment, a section
 * header or an entry. An entry continued with trailing backslashes spans several physical
 * lines (and may hold comment lines). The raw texts of all lines, in order, are the file.
 */
public abstract sealed class Line permits BlankLine, CommentLine, SectionHeader, Entry {

    // The raw text is cut from the file's text when asked for (printing a file back), rather
    // than kept: a copy per line doubled the memory a syntax tree takes.
    // Likewise the spans: kept as offsets and made into a Span when asked for. A run keeps
    // every syntax tree until its last rule has run (rules read other units), and a Span
    // object per line, key and section name was an eighth of that heap.
    final SourceText source;
    private final int rawStart;
    private final int rawEnd;
    private final int contentEnd;

    /**
     * @param rawStart, rawEnd code point offsets of the line's text, terminators included
     * @param contentEnd       code point offset where the content ends: before the final line terminator
     */
    Line(SourceText source, int rawStart, int rawEnd, int contentEnd) {
        this.source = source;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
        this.contentEnd = contentEnd;
    }

    /** The exact text of the line, line terminators included. */
    public String raw() {
        return source.substring(rawStart, rawEnd);
    }

    /** Where the line's content is, without its final line terminator. */
    public Span span() {
        return source.span(rawStart, contentEnd);
    }

    public int firstLine() {
        return source.lineOf(rawStart);
    }

    /**
     * The physical line on which the logical line ends. systemd reports diagnostics about a
     * continued line at this line, so conformance checks compare against it.
     */
    public int lastLine() {
        // Where the line's last token starts. No token runs over a line end (a terminator
        // belongs to the line it ends), so that is the line of the last character.
        return source.lineOf(rawEnd - 1);
    }
}
