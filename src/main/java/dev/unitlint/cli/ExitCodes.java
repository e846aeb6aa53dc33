package dev.unitlint.cli;

/** unitlint's exit codes (actionlint's numbering). */
public final class ExitCodes {
    /** Nothing at or above the failure threshold. */
    public static final int OK = 0;
    /** Findings at or above the failure threshold. */
    public static final int FINDINGS = 1;
    /** Bad options, or a path that is not something unitlint can check. */
    public static final int USAGE = 2;
    /** A file could not be read, or unitlint itself failed. */
    public static final int ERROR = 3;

    private ExitCodes() {
    }
}
