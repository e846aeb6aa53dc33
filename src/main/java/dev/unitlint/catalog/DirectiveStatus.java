package dev.unitlint.catalog;

/**
 * How systemd treats a directive, as recorded in the catalog's {@code status} column.
 *
 * <p>The catalog's generator derives these from systemd's sources (see tools/catalog/README.md).
 */
public enum DirectiveStatus {
    /** An ordinary, documented directive. */
    CURRENT("current"),
    /** An undocumented second name for another directive of the same section; {@code replacement} is the canonical name. */
    ALIAS("alias"),
    /** Accepted in this section only for compatibility; it moved to {@code [Unit]} ({@code replacement} is "Unit.Key"). */
    COMPAT_MOVED("compat-moved"),
    /** Accepted, but mapped onto another directive with a warning or notice; {@code replacement} names it. */
    OBSOLETE_REMAPPED("obsolete-remapped"),
    /** Accepted and ignored with "Support for option … has been removed". */
    OBSOLETE_IGNORED("obsolete-ignored"),
    /** Still effective, but upstream asks users to move to {@code replacement}. */
    DEPRECATED("deprecated"),
    /** Sets several other directives at once; {@code replacement} lists them. */
    SHORTHAND("shorthand"),
    /** No longer accepted by the newest release in the catalog ("Unknown key"). */
    REMOVED("removed");

    private final String id;

    DirectiveStatus(String id) {
        this.id = id;
    }

    /** The spelling used in the catalog files. */
    public String id() {
        return id;
    }

    static DirectiveStatus fromId(String id) {
        for (DirectiveStatus status : values()) {
            if (status.id.equals(id)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown directive status: " + id);
    }
}
