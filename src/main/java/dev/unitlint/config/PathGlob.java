package dev.unitlint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A glob from the configuration, matched against paths relative to the configuration
 * file's folder ({@code units/**}, {@code legacy/*.service}). A glob without {@code /}
 * matches a file or folder name at any depth, as in {@code .gitignore}.
 */
public final class PathGlob {

    private final String pattern;
    private final PathMatcher matcher;
    private final boolean nameOnly;

    public PathGlob(String pattern) {
        this.pattern = pattern;
        this.nameOnly = !pattern.contains("/");
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    /** @param relative a path relative to the configuration's folder */
    public boolean matches(Path relative) {
        if (matcher.matches(relative)) {
            return true;
        }
        if (nameOnly) {
            // Like .gitignore: the name of the file or of any folder above it.
            for (Path element : relative) {
                if (matcher.matches(element)) return true;
            }
            return false;
        }
        // "units" or "units/" matches everything below it as well.
        for (Path p = relative.getParent(); p != null; p = p.getParent()) {
            if (matcher.matches(p)) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
