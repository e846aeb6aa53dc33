package dev.unitlint.model;

import dev.unitlint.catalog.DirectiveCatalog;

/** The systemd releases unitlint knows about, for {@code --systemd-version}. */
public final class SystemdVersion {

    /**
     * The newest release whose data unitlint carries, and the default target: the newest
     * release the directive catalog was generated from, so that regenerating the catalog for
     * a new systemd moves the default with it.
     */
    public static final int NEWEST = DirectiveCatalog.get().newestRelease();
    /** The oldest release unitlint targets (RHEL 7). */
    public static final int OLDEST = 219;

    private SystemdVersion() {
    }
}
