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

    @Test
    void caretsSitUnderTheOffendingColumns() {
        String context = COLOURED.context("Restart=always", at(new Span(12, 9, 12, 15)));
        assertEquals(" 12 | Restart=always\n    |         ^^^^^^\n", plain(context));
    }

    @Test
    void tabsAreCopiedAndCodePointsCountedSoCaretsLineUp() {
        String context = COLOURED.context("\tDescription=Café 😀 x", at(new Span(3, 20, 3, 21)));
        assertEquals(" 3 | \tDescription=Café 😀 x\n   | \t                  ^\n", plain(context));
    }

    @Test
    void aSpanOverSeveralLinesIsMarkedToTheEndOfItsFirstLineAndAnEmptySpanGetsOneCaret() {
        assertEquals(" 4 | ExecStart=/bin/a \\\n   |           ^^^^^^^^\n",
                plain(COLOURED.context("ExecStart=/bin/a \\", at(new Span(4, 11, 5, 3)))));
        assertEquals(" 1 | \n   | ^\n", plain(COLOURED.context("", at(new Span(1, 1, 1, 1)))));
    }

    @Test
    void controlCharactersCannotMoveTheCursor() {
        String context = COLOURED.context("A=\u001B[2Jx", at(new Span(1, 1, 1, 2)));
        assertEquals(" 1 | A=\\x1b[2Jx\n   | ^\n", plain(context));
    }

    @Test
    void caretsCoverTheEscapesOfWhatTheyPointAt() {
        // Key "K\u202EX" (a right-to-left override inside it) at columns 1-4, value after '='.
        String context = COLOURED.context("K\u202EX=\u009B2J", at(new Span(1, 5, 1, 7)));
        assertEquals(" 1 | K\\u202eX=\\x9b2J\n   |          ^^^^^\n", plain(context));
    }
}
