package dev.unitlint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts fixed when unitlint is built, read from {@code dev/unitlint/build-info.properties},
 * which the build writes (pom.xml, {@code build-info}): the version (the pom's), the
 * project's home page (the pom's {@code <url>}) and the newest systemd release the directive
 * catalog covers (from the catalog's first line). Reading them costs one small resource, so
 * {@code unitlint --version} and the default of {@code --systemd-version} never load the
 * catalog itself.
 */
public final class BuildInfo {

    /** Where the home page is when the build did not say: the pom's {@code <url>}. */
    private static final String DEFAULT_HOME = "https://github.com/unitlint/unitlint";

    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    /** The version of this build, or "development" when run from classes the build did not describe. */
    public static String version() {
        return PROPERTIES.getProperty("version", "development");
    }

    /** The project's home page: the repository whose releases, rule documents and action users refer to. */
    public static String home() {
        return PROPERTIES.getProperty("home", DEFAULT_HOME);
    }

    /**
     * The newest systemd release the directive catalog was generated from, or -1 when the build
     * did not record it (then callers ask the catalog).
     */
    public static int newestSystemdRelease() {
        String newest = PROPERTIES.getProperty("systemd.newest", "");
        return newest.matches("[0-9]{1,4}") ? Integer.parseInt(newest) : -1;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build-info.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read build-info.properties from unitlint's jar", e);
        }
        return properties;
    }
}
