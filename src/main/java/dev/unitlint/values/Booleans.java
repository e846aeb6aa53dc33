package dev.unitlint.values;

import java.util.Locale;
import java.util.Optional;

/**
 * systemd's {@code parse_boolean()}: 1/yes/y/true/t/on and 0/no/n/false/f/off, in any case.
 * Values reach it already trimmed by the unit-file reader, so no blanks are accepted here.
 */
public final class Booleans {

    private Booleans() {
    }

    public static Optional<Boolean> parse(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "yes", "y", "true", "t", "on":
                return Optional.of(true);
            case "0", "no", "n", "false", "f", "off":
                return Optional.of(false);
            default:
                return Optional.empty();
        }
    }

    public static boolean isBoolean(String text) {
        return parse(text).isPresent();
    }
}
