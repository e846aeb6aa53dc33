package dev.unitlint.discovery;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Searches a folder named on the command line for files, in a stable order (sorted by name,
 * depth first), the way linters search a repository:
 *
 * <ul>
 *   <li>symbolic links are reported as entries, never followed: a link to a folder would
 *       leave the tree or visit a folder twice, and a link to a file is an alias or a
 *       dependency that the caller resolves ({@link LinkResolver});</li>
 *   <li>{@link #SKIPPED_FOLDERS} are not entered;</li>
 *   <li>what {@code .gitignore} ignores is skipped ({@link GitIgnores}), unless the walker is
 *       made with {@code respectGitignore} false ({@code --no-respect-gitignore}).</li>
 * </ul>
 *
 * The folder the walk starts at is always searched, even when its name is skipped or ignored:
 * a path named on the command line is always checked.
 */
public final class DirectoryWalker {

    /**
     * Folders a walk never enters. Version-control metadata (git, Mercurial, Subversion,
     * Bazaar, darcs, Jujutsu) holds copies of old files under other names, and
     * {@code node_modules}, {@code .venv} and {@code .tox} hold installed third-party
     * packages, whose unit files are not the user's to fix; {@code __pycache__} holds only
     * bytecode. ESLint skips {@code node_modules} and {@code .git}, ruff all of these. Build
     * output folders ({@code target/}, {@code build/}, {@code dist/}) are left to
     * {@code .gitignore}: in some projects a folder of that name holds the unit files.
     * Hidden folders are searched: {@code .config/systemd/user/} holds user units.
     */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(
            ".git", ".hg", ".svn", ".bzr", "_darcs", ".jj", "node_modules", ".venv", ".tox", "__pycache__");

    /** What a walk reports. */
    public interface Visitor {
        /** A file, or a symbolic link (to anything), with its own attributes (links not followed). */
        void entry(Path path, BasicFileAttributes attributes);

        /** A folder that could not be listed, or an entry whose attributes could not be read. */
        void failed(Path path, IOException error);
    }

    private final boolean respectGitignore;

    public DirectoryWalker(boolean respectGitignore) {
        this.respectGitignore = respectGitignore;
    }

    public void walk(Path start, Visitor visitor) {
        GitIgnores ignores = respectGitignore ? GitIgnores.at(start) : GitIgnores.none();
        walk(start, start.toAbsolutePath().normalize(), ignores, visitor);
    }

    private void walk(Path folder, Path absolute, GitIgnores ignores, Visitor visitor) {
        List<Named> named = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                named.add(new Named(entry.getFileName().toString(), entry));
            }
        } catch (IOException e) {
            visitor.failed(folder, e);
            return;
        }
        // Sorted by name, each name made once rather than twice per comparison.
        named.sort(Named.BY_NAME);
        for (Named n : named) {
            Path entry = n.path();
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                visitor.failed(entry, e);
                continue;
            }
            String name = n.name();
            Path entryAbsolute = absolute.resolve(name);
            if (attributes.isDirectory()) {
                if (SKIPPED_FOLDERS.contains(name) || ignores.ignored(entryAbsolute, true)) {
                    continue;
                }
                walk(entry, entryAbsolute, respectGitignore ? ignores.enter(entryAbsolute) : ignores, visitor);
            } else if (!ignores.ignored(entryAbsolute, false)) {
                visitor.entry(entry, attributes);
            }
        }
    }

    /** A folder entry with its file name. */
    private record Named(String name, Path path) {
        static final Comparator<Named> BY_NAME = Comparator.comparing(Named::name);
    }
}
