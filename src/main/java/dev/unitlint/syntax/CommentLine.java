package dev.unitlint.syntax;

/**
 * A comment: a line whose first non-blank character is {@code #} or {@code ;}. Unit files
 * have no trailing comments, so a {@code #} after a value is part of the value.
 */
public final class CommentLine extends Line {

    /** Code point offsets of the comment in the file; the text is cut out when asked for. */
    private final int textStart;
    private final int textEnd;

    CommentLine(SourceText source, int rawStart, int rawEnd, int contentEnd, int textStart, int textEnd) {
        super(source, rawStart, rawEnd, contentEnd);
        this.textStart = textStart;
        this.textEnd = textEnd;
    }

    /** The comment, starting with its {@code #} or {@code ;}. */
    public String text() {
        return source.substring(textStart, textEnd);
    }
}
