package dev.unitlint.config;

/** A configuration file or option unitlint cannot use; the message names the file and line. Exit 2. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
