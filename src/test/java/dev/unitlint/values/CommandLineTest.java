package dev.unitlint.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static Command only(String value) {
        CommandLine line = CommandLine.parse(value);
        assertEquals(1, line.commands().size(), "commands of " + value);
        return line.commands().get(0);
    }

    @Test
    void splitsWordsAndKeepsTheirOffsets() {
        Command c = only("/usr/bin/app  --flag value");
        assertEquals("/usr/bin/app", c.program());
        assertEquals(List.of("/usr/bin/app", "--flag", "value"), c.argv());
        Word flag = c.arguments().get(0);
        assertEquals(14, flag.from());
        assertEquals(20, flag.to());
        assertTrue(flag.isPlain());
    }

    @Test
    void quotesJoinWordsAnywhereAndAreMarkedLiteral() {
        Command c = only("/bin/echo --name=\"a b\"c 'x;y'");
        assertEquals(List.of("--name=a bc", "x;y"), c.argv().subList(1, 3));
        Word name = c.arguments().get(0);
        assertFalse(name.literal()[0], "the unquoted part is not literal");
        assertTrue(name.literal()[7], "the quoted part is literal");
        assertEquals(18, name.sourceOf(7), "'a' comes from just after the quote");
    }

    @Test
    void decodesCEscapesAndKeepsUnknownOnes() {
        Command c = only("/bin/echo a\\tb \\x41 \\q \\101");
        assertEquals(List.of("a\tb", "A", "\\q", "A"), c.argv().subList(1, 5));
    }

    @Test
    void readsPrefixesAsConfigParseExecDoes() {
        assertEquals("-@", only("-@/bin/app argv0").prefixes());
        assertEquals(":+", only(":+/bin/app").prefixes());
        assertEquals("!!", only("!!/bin/app").prefixes());
        assertEquals("-", only("--/bin/app").prefixes(), "a second '-' is part of the path");
        assertEquals("-/bin/app", only("--/bin/app").program());
        assertEquals("+", only("+!/bin/app").prefixes(), "'!' after '+' is not a prefix");
        assertEquals("!/bin/app", only("!!!/bin/app").program(), "a third '!' is not a prefix");
        assertEquals(List.of("argv0"), only("@/bin/app argv0").argv(), "'@' takes argv[0] from the next word");
    }

    @Test
    void aLoneSemicolonSeparatesCommandsAndAnEscapedOneIsAnArgument() {
        CommandLine two = CommandLine.parse("/bin/echo a ; /bin/echo b");
        assertEquals(2, two.commands().size());
        assertEquals(List.of("/bin/echo", "b"), two.commands().get(1).argv());
        assertEquals(List.of("/usr/bin/find", "/tmp", "-exec", "rm", "{}", ";"),
                only("/usr/bin/find /tmp -exec rm {} \\;").argv());
        assertEquals(List.of("/bin/echo", "a;"), only("/bin/echo a;").argv(), "';' inside a word is data");
    }

    @Test
    void reportsAnUnbalancedQuote() {
        CommandLine line = CommandLine.parse("/bin/echo \"abc");
        assertEquals(10, line.problem().orElseThrow().from());
        assertEquals(1, line.commands().size(), "the command up to the quote is kept");
        assertTrue(CommandLine.parse("\"/bin/echo abc").commands().isEmpty());
    }

    @Test
    void splitsEnvironmentStyleValues() {
        List<Word> words = CommandLine.words("\"A=1 2\" B=3");
        assertEquals("A=1 2", words.get(0).text());
        assertEquals("B=3", words.get(1).text());
    }

    @Test
    void visitsSpecifiersButNotEscapedPercentSigns() {
        StringBuilder seen = new StringBuilder();
        Specifiers.forEach("%n %%i 50% %H", (i, letter) -> seen.append(letter).append(i).append(' '));
        assertEquals("n0 H11 ", seen.toString());
        assertTrue(Specifiers.meaning('D', 257).isPresent());
        assertTrue(Specifiers.meaning('D', 252).isEmpty());
        assertTrue(Specifiers.meaning('Z', 257).isEmpty());
    }
}
