package dev.unitlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Utf8Writer writes what an OutputStreamWriter in UTF-8 would, whatever the text and the calls. */
class Utf8WriterTest {

    private static String written(java.util.function.Consumer<PrintWriter> writes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new Utf8Writer(bytes));
        writes.accept(out);
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void asciiLatinAndOtherScriptsComeOutAsUtf8() {
        String text = "path:1:1: info: ✗ privé … \u00e9\u4e2d [SEC005 private-network]\n";
        assertEquals(text, written(out -> out.append(text)));
        assertEquals("ab", written(out -> out.write("xaby", 1, 2)));
    }

    @Test
    void aSurrogatePairSplitAcrossTwoWritesStaysOneCharacter() {
        String emoji = "\uD83D\uDE00";
        assertEquals("a" + emoji + "b", written(out -> {
            out.write(new char[] {'a', emoji.charAt(0)}, 0, 2);
            out.write(new char[] {emoji.charAt(1), 'b'}, 0, 2);
        }));
    }

    @Test
    void textLargerThanTheBufferIsWrittenWhole() {
        String big = "x".repeat(200_000) + "é";
        String small = "y".repeat(70_000);
        assertEquals(small + big + small, written(out -> {
            out.write(small);
            out.write(big);
            out.write(small);
        }));
    }
}
