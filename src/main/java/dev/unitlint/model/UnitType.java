package dev.unitlint.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit types systemd knows, by file suffix, with the sections each one reads (the
 * {@code .sections} of each unit vtable in systemd's src/core/*.c; unchanged since v219).
 */
public enum UnitType {
    SERVICE("Service"),
    SOCKET("Socket"),
    TARGET(null),
    DEVICE(null),
    MOUNT("Mount"),
    AUTOMOUNT("Automount"),
    SWAP("Swap"),
    TIMER("Timer"),
    PATH("Path"),
    SLICE("Slice"),
    SCOPE("Scope");

    private final String suffix;
    private final String ownSection;
    private final List<String> sections;

    UnitType(String ownSection) {
        this.suffix = name().toLowerCase(Locale.ROOT);
        this.ownSection = ownSection;
        this.sections = ownSection == null ? List.of("Unit", "Install") : List.of("Unit", ownSection, "Install");
    }

    /** The file suffix without the dot, e.g. {@code service}. */
    public String suffix() {
        return suffix;
    }

    /**
     * Whether units of this type have an execution context (systemd.exec(5): services, sockets,
     * mounts and swaps), so that settings such as {@code User=} and {@code WorkingDirectory=} apply.
     */
    public boolean hasExecContext() {
        return this == SERVICE || this == SOCKET || this == MOUNT || this == SWAP;
    }

    /** Whether units of this type have a kill context (systemd.kill(5)): those with an execution context, and scopes. */
    public boolean hasKillContext() {
        return hasExecContext() || this == SCOPE;
    }

    /** The type's own section ({@code Service} for services), or null for targets and devices. */
    public String ownSection() {
        return ownSection;
    }

    /** The sections systemd reads in files of this type; others are ignored with "Unknown section". */
    public List<String> sections() {
        return sections;
    }

    public static Optional<UnitType> fromSuffix(String suffix) {
        for (UnitType type : values()) {
            if (type.suffix.equals(suffix)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
