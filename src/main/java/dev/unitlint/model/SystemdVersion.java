package dev.unitlint.model;

import dev.unitlint.BuildInfo;
import dev.unitlint.catalog.DirectiveCatalog;
import java.util.Optional;

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

    /**
     * Why {@code release} cannot be a target, to follow the option or key that gave it; empty
     * when it can. Past {@link #NEWEST} unitlint has no data (a key added in 263 would be
     * reported unknown), below {@link #OLDEST} it has no man pages to date keys by.
     */
    public static Optional<String> unsupported(int release) {
        if (release >= OLDEST && release <= NEWEST) {
            return Optional.empty();
        }
        return Optional.of("must be a systemd release from " + OLDEST + " to " + NEWEST
                + ", the releases unitlint has data for (got " + release + ")");
    }
}
