package dev.unitlint.findings;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    /** systemd refuses the unit, or ignores what was written: the unit does not do what it says. */
    ERROR,
    /** The unit loads, but very likely misbehaves (a restart loop, a limit that never trips). */
    WARNING,
    /** Works today, but is deprecated, fragile or misleading. */
    INFO;

    /** Computed once: reports ask for it for every finding. */
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** True when this severity is at least as serious as the threshold. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }
}
