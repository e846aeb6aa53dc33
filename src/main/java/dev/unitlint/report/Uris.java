package dev.unitlint.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths as reports for CI systems want them: relative to the working directory, with {@code /}. */
final class Uris {

    private Uris() {
    }

    /** The path relative to the working directory when it is inside it, else absolute; always with {@code /}. */
    static String relative(String path, Path workingDirectory) {
        Path p = Path.of(path);
        Path absolute = p.isAbsolute() ? p.normalize() : workingDirectory.resolve(p).normalize();
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** A URI reference for a path: relative stays relative (percent-encoded), absolute becomes {@code file://}. */
    static String encode(String path) {
        try {
            if (path.startsWith("/")) {
                return new URI("file", "", path, null).toASCIIString();
            }
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }

    /** The URI of a directory, ending in {@code /} as SARIF's uriBaseIds require. */
    static String directory(Path dir) {
        String uri = dir.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
