package dev.unitlint.cli;

import dev.unitlint.findings.Severity;

/** {@code --fail-on}: the least serious severity that makes the run fail. */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Lower case, as the help, the error messages and shell completion show the values. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }
}
