package dev.unitlint.cli;

import static dev.unitlint.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, in process. These use a real temporary folder because the
 * CLI takes paths from the default file system, as a user's shell gives them.
 */
class CheckCommandTest {

    @TempDir
    Path dir;


    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void reportsFindingsAsPathLineColumnSeverityMessageAndRule() throws Exception {
        Path unit = write("job.service", "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n");
        CliRun run = run("check", "--color=never", unit.toString());
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals(unit + ":4:9: error: Restart=always is not allowed with Type=oneshot: systemd refuses to load"
                + " this service. A oneshot service is never restarted after a clean exit; use Restart=on-failure,"
                + " or a .timer unit to run it again periodically [SD301 restart-always-oneshot]\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void cleanFilesExitZeroAndPrintNothing() throws Exception {
        Path unit = write("ok.service", "[Service]\nExecStart=/bin/true\n");
        CliRun run = run("check", unit.toString());
        assertEquals(new CliRun(0, "", ""), run);
    }

    @Test
    void directoriesAreSearchedAndDropInsGoWithTheirUnit() throws Exception {
        write("units/job.service", "[Service]\nType=oneshot\nExecStart=/bin/true\n");
        write("units/job.service.d/10-restart.conf", "[Service]\nRestart=always\n");
        write("units/notes.txt", "not a unit\n");
        CliRun run = run("check", "--color=never", dir.resolve("units").toString());
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertTrue(run.out().startsWith(dir.resolve("units/job.service.d/10-restart.conf") + ":2:9: error:"), run.out());
        assertEquals(1, run.out().lines().count());
    }

    @Test
    void systemdVersionChangesTheVerdict() throws Exception {
        Path unit = write("job.service", "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=on-failure\n");
        assertEquals(ExitCodes.OK, run("check", unit.toString()).code());
        CliRun old = run("check", "--systemd-version", "243", unit.toString());
        assertEquals(ExitCodes.FINDINGS, old.code());
        assertTrue(old.out().contains("before systemd 244"), old.out());
    }

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        Path unit = write("legacy.service", "[Service]\nExecStart=/bin/true\nPermissionsStartOnly=yes\n");
        CliRun run = run("check", unit.toString());
        assertEquals(ExitCodes.OK, run.code(), "an info finding does not fail by default");
        assertTrue(run.out().contains(": info: "), run.out());
        assertEquals(ExitCodes.FINDINGS, run("check", "--fail-on", "info", unit.toString()).code());
        Path bad = write("bad.service", "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n");
        assertEquals(ExitCodes.OK, run("check", "--fail-on=never", bad.toString()).code());
    }

    @Test
    void missingFileIsAnIoErrorAndTheOtherFilesAreStillChecked() throws Exception {
        Path bad = write("bad.service", "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n");
        CliRun run = run("check", dir.resolve("missing.service").toString(), bad.toString());
        assertEquals(ExitCodes.ERROR, run.code());
        assertEquals("unitlint: " + dir.resolve("missing.service") + ": no such file or directory\n", run.err());
        assertTrue(run.out().contains("SD301"), run.out());
    }

    @Test
    void fileThatIsNotAUnitIsAUsageError() throws Exception {
        Path notes = write("notes.txt", "hello\n");
        CliRun run = run("check", notes.toString());
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().contains("not a unit file"), run.err());
    }

    @Test
    void badOptionsAreUsageErrorsWithoutStackTraces() {
        CliRun unknown = run("check", "--frobnicate", "x.service");
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertTrue(unknown.err().startsWith("unitlint: unknown option '--frobnicate'"), unknown.err());
        CliRun version = run("check", "--systemd-version", "12", "x.service");
        assertEquals(ExitCodes.USAGE, version.code());
        assertTrue(version.err().contains("--systemd-version must be a systemd release"), version.err());
        CliRun noCommand = run();
        assertEquals(ExitCodes.USAGE, noCommand.code());
        for (CliRun r : new CliRun[] {unknown, version, noCommand}) {
            assertFalse(r.err().contains("\tat "), "stack trace printed: " + r.err());
        }
    }

    @Test
    void standardInputNeedsAName() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(
                    "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=on-success\n".getBytes(StandardCharsets.UTF_8)));
            CliRun run = run("check", "--color=never", "--stdin-filename", "units/job.service", "-");
            assertEquals(ExitCodes.FINDINGS, run.code());
            assertTrue(run.out().startsWith("units/job.service:4:9: error: Restart=on-success"), run.out());
        } finally {
            System.setIn(saved);
        }
        CliRun unnamed = run("check", "-");
        assertEquals(ExitCodes.USAGE, unnamed.code());
        assertTrue(unnamed.err().contains("--stdin-filename"), unnamed.err());
    }

    @Test
    void versionAndHelp() {
        CliRun version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("unitlint "), version.out());
        CliRun help = run("check", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--systemd-version"), help.out());
        assertTrue(help.out().contains("Exit codes:"), help.out());
    }

    @Test
    void colourFollowsNoColorAndForceColor() {
        assertFalse(ColorChoice.AUTO.enabled(Map.of("NO_COLOR", "1"), true));
        assertTrue(ColorChoice.AUTO.enabled(Map.of(), true));
        assertFalse(ColorChoice.AUTO.enabled(Map.of(), false));
        assertTrue(ColorChoice.AUTO.enabled(Map.of("FORCE_COLOR", "1"), false));
        assertFalse(ColorChoice.AUTO.enabled(Map.of("FORCE_COLOR", "0"), false));
        assertTrue(ColorChoice.ALWAYS.enabled(Map.of("NO_COLOR", "1"), false));
    }
}
