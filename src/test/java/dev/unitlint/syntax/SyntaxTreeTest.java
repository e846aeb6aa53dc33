package dev.unitlint.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the syntax tree makes of each construct. The expectations are what systemd 252's
 * {@code systemd-analyze verify} does with the same bytes (line numbers it reports, what it
 * takes as key and value); see grammar/README.md.
 */
class SyntaxTreeTest {

    private static UnitFile parse(String text) {
        return UnitFileParser.parse("t.service", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Entry only(UnitFile file, String key) {
        List<Entry> found = file.entries().stream().filter(e -> e.key().equals(key)).toList();
        assertEquals(1, found.size(), "entries named " + key + " in " + file.entries());
        return found.get(0);
    }

    @Test
    void sectionsKeysAndValuesWithPositions() {
        UnitFile file = parse("[Unit]\nDescription = A daemon  \n\n[Service]\n  ExecStart=/usr/bin/d -x\n");
        assertEquals(List.of("Unit", "Service"), file.sections().stream().map(Section::name).toList());
        Entry description = only(file, "Description");
        assertEquals("A daemon", description.valueText());
        assertEquals(new Span(2, 1, 2, 12), description.keySpan());
        assertEquals(new Span(2, 15, 2, 23), description.value().span());
        Entry exec = only(file, "ExecStart");
        assertEquals(new Span(5, 3, 5, 12), exec.keySpan());
        assertEquals(new Span(5, 13, 5, 26), exec.value().span());
        assertEquals(new Span(1, 2, 1, 6), file.sections().get(0).header().nameSpan());
    }

    @Test
    void continuationJoinsWithASpaceSkipsCommentsAndReportsAtTheLastLine() {
        // systemd 252: "Description=x \\\n# comment\n  more \\\n  FooBar=1\nBaz=2" is one Description
        UnitFile file = parse("[Unit]\nDescription=x \\\n# comment inside\n  more \\\n  FooBar=1\nBaz=2\n");
        Entry description = only(file, "Description");
        assertEquals("x    more    FooBar=1", description.valueText());
        assertEquals(2, description.firstLine());
        assertEquals(5, description.lastLine());
        assertEquals(6, only(file, "Baz").lastLine());
        // The word "more" sits on line 4, columns 3-7.
        int more = description.valueText().indexOf("more");
        assertEquals(new Span(4, 3, 4, 7), description.value().span(more, more + 4));
        assertEquals(new Span(2, 13, 5, 11), description.value().span());
    }

    @Test
    void blankLineEndsAContinuation() {
        UnitFile file = parse("[Unit]\nFooH=1 \\\n\nFooI=2\n");
        assertEquals("1", only(file, "FooH").valueText());
        assertEquals(3, only(file, "FooH").lastLine());
        assertEquals(4, only(file, "FooI").firstLine());
    }

    @Test
    void evenBackslashesDoNotContinue() {
        UnitFile file = parse("[Service]\nExecStart=/bin/echo a\\\\\nRestart=no\n");
        assertEquals("/bin/echo a\\\\", only(file, "ExecStart").valueText());
        assertEquals("no", only(file, "Restart").valueText());
    }

    @Test
    void hashAfterValueIsPartOfTheValue() {
        UnitFile file = parse("[Service]\nEnvironment=COLOR=#fff ; not a comment\n");
        assertEquals("COLOR=#fff ; not a comment", only(file, "Environment").valueText());
        assertEquals(0, file.comments().size());
    }

    @Test
    void lineTerminatorsAreThoseOfReadLine() {
        // \r alone, \n\r, and NUL each end a line (systemd 252: FooA at line 2, FooB 2, FooC 4, FooE 3).
        assertEquals(2, only(parse("[Unit]\rFooA=1\r"), "FooA").firstLine());
        UnitFile lfcr = parse("[Unit]\n\rFooB=1\n\r\n\rFooC=1\n");
        assertEquals(2, only(lfcr, "FooB").firstLine());
        assertEquals(4, only(lfcr, "FooC").firstLine());
        UnitFile nul = parse("[Unit]\nFooD=1\u0000FooE=2\n");
        assertEquals("1", only(nul, "FooD").valueText());
        assertEquals(3, only(nul, "FooE").firstLine());
        UnitFile crlf = parse("[Unit]\r\nFooF=1 \\\r\n  more\r\nFooG=2\r\n");
        assertEquals("1    more", only(crlf, "FooF").valueText());
        assertEquals(3, only(crlf, "FooF").lastLine());
    }

    @Test
    void byteOrderMarkIsStrippedButDefeatsAComment() {
        UnitFile header = parse("\uFEFF[Unit]\nDescription=x\n");
        assertEquals("Unit", header.sections().get(0).name());
        UnitFile comment = parse("\uFEFF# comment\n[Unit]\n");
        assertEquals(1, comment.entriesOutsideSections().size());
        assertEquals("# comment", comment.entriesOutsideSections().get(0).key());
        // systemd strips the first BOM it meets at a line start, even on a later line.
        UnitFile later = parse("[Unit]\nDescription=x\n\uFEFF[Service]\n");
        assertEquals(List.of("Unit", "Service"), later.sections().stream().map(Section::name).toList());
        UnitFile second = parse("\uFEFF[Unit]\n\uFEFFFoo=1\n");
        assertEquals("\uFEFFFoo", second.entries().get(0).key());
    }

    @Test
    void linesThatAreNotAssignments() {
        UnitFile file = parse("[Unit]\n.include /etc/foo\nFooJ\n=x\n");
        List<Entry> entries = file.entries();
        assertFalse(entries.get(0).hasEquals());
        assertFalse(entries.get(1).hasEquals());
        assertTrue(entries.get(2).hasEquals());
        assertEquals("", entries.get(2).key());
        assertEquals(new Span(4, 1, 4, 1), entries.get(2).keySpan());
        assertNull(entries.get(0).value());
    }

    @Test
    void emptyValueHasAZeroWidthSpanAfterTheEquals() {
        Entry reset = only(parse("[Service]\nExecStart=\n"), "ExecStart");
        assertTrue(reset.value().isEmpty());
        assertEquals(new Span(2, 11, 2, 11), reset.value().span());
    }

    @Test
    void sectionHeaders() {
        UnitFile file = parse("[Unit] \n  [Service]  \n[Unit]x\n[Un\\\nit]\n");
        assertEquals(List.of("Unit", "Service", "Unit]x", "Un it"),
                file.sections().stream().map(Section::name).toList());
        assertTrue(file.sections().get(1).header().wellFormed());
        assertFalse(file.sections().get(2).header().wellFormed());
        assertEquals(1, file.problems().stream()
                .filter(p -> p.kind() == SyntaxProblem.Kind.INVALID_SECTION_HEADER).count());
    }

    @Test
    void entriesBeforeAnySectionAreKeptApart() {
        UnitFile file = parse("FooL=1\n[Unit]\nDescription=x\n");
        assertEquals(1, file.entriesOutsideSections().size());
        assertNull(file.entriesOutsideSections().get(0).section());
    }

    @Test
    void invalidUtf8IsKeptAndReportedWithItsPosition() {
        byte[] bytes = "[Unit]\nFooK=\u0000\u0000\n".getBytes(StandardCharsets.ISO_8859_1);
        bytes[12] = (byte) 0xFF;
        bytes[13] = (byte) 0xFE;
        UnitFile file = UnitFileParser.parse("t.service", bytes);
        assertArrayEquals(bytes, file.toBytes());
        SyntaxProblem problem = file.problems().get(0);
        assertEquals(SyntaxProblem.Kind.INVALID_UTF8, problem.kind());
        assertEquals(new Span(2, 6, 2, 7), problem.span());
    }

    @Test
    void lastLineWithoutNewlineAndTrailingBackslashAtEndOfFile() {
        UnitFile file = parse("[Service]\nExecStart=/bin/true \\");
        assertEquals("/bin/true", only(file, "ExecStart").valueText());
        UnitFile noNewline = parse("[Unit]\nDescription=x");
        assertEquals("x", only(noNewline, "Description").valueText());
    }

    @Test
    void everyAwkwardInputPrintsBackExactly() {
        String[] inputs = {
            "", "\n", "\\", "=", "[", "]", "#", ";", "\uFEFF", "\uFEFF\uFEFF", "\r\n\r", "\u0000", "[Unit",
            "a\\\n#c\n\\\n", "  \\\n  \\\n", "[A]\\\n#x\n]", "x=\\", "x=y\\\r\n", "\t[\t]\t", "k\\=v=w",
            "[Unit]\n\uFEFFKey=\uD83D\uDE00\n", "key\\\n=\\\n#c\nvalue",
        };
        for (String input : inputs) {
            UnitFile file = parse(input);
            assertEquals(input, file.print(), "round trip of " + input.replace("\n", "\\n"));
            assertTrue(file.problems().stream().noneMatch(p -> p.kind() == SyntaxProblem.Kind.PARSER_ERROR),
                    "grammar rejected " + input.replace("\n", "\\n") + ": " + file.problems());
        }
    }
}
