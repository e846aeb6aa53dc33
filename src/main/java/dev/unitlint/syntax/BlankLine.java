package dev.unitlint.syntax;

/** A line with nothing but blanks (or a lone continuation backslash) on it. */
public final class BlankLine extends Line {
    BlankLine(String raw, Span span, int lastLine) {
        super(raw, span, lastLine);
    }
}
