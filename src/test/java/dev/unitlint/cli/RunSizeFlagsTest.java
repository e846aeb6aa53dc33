package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' JVM flags that depend on how much a run checks ({@code tools/jvm/run-size.sh},
 * sourced by {@code ./unitlint} and by the release's {@code bin/unitlint}): higher compile
 * thresholds for a run over a few named files, the usual ones for a folder or a long list.
 */
class RunSizeFlagsTest {

    private static final String FEWER_COMPILATIONS = "-XX:CompileThresholdScaling=3";

    @TempDir
    Path dir;

    /** The flags run_size_flags sets for these arguments, one per line, run in bash from {@code dir}. */
    private String flags(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                ". \"$0\"; run_size_flags \"$@\"; printf '%s\\n' \"${RUN_SIZE_FLAGS[@]}\"",
                ProjectPaths.root().resolve("tools/jvm/run-size.sh").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    @Test
    void aFewNamedFilesGetFewerCompilations() throws Exception {
        Files.writeString(dir.resolve("a.service"), "[Service]\nExecStart=/bin/true\n");
        Files.writeString(dir.resolve("b.timer"), "[Timer]\nOnCalendar=daily\n");
        assertEquals(FEWER_COMPILATIONS, flags("check", "a.service"));
        assertEquals(FEWER_COMPILATIONS, flags("check", "--color=never", "--format", "json", "a.service", "b.timer"));
        // Standard input, and commands without files, are short too.
        assertEquals(FEWER_COMPILATIONS, flags("check", "--stdin-filename", "x.service", "-"));
        assertEquals(FEWER_COMPILATIONS, flags("--version"));
    }

    @Test
    void aFolderOrALongListKeepsTheUsualThresholds() throws Exception {
        Files.createDirectories(dir.resolve("units"));
        List<String> many = new ArrayList<>(List.of("check"));
        for (int i = 0; i < 11; i++) {
            Files.writeString(dir.resolve("u" + i + ".service"), "[Service]\nExecStart=/bin/true\n");
            many.add("u" + i + ".service");
        }
        assertEquals("", flags("check", "units"));
        assertEquals("", flags("check", "u0.service", "units"));
        assertEquals("", flags("check", "--root", "units", "u0.service"));
        assertEquals("", flags(many.toArray(String[]::new)));
        assertEquals(FEWER_COMPILATIONS, flags(many.subList(0, 11).toArray(String[]::new)));
    }
}
