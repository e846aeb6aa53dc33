package dev.unitlint.syntax;

/** A line with nothing but blanks (or a lone continuation backslash) on it. */
public final class BlankLine extends Line {
    BlankLine(SourceText source, int rawStart, int rawEnd, int contentEnd) {
        super(source, rawStart, rawEnd, contentEnd);
    }
}
