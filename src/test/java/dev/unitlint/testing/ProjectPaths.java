package dev.unitlint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the project's own folders are, and the shared corpus when it is there. */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    public static Path root() {
        return Path.of(System.getProperty("unitlint.root", ".")).toAbsolutePath().normalize();
    }

    public static Path testdata() {
        return root().resolve("testdata");
    }

    public static Path rules() {
        return root().resolve("rules");
    }

    /** ../shared/corpus/debian-bookworm, if this checkout has it beside it. */
    public static Optional<Path> corpus() {
        String configured = System.getProperty("unitlint.corpus");
        Path corpus = configured != null ? Path.of(configured) : root().resolve("../shared/corpus/debian-bookworm");
        return Files.isDirectory(corpus) ? Optional.of(corpus.normalize()) : Optional.empty();
    }
}
