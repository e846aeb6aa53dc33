package dev.unitlint.cli;

import static dev.unitlint.testing.CliRun.onTerminal;
import static dev.unitlint.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.findings.SafeText;
import dev.unitlint.testing.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A unit file in a pull request is untrusted: what it holds must not reach a terminal or a CI
 * log as control sequences (issue 12, item 10). Before, a key holding {@code ESC[2J} was echoed
 * raw in the text report and the GitHub annotations, so a file could clear the screen, retitle
 * the terminal or hide findings.
 */
class UntrustedContentTest {

    /** An unknown key that clears the screen, a value that retitles the terminal, a bidi override. */
    private static final String HOSTILE = "[Service]\n"
            + "ExecStart=/bin/true\n"
            + "Clear\u001B[2J\u001B[H=1\n"
            + "User=\u001B]0;pwned\u0007root\n"
            + "Description=\u202Eeurt=trats\u202C\n"
            + "Type=\u009B31msimple\n";

    @TempDir
    Path dir;

    /** True when the text holds a character that a terminal would act on: the report's own colours aside. */
    private static boolean hasRawControls(String text) {
        String withoutOwnColours = text.replaceAll("\u001B\\[[0-9;]*m", "");
        return withoutOwnColours.codePoints().anyMatch(c -> c != '\n' && SafeText.needsEscape(c));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "github", "checkstyle", "json", "sarif", "gitlab"})
    void noFormatPassesControlCharactersThrough(String format) throws Exception {
        Path unit = Files.writeString(dir.resolve("hostile.service"), HOSTILE);
        CliRun run = run("check", "--no-config", "-f", format, unit.toString());
        assertEquals(ExitCodes.FINDINGS, run.code(), run.err());
        assertFalse(hasRawControls(run.out()), format + " report:\n" + run.out());
        assertTrue(run.out().contains("\\x1b[2J") || run.out().contains("\\\\x1b[2J"), run.out());
    }

    @Test
    void theTerminalLayoutEscapesMessagesAndSourceLines() throws Exception {
        Path unit = Files.writeString(dir.resolve("hostile.service"), HOSTILE);
        CliRun run = onTerminal("check", "--no-config", "--color=always", unit.toString());
        assertFalse(hasRawControls(run.out()), run.out());
        assertTrue(run.out().contains("'Clear\\x1b[2J\\x1b[H'"), run.out());
        assertTrue(run.out().contains("User=\\x1b]0;pwned\\x07root"), run.out());
    }

    @Test
    void aFileNameMadeOfControlCharactersIsEscapedToo() throws Exception {
        Path unit = Files.writeString(dir.resolve("\u001B]0;x\u0007.service"), "[Service]\nExecStart=/bin/true\nBogus\n");
        for (String format : List.of("text", "github")) {
            CliRun run = run("check", "--no-config", "-f", format, dir.toString());
            assertFalse(hasRawControls(run.out()), run.out());
            assertTrue(run.out().contains("\\x1b]0;x\\x07.service"), run.out());
        }
    }

    @Test
    void bytesThatAreNotUtf8AreShownAsTheBytesTheyAre() throws Exception {
        Path unit = Files.write(dir.resolve("latin1.service"),
                "[Service]\nExecStart=/bin/true\nCaf\u00e9=1\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = run("check", "--no-config", unit.toString());
        assertTrue(run.out().contains("'Caf\\xe9'"), run.out());
    }

    @Test
    void escapingIsIdempotentAndLeavesOrdinaryTextAlone() {
        String text = "ExecStart=/bin/sh -c 'echo \\$HOME' caf\u00e9 \u65e5\u672c \uD83D\uDE00 \\x2d";
        assertEquals(text, SafeText.escape(text));
        String once = SafeText.escape("a\u001Bb\tc\u0085d\u2066e\u2028f\uDCE9");
        assertEquals("a\\x1bb\\tc\\x85d\\u2066e\\u2028f\\xe9", once);
        assertEquals(once, SafeText.escape(once));
    }
}
