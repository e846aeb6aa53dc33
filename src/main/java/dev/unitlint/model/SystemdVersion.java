package dev.unitlint.model;

/** The systemd releases unitlint knows about, for {@code --systemd-version}. */
public final class SystemdVersion {

    /** The newest release whose data unitlint carries; the default target. */
    public static final int NEWEST = 257;
    /** The oldest release unitlint targets (RHEL 7). */
    public static final int OLDEST = 219;

    private SystemdVersion() {
    }
}
