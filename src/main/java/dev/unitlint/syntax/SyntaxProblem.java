package dev.unitlint.syntax;

/**
 * Something in a file that systemd cannot read, found while building the syntax tree.
 * Missing {@code =} and entries outside sections are not problems here: they are entries,
 * and rules decide (as systemd does) in which sections they matter.
 */
public record SyntaxProblem(Kind kind, Span span, String detail) {

    public enum Kind {
        /** A header line that does not end with ']': systemd stops reading the file. */
        INVALID_SECTION_HEADER,
        /** A section name with control characters, quotes or backslashes. */
        UNSAFE_SECTION_NAME,
        /** Bytes that are not UTF-8 in a line systemd reads. */
        INVALID_UTF8,
        /** A physical line, or a continued logical line, longer than systemd's LONG_LINE_MAX. */
        LINE_TOO_LONG,
        /** The grammar failed to accept the input; a unitlint bug, reported so it is seen. */
        PARSER_ERROR
    }
}
