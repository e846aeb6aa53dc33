package dev.unitlint.syntax;

/**
 * A comment: a line whose first non-blank character is {@code #} or {@code ;}. Unit files
 * have no trailing comments, so a {@code #} after a value is part of the value.
 */
public final class CommentLine extends Line {

    private final String text;

    CommentLine(SourceText source, int rawStart, int rawEnd, Span span, int lastLine, String text) {
        super(source, rawStart, rawEnd, span, lastLine);
        this.text = text;
    }

    /** The comment, starting with its {@code #} or {@code ;}. */
    public String text() {
        return text;
    }
}
