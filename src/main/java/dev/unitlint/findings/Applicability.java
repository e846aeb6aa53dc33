package dev.unitlint.findings;

/**
 * Whether {@code --fix} applies a fix on its own (ruff's split between safe and unsafe fixes).
 *
 * <p>A fix is {@link #SAFE} when it writes what the line evidently means and nothing else could
 * be meant: what systemd already does with it (an old name, {@code syslog}, {@code /var/run/}),
 * or the one repair of a line systemd ignores or refuses (a key misspelt with one candidate, a
 * key in the one section that has it). It is {@link #UNSAFE} when a person should confirm it:
 * it picks one of several repairs, or changes what a unit that works today does.
 */
public enum Applicability {
    SAFE("safe"),
    UNSAFE("unsafe");

    private final String label;

    Applicability(String label) {
        this.label = label;
    }

    /** The word used in reports, options and rule documents. */
    public String label() {
        return label;
    }
}
