package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: checking a tree changes no byte, no size and no modification time of any file or
 * folder in it, and adds or removes nothing, whatever the files hold (findings, invalid UTF-8,
 * drop-ins, a masked unit, files that are not units).
 */
class ChecksNeverWriteTest {

    @TempDir
    Path dir;

    /** Everything observable about one entry of the tree. */
    record Snapshot(String bytes, long size, FileTime modified, boolean link) {
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private Map<String, Snapshot> snapshot() throws IOException {
        Map<String, Snapshot> result = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                boolean link = Files.isSymbolicLink(path);
                boolean file = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
                result.put(dir.relativize(path).toString(), new Snapshot(
                        file ? Arrays.toString(Files.readAllBytes(path)) : link ? Files.readSymbolicLink(path).toString() : "",
                        Files.size(path),
                        Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS), link));
            }
        }
        return result;
    }

    @Test
    void checkingChangesNoByteAndNoModificationTime() throws IOException {
        write("units/job.service", "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n"
                .getBytes(StandardCharsets.UTF_8));
        write("units/job.service.d/10-limits.conf", "[Service]\nStartLimitIntervalSec=10\n".getBytes(StandardCharsets.UTF_8));
        write("units/broken.service", new byte[] {'[', 'S', ']', '\n', 'K', '=', (byte) 0xFF, '\r', '\n', 0, 'x'});
        write("units/bom.timer", "\uFEFF[Timer]\nOnCalendar=daily".getBytes(StandardCharsets.UTF_8));
        write("units/notes.txt", "not a unit\n".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(dir.resolve("units/masked.service"), Path.of("/dev/null"));
        // Old times, so that a rewrite within the same second as the set-up would still show.
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                Files.setLastModifiedTime(path, FileTime.fromMillis(1_000_000_000_000L));
            }
        }
        Map<String, Snapshot> before = snapshot();

        int code = Cli.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("check", dir.resolve("units").toString(), dir.resolve("units/job.service").toString());

        assertEquals(ExitCodes.FINDINGS, code);
        assertEquals(before, snapshot());
    }
}
