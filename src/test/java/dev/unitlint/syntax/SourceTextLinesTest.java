package dev.unitlint.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcut for ASCII files ended by \n finds the same lines as reading char by char. */
class SourceTextLinesTest {

    private static void assertSameLines(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        SourceText fast = SourceText.decode(bytes);
        SourceText slow = SourceText.decodeWithoutAsciiShortcut(bytes);
        assertEquals(slow.lineCount(), fast.lineCount(), text);
        assertEquals(slow.codePointLength(), fast.codePointLength(), text);
        assertArrayEquals(slow.overlongLines(), fast.overlongLines(), text);
        for (int offset = 0; offset <= text.length(); offset++) {
            int at = offset;
            // The message only when an assertion fails: a 2 MB text copied per offset would take minutes.
            assertEquals(slow.lineOf(offset), fast.lineOf(offset), () -> "line of @" + at + " in " + text);
            assertEquals(slow.columnOf(offset), fast.columnOf(offset), () -> "column of @" + at + " in " + text);
        }
        for (int line = 0; line <= slow.lineCount() + 1; line++) {
            assertEquals(slow.physicalLine(line), fast.physicalLine(line));
        }
    }

    @Test
    void sameLinesForEveryShapeOfAsciiText() {
        String[] shapes = {"", "\n", "\n\n", "a", "a\n", "a\nb", "[Unit]\nA=b\n\n#c\n", "x\r\ny", "x\0y\n"};
        for (String text : shapes) {
            assertSameLines(text);
        }
        Random random = new Random(16);
        String alphabet = "ab=[]#\\ \t\n\n\n";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameLines(text.toString());
        }
    }

    @Test
    void overlongLinesAreFoundByBothReadings() {
        String line = "x".repeat(SourceText.LONG_LINE_MAX + 1);
        assertSameLines("[Service]\n" + line + "\nA=b\n" + line);
        assertEquals(2, SourceText.decode(("[Service]\n" + line + "\n").getBytes(StandardCharsets.US_ASCII))
                .overlongLines()[0]);
    }
}
