package dev.unitlint.model;

import dev.unitlint.BuildInfo;
import dev.unitlint.catalog.DirectiveCatalog;

/** The systemd releases unitlint knows about, for {@code --systemd-version}. */
public final class SystemdVersion {

    /**
     * The newest release whose data unitlint carries, and the default target: the newest
     * release the directive catalog was generated from, so that regenerating the catalog for
     * a new systemd moves the default with it. The build records it (BuildInfo), so that
     * reading the default does not load the whole catalog; run from classes the build did not
     * describe, the catalog is asked.
     */
    public static final int NEWEST = BuildInfo.newestSystemdRelease() > 0
            ? BuildInfo.newestSystemdRelease() : DirectiveCatalog.get().newestRelease();
    /** The oldest release unitlint targets (RHEL 7). */
    public static final int OLDEST = 219;

    private SystemdVersion() {
    }
}
