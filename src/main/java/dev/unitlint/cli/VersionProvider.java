package dev.unitlint.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by the build), or "development" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"unitlint " + version()};
    }
}
