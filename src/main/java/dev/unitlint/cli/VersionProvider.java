package dev.unitlint.cli;

import dev.unitlint.BuildInfo;
import dev.unitlint.model.SystemdVersion;
import picocli.CommandLine;

/** {@code --version}: the version the build recorded, and the newest systemd release the catalog covers. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** The version of this build (the pom's), or "development" when run from classes the build did not describe. */
    public static String version() {
        return BuildInfo.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "unitlint " + version(),
            "systemd releases covered: " + SystemdVersion.OLDEST + " to " + SystemdVersion.NEWEST
                + " (default --systemd-version " + SystemdVersion.NEWEST + ")"};
    }
}
