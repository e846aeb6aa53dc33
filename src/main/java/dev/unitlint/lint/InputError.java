package dev.unitlint.lint;

/**
 * A path that could not be checked: missing, unreadable, not a regular file, or not a unit
 * file name. Reported on standard error; the rest of the run goes on.
 *
 * @param usage true when the user named something unitlint cannot check (exit 2), false for
 *              an I/O failure (exit 3)
 */
public record InputError(String path, String message, boolean usage) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
