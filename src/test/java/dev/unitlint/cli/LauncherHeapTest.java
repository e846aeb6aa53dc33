package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher bounds the heap (tools/jvm/jvm.options); the worst unit files unitlint reads (up
 * to its 4 MiB limit) must still be checked within that bound. Each case runs a JVM with those
 * flags, as ./unitlint does, on one pathological file: it must end with findings and no error.
 * Tagged heavy (tens of seconds): .ci/run runs them.
 */
@Tag("heavy")
@Timeout(value = 300)
class LauncherHeapTest {

    @TempDir
    Path dir;

    private void checkWithLauncherFlags(String name, String text) throws IOException, InterruptedException {
        Path unit = dir.resolve(name);
        Files.writeString(unit, text, StandardCharsets.US_ASCII);
        assertTrue(Files.size(unit) <= 4L * 1024 * 1024, "within the size unitlint reads");
        Process process = launcher("check", "--color=never", unit.toString());
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals("", err, name);
        assertEquals(ExitCodes.FINDINGS, process.exitValue(), name);
    }

    /** Runs unitlint in a JVM started with the launcher's flags; output in out.txt and err.txt. */
    private Process launcher(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path options = ProjectPaths.root().resolve("tools/jvm/jvm.options");
        List<String> command = new ArrayList<>(List.of(java.toString(), "@" + options,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        boolean finished = process.waitFor(280, TimeUnit.SECONDS);
        if (!finished) {
            // Else the child outlives the test run: one left from a timed-out CI run spun for half an hour.
            process.destroyForcibly().waitFor();
        }
        assertTrue(finished, "finished");
        return process;
    }

    /**
     * A report is written a finding at a time: 3,000 services with every security check on give
     * about 200,000 findings, whose SARIF and JSON built as one tree and one string first needed more
     * than the bounded heap.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sarif", "json"})
    void aReportOfTwoHundredThousandFindings(String format) throws Exception {
        Path units = Files.createDirectories(dir.resolve("units"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(units.resolve("s" + i + ".service"),
                    "[Unit]\nDescription=Service " + i + "\n[Service]\nExecStart=/usr/bin/daemon-" + i + " --serve\n",
                    StandardCharsets.US_ASCII);
        }
        Process process = launcher("check", "--select", "SD,SEC", "--fail-on", "info", "--format", format, units.toString());
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals("", err, format);
        assertEquals(ExitCodes.FINDINGS, process.exitValue(), format);
        assertTrue(Files.size(dir.resolve("out.txt")) > 50_000_000L, "the whole report was written");
    }

    @Test
    void aMillionContinuationLines() throws Exception {
        checkWithLauncherFlags("continued.service",
                "[Service]\nExecStart=/bin/echo \\\n" + "x\\\n".repeat(1_000_000) + "end\n");
    }

    @Test
    void twoMillionWordsOnOneCommandLine() throws Exception {
        checkWithLauncherFlags("words.service",
                "[Service]\nExecStart=/bin/x" + " a".repeat(2 * 1024 * 1024 - 20) + "\n");
    }

    @Test
    void aHundredThousandSections() throws Exception {
        checkWithLauncherFlags("sections.service", "[Service]\nRestart=always\n".repeat(100_000)
                + "[Service]\nType=oneshot\n");
    }

    @Test
    void fourMebibytesOfAssignments() throws Exception {
        StringBuilder text = new StringBuilder("[Service]\n");
        for (int i = 0; text.length() < 4 * 1024 * 1024 - 64; i++) {
            text.append("ExecStartPre=/bin/echo ").append(i).append(" $HOME ; true\n");
        }
        checkWithLauncherFlags("assignments.service", text.toString());
    }
}
