package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input matrix: whatever a path names or a file holds, the run ends with a defined exit
 * code, at most one clear line per problem on standard error (no stack trace), and every other
 * file of the run still checked. Each test runs the command on the bad input together with
 * {@code good.service}, whose one finding must always be reported.
 *
 * <p>The three large inputs are tagged {@code heavy}: they take tens of seconds on a busy
 * two-core machine, so {@code mvn verify} leaves them out and {@code .ci/run} runs them
 * ({@code -Dunitlint.excludedGroups=none}).
 *
 * <p>These use a real temporary folder, not jimfs: the command line takes paths of the default
 * file system, and FIFOs, permissions and symbolic-link loops are what is being tested.
 */
@Timeout(value = 60)
class BadInputTest {

    @TempDir
    Path dir;

    private Path good;

    /** What the command printed, and a check that it printed nothing alarming. */
    record Run(int code, String out, String err) {

        /** The one line of standard error, checked to be a unitlint message without a stack trace. */
        String errorLine() {
            List<String> lines = err.lines().toList();
            assertEquals(1, lines.size(), "expected one line on stderr, got:\n" + err);
            assertTrue(lines.get(0).startsWith("unitlint: "), err);
            return lines.get(0);
        }
    }

    @BeforeEach
    void writeGoodFile() throws IOException {
        good = dir.resolve("good.service");
        Files.writeString(good, "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n");
    }

    private Run check(Path bad) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("check", "--color=never", bad.toString(), good.toString());
        Run run = new Run(code, out.toString(), err.toString());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "stack trace:\n" + run.err());
        assertTrue(run.out().contains(good + ":4:9: error: Restart=always"), "the good file was not checked:\n" + run.out());
        return run;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    // ---- what a file holds: reported as findings on standard output ----

    @Test
    void binaryFileIsReportedOnceNotLineByLine() throws IOException {
        // Before SD020, 64 KiB of random bytes gave hundreds of SD001/SD002/SD004 findings.
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Path blob = write("blob.service", bytes);
        Run run = check(blob);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().filter(l -> l.contains("blob.service")).toList();
        assertEquals(1, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(blob + ":1:1: error: This file is binary data"), lines.get(0));
        assertTrue(lines.get(0).endsWith("[SD020 binary-file]"), lines.get(0));
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition() throws IOException {
        Path bad = write("latin1.service", "[Service]\nExecStart=/bin/caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Run run = check(bad);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().contains(bad + ":2:19: error: invalid UTF-8 (byte 0xE9)"), run.out());
        assertTrue(run.out().contains("[SD004 invalid-utf8]"), run.out());
    }

    @Test
    void nulBytesEndLinesAsSystemdReadsThem() throws IOException {
        // systemd's read_line() ends a line at NUL: "Restart=always" is an assignment of its own.
        Path bad = write("nul.service", ascii("[Service]\u0000Type=oneshot\u0000\u0000Restart=always\u0000"));
        Run run = check(bad);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().contains(bad + ":4:9: error: Restart=always is not allowed with Type=oneshot"), run.out());
    }

    @Test
    void emptyFileHasNothingToReport() throws IOException {
        Path bad = write("empty.service", new byte[0]);
        Run run = check(bad);
        assertEquals(ExitCodes.FINDINGS, run.code(), "only good.service's finding");
        assertEquals("", run.err());
        assertFalse(run.out().contains("empty.service"), run.out());
    }

    @Test
    void lastLineWithoutNewlineIsStillRead() throws IOException {
        Path bad = write("nonl.service", ascii("[Service]\nType=oneshot\nRestart=always"));
        Run run = check(bad);
        assertEquals("", run.err());
        assertTrue(run.out().contains(bad + ":3:9: error: Restart=always"), run.out());
    }

    @Test
    @Tag("heavy")
    void fiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path bad = dir.resolve("huge.service");
        byte[] line = ascii("Environment=PADDING=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
        try (OutputStream out = Files.newOutputStream(bad)) {
            out.write(ascii("[Service]\n"));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Run run = check(bad);
        assertEquals(ExitCodes.ERROR, run.code());
        assertEquals("unitlint: " + bad + ": file is too large to be a unit file (50.0 MiB; unitlint reads at most 4 MiB)",
                run.errorLine());
    }

    @Test
    @Tag("heavy")
    void oneLogicalLineContinuedOverAMillionPhysicalLines() throws IOException {
        // 1,000,001 physical lines, one logical line of about 2 MB: longer than systemd's 1 MiB line limit.
        StringBuilder text = new StringBuilder("[Service]\nExecStart=/bin/echo \\\n");
        text.append("x\\\n".repeat(1_000_000)).append("end\n");
        Path bad = write("continued.service", ascii(text.toString()));
        Run run = check(bad);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().contains(bad + ":2:1: error: continued line is longer than 1048576 bytes"), run.out());
    }

    @Test
    @Tag("heavy")
    void hundredThousandSections() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append("[Service]\nRestart=always\n");
        }
        text.append("[Service]\nType=oneshot\n");
        Path bad = write("sections.service", ascii(text.toString()));
        Run run = check(bad);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
        // The last Restart= wins, as in systemd: one finding, where it is.
        assertTrue(run.out().contains(bad + ":200000:9: error: Restart=always"), run.out());
    }

    // ---- what a path names: one line on standard error, exit 3 (I/O) or 2 (usage) ----

    @Test
    void unreadableFile() throws IOException {
        Path bad = write("secret.service", ascii("[Service]\nExecStart=/bin/true\n"));
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("---------"));
        // root reads any file regardless of its mode; there is no way to take that away in a test.
        assumeFalse(Files.isReadable(bad), "running as root: permissions do not stop reading");
        Run run = check(bad);
        assertEquals(ExitCodes.ERROR, run.code());
        assertEquals("unitlint: " + bad + ": permission denied", run.errorLine());
    }

    @Test
    void directoryWhereAFileWasExpected() throws IOException {
        Path bad = Files.createDirectory(dir.resolve("looks-like-a.service"));
        Run run = check(bad);
        assertEquals(ExitCodes.USAGE, run.code());
        assertEquals("unitlint: " + bad + ": is a directory with no unit files or drop-ins in it", run.errorLine());
    }

    @Test
    void directoryNamedLikeAUnitInsideATreeIsNotAFile() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree/looks-like-a.service"));
        write("tree/real.service", ascii("[Service]\nExecStart=/bin/true\n"));
        Run run = check(tree.getParent());
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
    }

    @Test
    void fifoIsNeverOpened() throws Exception {
        Path bad = dir.resolve("pipe.service");
        Process mkfifo = new ProcessBuilder("mkfifo", bad.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        // Opening a FIFO with no writer blocks forever; the class timeout would catch that.
        Run run = check(bad);
        assertEquals(ExitCodes.ERROR, run.code());
        assertEquals("unitlint: " + bad + ": not a regular file", run.errorLine());
    }

    @Test
    void fifoInsideATreeIsNeverOpened() throws Exception {
        Path tree = Files.createDirectory(dir.resolve("tree"));
        Path bad = tree.resolve("pipe.service");
        Process mkfifo = new ProcessBuilder("mkfifo", bad.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Run run = check(tree);
        assertEquals(ExitCodes.ERROR, run.code());
        assertEquals("unitlint: " + bad + ": not a regular file", run.errorLine());
    }

    /** A dangling link is a finding about the link (SD006), not an unreadable file: the exit code comes from findings. */
    @Test
    void brokenSymlink() throws IOException {
        Path bad = Files.createSymbolicLink(dir.resolve("dangling.service"), dir.resolve("nowhere.service"));
        Run run = check(bad);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().contains(bad + ":1:1: info: symbolic link to '" + dir.resolve("nowhere.service")
                + "', outside the tree being checked"), run.out());
    }

    @Test
    void brokenRelativeSymlink() throws IOException {
        Path bad = Files.createSymbolicLink(dir.resolve("dangling.service"), Path.of("nowhere.service"));
        Run run = check(bad);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().contains(bad + ":1:1: warning: symbolic link to 'nowhere.service', which does not exist"
                + " in the tree being checked: systemd cannot load dangling.service through it"), run.out());
    }

    @Test
    void symlinkLoop() throws IOException {
        Path a = dir.resolve("a.service");
        Path b = dir.resolve("b.service");
        Files.createSymbolicLink(a, Path.of("b.service"));
        Files.createSymbolicLink(b, Path.of("a.service"));
        Run run = check(a);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().contains(a + ":1:1: warning: symbolic link loop: 'b.service' leads back to itself"),
                run.out());
    }

    /** A walk never follows a link to a folder, so a link to the folder itself is no loop to report. */
    @Test
    void directorySymlinkLoopInsideATreeIsNotFollowed() throws IOException {
        Path tree = Files.createDirectory(dir.resolve("tree"));
        Files.writeString(tree.resolve("real.service"), "[Service]\nExecStart=/bin/true\n");
        Files.createSymbolicLink(tree.resolve("loop"), tree);
        Run run = check(tree);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
    }

    @Test
    void pathThatDoesNotExist() {
        Path bad = dir.resolve("missing.service");
        Run run = check(bad);
        assertEquals(ExitCodes.ERROR, run.code());
        assertEquals("unitlint: " + bad + ": no such file or directory", run.errorLine());
    }

    @Test
    void pathWithSpacesAndNonAsciiCharacters() throws IOException {
        Path odd = write("my units/caf\u00e9 \u65e5\u672c/\u00fcber job.service",
                ascii("[Service]\nType=oneshot\nRestart=always\n"));
        Run run = check(odd);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().contains(odd + ":3:9: error: Restart=always"), run.out());
    }

    @Test
    void wholeMatrixInOneRunStillChecksTheGoodFile() throws Exception {
        Path missing = dir.resolve("missing.service");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.service"), dir.resolve("nowhere.service"));
        Path empty = write("empty.service", new byte[0]);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute("check", "--color=never",
                missing.toString(), dangling.toString(), empty.toString(), good.toString());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30);
        assertEquals(ExitCodes.ERROR, code);
        // The missing file is an error; the dangling link is a finding (SD006), not a second error.
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(out.toString().contains(good + ":4:9:"), out.toString());
    }
}
