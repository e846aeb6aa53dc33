package dev.unitlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the syntax tree keeps small (a run keeps every tree until its last rule has run): shared
 * key and section name strings, value texts made on demand and dropped again, and the char
 * offsets of a value joined over lines kept as one run per line.
 */
class CompactTreeTest {

    private static UnitFile parse(String name, String text) {
        return UnitFileParser.parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keysAndSectionNamesAreOneStringAcrossFiles() {
        UnitFile a = parse("a.service", "[Service]\nExecStart=/bin/a\n");
        UnitFile b = parse("b.service", "[Service]\n  ExecStart = /bin/b\n");
        assertSame(a.entries().get(0).key(), b.entries().get(0).key());
        assertSame(a.sections().get(0).name(), b.sections().get(0).name());
        assertEquals(new Span(2, 3, 2, 12), b.entries().get(0).keySpan());
    }

    @Test
    void aValueTextDroppedIsMadeAgainTheSame() {
        UnitFile file = parse("a.service", "[Service]\nExecStart=/bin/a -x\nUser=\n");
        Value value = file.entries().get(0).value();
        String first = value.text();
        assertEquals("/bin/a -x", first);
        assertSame(first, value.text(), "kept until dropped");
        file.forgetDerived();
        assertNotSame(first, value.text());
        assertEquals(first, value.text());
        assertEquals(new Span(2, 11, 2, 20), value.span());
        Value empty = file.entries().get(1).value();
        file.forgetDerived();
        assertEquals("", empty.text());
        assertEquals(new Span(3, 6, 3, 6), empty.span());
    }

    @Test
    void aJoinedValueFindsEachCharOverItsLines() {
        // Three physical lines, a comment line inside the continuation, and a character outside
        // the BMP (two chars, one code point) on the last line.
        UnitFile file = parse("a.service", "[Service]\nExecStart=/bin/a \\\n# note\n  -x \\\n  \uD83D\uDE00y\n");
        Value value = file.entries().get(0).value();
        assertEquals("/bin/a    -x    \uD83D\uDE00y", value.text());
        file.forgetDerived();
        assertEquals("/bin/a    -x    \uD83D\uDE00y", value.text(), "a joined value keeps its text");
        assertEquals(new Span(2, 11, 2, 17), value.span(0, 6));
        int x = value.text().indexOf("-x");
        assertEquals(new Span(4, 3, 4, 5), value.span(x, x + 2));
        int smiley = value.text().indexOf('\uD83D');
        assertEquals(new Span(5, 3, 5, 4), value.span(smiley, smiley + 2));
        assertEquals(new Span(5, 4, 5, 5), value.span(smiley + 2, smiley + 3));
        assertEquals(5, value.lineOf(smiley + 1));
        assertEquals(new Span(2, 11, 5, 5), value.span());
    }
}
