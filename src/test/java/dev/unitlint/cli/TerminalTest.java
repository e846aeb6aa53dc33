package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Terminal detection from standard output, not {@code System.console()} (issue 12, item 7).
 * The last tests run unitlint in a real pseudo-terminal ({@code script} from util-linux) with
 * standard input redirected, as a pre-commit hook or {@code xargs} does: {@code System.console()}
 * is null there, so before this change such a run got neither source lines nor summary.
 */
class TerminalTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"/dev/pts/0", "/dev/pts/17", "/dev/tty", "/dev/tty1", "/dev/ttyS0", "/dev/ttyUSB0",
        "/dev/console"})
    void terminalDevices(String target) {
        assertTrue(Terminal.isTerminalDevice(target), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipe:[123456]", "socket:[42]", "/dev/null", "/tmp/report.txt", "/dev/pts",
        "/home/u/dev/pts/1", "anon_inode:[eventfd]", "/dev/ptmx", "/dev/zero", "/dev/pts/", "/dev/pts/1a",
        "/dev/tty/1", "/dev/tty-1", "/dev/consoles", "/dev/console0"})
    void otherFiles(String target) {
        assertFalse(Terminal.isTerminalDevice(target), target);
    }

    @Test
    void aFileDescriptorRedirectedToAFileIsNotATerminal() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("fd1"), dir.resolve("out.txt"));
        assertFalse(Terminal.isTerminal(link));
    }

    /** The class path of this build's unitlint: its classes and the libraries the text report uses. */
    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(Main.class, picocli.CommandLine.class, org.antlr.v4.runtime.Lexer.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.annotation.JsonProperty.class)) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Runs unitlint under {@code script}, which gives it a pseudo-terminal as standard output;
     * standard input is /dev/null. Returns what the terminal showed, without the carriage
     * returns the terminal adds.
     *
     * @param environment variables to set, {@code NAME=value ...}; the colour variables are unset first
     */
    private String inPseudoTerminal(String environment, String... args) throws Exception {
        assumeTrue(new File("/usr/bin/script").canExecute() || new File("/bin/script").canExecute(),
                "needs script(1) from util-linux");
        StringBuilder command = new StringBuilder("exec env -u NO_COLOR -u FORCE_COLOR -u CLICOLOR_FORCE "
                + environment + " '" + Path.of(System.getProperty("java.home"),
                "bin", "java") + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + classPath() + "' "
                + Main.class.getName());
        for (String arg : args) {
            command.append(" '").append(arg).append('\'');
        }
        command.append(" < /dev/null");
        List<String> process = new ArrayList<>(List.of("script", "-qec", command.toString(), "/dev/null"));
        Process script = new ProcessBuilder(process).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[] output = script.getInputStream().readAllBytes();
        assertTrue(script.waitFor(60, TimeUnit.SECONDS), "unitlint under script did not finish");
        String shown = new String(output, StandardCharsets.UTF_8).replace("\r", "");
        assumeTrue(!shown.contains("script: "), "script(1) cannot make a terminal here: " + shown);
        return shown;
    }

    @Test
    void standardOutputOnATerminalWithStandardInputRedirectedIsATerminal() throws Exception {
        Path unit = Files.writeString(dir.resolve("job.service"),
                "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n");
        String shown = inPseudoTerminal("NO_COLOR=1", "check", "--no-config", unit.toString());
        assertTrue(shown.contains(" 4 | Restart=always\n"), "source lines, even with NO_COLOR:\n" + shown);
        assertTrue(shown.endsWith("Found 1 error in 1 file.\n"), shown);
        assertFalse(shown.contains("\u001B["), "NO_COLOR is honoured:\n" + shown);
    }

    @Test
    void colourOnATerminal() throws Exception {
        Path unit = Files.writeString(dir.resolve("job.service"), "[Service]\nExecStart=/bin/true\n");
        String shown = inPseudoTerminal("", "check", "--no-config", unit.toString());
        assertEquals("\u001B[1mNo problems found in 1 file.\u001B[0m\n", shown);
    }
}
