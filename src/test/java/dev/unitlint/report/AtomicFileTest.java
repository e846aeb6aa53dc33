package dev.unitlint.report;

import static dev.unitlint.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unitlint.cli.ExitCodes;
import dev.unitlint.testing.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files unitlint writes ({@code --output}, {@code --write-baseline}) keep the mode of the file
 * they replace, or get the umask's default when new (issue 12, item 6); before, every one was
 * 0600, the mode of {@code Files.createTempFile}. Real files, because the point is POSIX
 * permissions.
 */
class AtomicFileTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    /** What this process's umask gives a new file: made the way a shell's {@code >} makes one. */
    private String umaskDefault() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        String mode = mode(probe);
        Files.delete(probe);
        return mode;
    }

    @Test
    void replacedFileKeepsItsMode() throws IOException {
        for (String mode : new String[] {"rw-r--r--", "rw-rw-r--", "rw-r-----", "rwxr-x---"}) {
            Path report = Files.writeString(dir.resolve("report-" + mode + ".txt"), "old\n");
            Files.setPosixFilePermissions(report, PosixFilePermissions.fromString(mode));
            AtomicFile.write(report, "new\n");
            assertEquals("new\n", Files.readString(report));
            assertEquals(mode, mode(report));
        }
    }

    @Test
    void newFileGetsTheUmasksDefaultNotPrivateMode() throws IOException {
        Path report = dir.resolve("new.txt");
        AtomicFile.write(report, "text\n");
        assertEquals(umaskDefault(), mode(report));
        assertTrue(Files.getPosixFilePermissions(report).contains(PosixFilePermission.GROUP_READ)
                        || !umaskDefault().contains("r--"),
                "a report others may read under umask 022");
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "old\n");
        AtomicFile.write(report, "new\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.of(report), Set.copyOf(files.toList()));
        }
    }

    @Test
    void symbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());
        AtomicFile.write(link, "new\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(real));
        assertEquals("rw-r-----", mode(real));
    }

    @Test
    void outputOptionAndBaselineKeepTheModeEndToEnd() throws IOException {
        Path unit = Files.writeString(dir.resolve("job.service"),
                "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n");
        Path report = Files.writeString(dir.resolve("report.sarif"), "");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw-r--"));
        CliRun run = run("check", "--no-config", "-f", "sarif", "-o", report.toString(), unit.toString());
        assertEquals(ExitCodes.FINDINGS, run.code(), run.err());
        assertTrue(Files.readString(report).contains("SD301"));
        assertEquals("rw-rw-r--", mode(report));

        Path baseline = dir.resolve("baseline.json");
        assertEquals(ExitCodes.OK, run("check", "--no-config", "--write-baseline", baseline.toString(),
                unit.toString()).code());
        assertEquals(umaskDefault(), mode(baseline));
    }

    /**
     * {@code --output /dev/stdout} or a named pipe: not a regular file, so it is written to, not
     * replaced. (A FIFO of its own rather than a real device: a test must never be able to
     * replace /dev/null on the machine running it.)
     */
    @Test
    void aFifoIsWrittenToNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        AtomicFile.write(fifo, "through the pipe\n");
        assertEquals("through the pipe\n", reader.get(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo) && !Files.isDirectory(fifo), "still a FIFO");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.of(fifo), Set.copyOf(files.toList()), "no temporary file left");
        }
    }
}
