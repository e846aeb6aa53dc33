package dev.unitlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Characters outside the Basic Multilingual Plane are two Java chars but one column. Found by
 * fuzzing (testdata/fuzz/supplementary-character-ending-a-line-at-32-chars): the second char of
 * a pair had no file offset, so spans over it were wrong, and a line of 32 chars ending in one
 * made the parser throw.
 */
class SupplementaryCharacterSpanTest {

    private static Entry onlyEntry(String text) {
        UnitFile file = UnitFileParser.parse("x.service", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, file.entries().size());
        return file.entries().get(0);
    }

    @Test
    void aPairIsOneColumn() {
        Entry entry = onlyEntry("[Service]\nK=\uD83D\uDE00x\n");
        // The emoji is chars 0-1 of the value, column 3 of line 2; 'x' is column 4.
        assertEquals(new Span(2, 3, 2, 4), entry.value().span(0, 2));
        assertEquals(new Span(2, 4, 2, 5), entry.value().span(2, 3));
        assertEquals(new Span(2, 3, 2, 5), entry.value().span());
    }

    @Test
    void aPairEndingALineOfThirtyTwoCharsDoesNotThrow() {
        String key = "k".repeat(30) + "\uD83D\uDE00";
        Entry entry = onlyEntry("[Service]\n" + key + "\n");
        assertEquals(key, entry.key());
        assertEquals(new Span(2, 1, 2, 32), entry.keySpan());
    }

    @Test
    void physicalLinesAfterAPairAreWholeAndValueLinesMatchTheirSpans() {
        String text = "[Service]\nK=\uD83D\uDE00a \\\n  b\uD83D\uDE00 \\\n c\n";
        UnitFile file = UnitFileParser.parse("x.service", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("K=\uD83D\uDE00a \\", file.physicalLine(2));
        assertEquals("  b\uD83D\uDE00 \\", file.physicalLine(3));
        assertEquals(" c", file.physicalLine(4));
        Value value = file.entries().get(0).value();
        for (int i = 0; i < value.text().length(); i++) {
            assertEquals(value.span(i, i + 1).startLine(), value.lineOf(i), "char " + i);
        }
        assertEquals(4, value.lineOf(value.text().length() - 1));
    }
}
