package dev.unitlint.values;

/** Checks a non-empty value the way one of systemd's {@code config_parse_*} functions reads it. */
@FunctionalInterface
public interface ValueChecker {

    /** Adds to {@code out} what systemd objects to in {@code value}; nothing when it accepts it. */
    void check(String value, ValueContext context, Problems out);
}
