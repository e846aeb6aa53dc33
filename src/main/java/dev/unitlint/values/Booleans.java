package dev.unitlint.values;

import java.util.Locale;
import java.util.Optional;

/** Booleans as systemd's {@code parse_boolean()} reads them: 1/yes/y/true/t/on and 0/no/n/false/f/off. */
public final class Booleans {

    private Booleans() {
    }

    public static Optional<Boolean> parse(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "1", "yes", "y", "true", "t", "on":
                return Optional.of(true);
            case "0", "no", "n", "false", "f", "off":
                return Optional.of(false);
            default:
                return Optional.empty();
        }
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }
}
