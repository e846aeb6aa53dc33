package dev.unitlint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code .unitlint.yaml} (or {@code .unitlint.yml}) from a folder upward (a checked
 * file's, or the working directory), stopping at the repository root (the first folder holding
 * {@code .git}), as ShellCheck and ruff search up the tree. Only looks at names: no YAML is
 * loaded unless a file is found. {@link Configs} says which folder each file starts from.
 */
public final class ConfigFinder {

    public static final String[] NAMES = {".unitlint.yaml", ".unitlint.yml"};

    private ConfigFinder() {
    }

    public static Optional<Path> find(Path workingDirectory) {
        for (Path dir = workingDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Optional<Path> here = inFolder(dir);
            if (here.isPresent()) {
                return here;
            }
            if (isRepositoryRoot(dir)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The configuration file in this very folder, if any. */
    static Optional<Path> inFolder(Path dir) {
        for (String name : NAMES) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Where the search stops: a folder with {@code .git} (a directory, or a file in a worktree). */
    static boolean isRepositoryRoot(Path dir) {
        return Files.exists(dir.resolve(".git"));
    }
}
