package dev.unitlint.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Writes a file (a report, a baseline, a fixed unit file) so that readers see the old content or the new, never
 * half of it: the text goes to a temporary file in the same folder (same file system, so the
 * move can be atomic), which then replaces the target.
 *
 * <p>The file keeps what it was: a file that is replaced keeps its permissions, and its owner
 * and group where this user may set them (root may; others keep their own); a new file gets
 * the umask's default, as {@code >} in a shell gives. ({@code Files.createTempFile} would make
 * every report 0600.) A symbolic link is written through, so the link stays a link. Something
 * that is not a regular file ({@code /dev/stdout}, a FIFO) cannot be replaced; it is written
 * to directly.
 */
public final class AtomicFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), null);
    }

    /**
     * Replaces a file that was read earlier ({@code --fix}), refusing when it no longer holds
     * {@code expected}: someone edited it since, and their change must not be lost. The check
     * is made after the new content is in the temporary file, just before the rename, so the
     * window for a lost update is the rename itself.
     *
     * @throws ChangedSinceRead when the file's content is not {@code expected}; nothing is written
     */
    public static void replace(Path target, byte[] expected, byte[] content) throws IOException {
        write(target, content, expected);
    }

    /** Thrown by {@link #replace} when the file changed after it was read. */
    public static final class ChangedSinceRead extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedSinceRead(Path path) {
            super(path + ": changed since it was read");
        }
    }

    private static void write(Path target, byte[] content, byte[] expected) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
            absolute = absolute.toRealPath();
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            if (Files.isDirectory(absolute)) {
                throw new IOException("is a directory");
            }
            if (expected != null) {
                // A FIFO or device is never a unit file that was read and fixed.
                throw new IOException("not a regular file");
            }
            Files.write(absolute, content, StandardOpenOption.WRITE);
            return;
        }
        Path dir = absolute.getParent();
        Path temp = createTemp(dir, absolute.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            copyOwnershipAndMode(absolute, temp);
            if (expected != null && (!Files.exists(absolute) || !Arrays.equals(Files.readAllBytes(absolute), expected))) {
                throw new ChangedSinceRead(target);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new file with an unguessable name beside the target, created without explicit
     * permissions so the process's umask decides them (0644 under the usual 022).
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] suffix = new byte[6];
            RANDOM.nextBytes(suffix);
            Path temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(suffix) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    /** Gives {@code temp} the permissions, group and owner of {@code target}, when it exists and has them. */
    private static void copyOwnershipAndMode(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null || !Files.exists(target)) {
            return;
        }
        PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = view.readAttributes();
        // Owner first: chown may clear set-id bits, which the permissions then restore.
        if (!old.owner().equals(now.owner())) {
            try {
                view.setOwner(old.owner());
            } catch (IOException e) {
                // Only root may give a file away; the report is then this user's, as any file they write.
            }
        }
        if (!old.group().equals(now.group())) {
            try {
                view.setGroup(old.group());
            } catch (IOException e) {
                // Not a member of that group: the group stays this user's.
            }
        }
        view.setPermissions(old.permissions());
    }
}
