package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path options = ProjectPaths.root().resolve("tools/jvm/jvm.options");
        Process process = new ProcessBuilder(List.of(java.toString(), "@" + options,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "--color=never", unit.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(280, TimeUnit.SECONDS), "finished");
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals("", err, name);
        assertEquals(ExitCodes.FINDINGS, process.exitValue(), name);
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
