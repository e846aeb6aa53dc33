package dev.unitlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.syntax.Span;
import org.junit.jupiter.api.Test;

/** The source line and caret line the text report adds on a terminal. */
class TextReporterTest {

    private static final TextReporter COLOURED = new TextReporter(new TextReporter.Style(true, true, false, false));

    private static String plain(String text) {
        return text.replaceAll("\u001B\\[[0-9;]*m", "");
    }

    private static Finding at(Span span) {
        return new Finding("SD001", "missing-equals", Severity.ERROR, "a.service", span, "m");
    }

    /** The source line and caret line shown for a finding at {@code span} of {@code line}, colours aside. */
    private static void assertContext(String expected, String line, Span span) {
        assertEquals(expected, plain(COLOURED.context(line, at(span))));
    }

    @Test
    void caretsSitUnderTheOffendingColumns() {
        assertContext(" 12 | Restart=always\n    |         ^^^^^^\n", "Restart=always", new Span(12, 9, 12, 15));
    }

    @Test
    void tabsAreCopiedAndCodePointsCountedSoCaretsLineUp() {
        assertContext(" 3 | \tDescription=Café 😀 x\n   | \t                  ^\n", "\tDescription=Café 😀 x",
                new Span(3, 20, 3, 21));
    }

    @Test
    void aSpanOverSeveralLinesIsMarkedToTheEndOfItsFirstLineAndAnEmptySpanGetsOneCaret() {
        assertContext(" 4 | ExecStart=/bin/a \\\n   |           ^^^^^^^^\n", "ExecStart=/bin/a \\",
                new Span(4, 11, 5, 3));
        assertContext(" 1 | \n   | ^\n", "", new Span(1, 1, 1, 1));
    }

    @Test
    void controlCharactersCannotMoveTheCursor() {
        assertContext(" 1 | A=\\x1b[2Jx\n   | ^\n", "A=\u001B[2Jx", new Span(1, 1, 1, 2));
    }

    @Test
    void caretsCoverTheEscapesOfWhatTheyPointAt() {
        // Key "K\u202EX" (a right-to-left override inside it) at columns 1-4, value after '='.
        assertContext(" 1 | K\\u202eX=\\x9b2J\n   |          ^^^^^\n", "K\u202EX=\u009B2J", new Span(1, 5, 1, 7));
    }
}
