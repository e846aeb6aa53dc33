package dev.unitlint.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk searches folders on several threads but reports on the caller's, in one order: depth
 * first, by name, whatever the threads. The end-to-end behaviour (links, skipped folders,
 * {@code .gitignore}) is tested through the command line in {@code FileDiscoveryTest}.
 */
class DirectoryWalkerTest {

    @TempDir
    Path dir;

    private void write(String path) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path.endsWith(".gitignore") ? "" : "[Unit]\n");
    }

    /** What a walk reported, each entry relative to the test folder, with "L" for a link. */
    private List<String> walk(Path start, boolean respectGitignore, int threads) {
        List<String> seen = new ArrayList<>();
        new DirectoryWalker(respectGitignore, threads).walk(start, new DirectoryWalker.Visitor() {
            @Override
            public void entry(Path path, BasicFileAttributes attributes) {
                seen.add((attributes.isSymbolicLink() ? "L " : "") + dir.relativize(path));
            }

            @Override
            public void failed(Path path, IOException error) {
                seen.add("failed " + dir.relativize(path));
            }
        });
        return seen;
    }

    @Test
    void reportsDepthFirstByNameSkippingWhatItMustOnAnyNumberOfThreads() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.writeString(dir.resolve("repo/.gitignore"), "ignored/\n*.tmp\n");
        write("repo/b/z.service");
        write("repo/b/a/y.service");
        write("repo/a.service");
        write("repo/ignored/x.service");
        write("repo/c/old.tmp");
        write("repo/c/d/e/deep.service");
        write("repo/node_modules/m.service");
        Files.createSymbolicLink(dir.resolve("repo/c/alias.service"), Path.of("../a.service"));
        Files.createSymbolicLink(dir.resolve("repo/c/linked-folder"), Path.of("../b"));
        List<String> expected = List.of("repo/.gitignore", "repo/a.service",
                "repo/b/a/y.service", "repo/b/z.service", "L repo/c/alias.service", "repo/c/d/e/deep.service",
                "L repo/c/linked-folder");
        for (int threads : new int[] {1, 2, 4}) {
            assertEquals(expected, walk(dir.resolve("repo"), true, threads), threads + " threads");
        }
        assertEquals(List.of("repo/.gitignore", "repo/a.service", "repo/b/a/y.service", "repo/b/z.service",
                        "L repo/c/alias.service", "repo/c/d/e/deep.service", "L repo/c/linked-folder",
                        "repo/c/old.tmp", "repo/ignored/x.service"),
                walk(dir.resolve("repo"), false, 3));
    }

    @Test
    void aLargeTreeGivesTheSameReportOnOneThreadAndOnMany() throws IOException {
        // Repositories nested at several depths, each with its own ignore files, so that the
        // rules a folder gets from its parent are built on whichever thread searches it.
        for (int i = 0; i < 40; i++) {
            String top = "t" + i;
            if (i % 5 == 0) {
                Files.createDirectories(dir.resolve(top + "/.git"));
                Files.writeString(dir.resolve(top + "/.gitignore"), "skip-" + i + "/\n");
            }
            for (int j = 0; j < 6; j++) {
                write(top + "/f" + j + "/u" + j + ".service");
                write(top + "/f" + j + "/g/v" + j + ".timer");
                write(top + "/skip-" + i + "/w" + j + ".service");
                if (j == 3) {
                    Files.writeString(dir.resolve(top + "/f" + j + "/.gitignore"), "*.timer\n");
                }
            }
        }
        Files.createDirectories(dir.resolve(".git"));
        List<String> one = walk(dir, true, 1);
        assertEquals(one, walk(dir, true, 2));
        assertEquals(one, walk(dir, true, 8));
        assertEquals(walk(dir, false, 1), walk(dir, false, 4));
        // A sanity check that the tree was searched and ignore files applied, not an empty list twice.
        long services = one.stream().filter(s -> s.endsWith(".service")).count();
        assertEquals(40 * 6 + (40 - 8) * 6, services);
    }

    @Test
    void aFolderThatVanishesIsReportedWhereItWas() throws IOException {
        write("a/x.service");
        List<String> seen = walk(dir.resolve("missing"), true, 2);
        assertEquals(List.of("failed missing"), seen);
    }

    @Test
    void listedNamesSpareTheLookForAbsentIgnoreFiles() throws IOException {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".gitignore"), "*.tmp\n");
        Path sub = Files.createDirectories(repo.resolve("sub"));
        Files.writeString(sub.resolve(".gitignore"), "*.conf\n");
        GitIgnores atRepo = GitIgnores.at(repo);
        Path file = sub.resolve("a.conf");
        // Given the names listed, the verdict is the one from looking on disk.
        assertEquals(atRepo.enter(sub).ignored(file, false),
                atRepo.enter(sub, Set.of(".gitignore", "a.conf")).ignored(file, false));
        assertEquals(true, atRepo.enter(sub, Set.of(".gitignore")).ignored(file, false));
        // A listing without .gitignore means there is none to read, even if one appears later.
        assertEquals(false, atRepo.enter(sub, Set.of("a.conf")).ignored(file, false));
    }
}
