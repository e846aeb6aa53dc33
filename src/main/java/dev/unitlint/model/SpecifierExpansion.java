package dev.unitlint.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Expands the {@code %} specifiers of systemd.unit(5) "Specifiers" that depend only on the
 * unit's name ({@code %n %N %p %P %i %I %j %J %f}, unit_full_printf() in
 * src/core/unit-printf.c), so that rules can see the unit names a setting really names. The
 * others depend on the machine the unit runs on (host name, machine ID, user, directories)
 * and cannot be known to a linter. Which specifiers exist in which release is
 * {@link dev.unitlint.values.Specifiers}'s business; this class only expands.
 */
public final class SpecifierExpansion {

    /** Those that depend only on the unit name. */
    private static final String FROM_NAME = "%nNpPiIjJf";

    private SpecifierExpansion() {
    }

    /** Whether the text has a specifier at all ({@code %} and an ASCII letter or digit, as specifier_printf() reads). */
    public static boolean hasSpecifier(String text) {
        boolean[] found = {false};
        dev.unitlint.values.Specifiers.forEach(text, (index, letter) -> found[0] = true);
        return found[0];
    }

    /**
     * The text with the name specifiers expanded for the unit {@code name}, as systemd would
     * for this unit; empty when the text holds a specifier whose value depends on the machine
     * or an unknown one.
     */
    public static Optional<String> expand(String text, UnitName name) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            // specifier_printf() keeps a % before anything but an ASCII letter or digit, and at the end.
            if (i + 1 >= text.length() || !isSpecifierChar(text.charAt(i + 1))) {
                out.append(c);
                continue;
            }
            if (FROM_NAME.indexOf(text.charAt(i + 1)) < 0) {
                return Optional.empty();
            }
            out.append(value(text.charAt(++i), name));
        }
        return Optional.of(out.toString());
    }

    private static boolean isSpecifierChar(char c) {
        return c == '%' || (c < 128 && Character.isLetterOrDigit(c));
    }

    /** The value of one name specifier for a unit. */
    static String value(char letter, UnitName name) {
        String prefix = name.prefix();
        String instance = name.instance() == null ? "" : name.instance();
        String lastComponent = prefix.substring(prefix.lastIndexOf('-') + 1);
        return switch (letter) {
            case '%' -> "%";
            case 'n' -> name.name();
            case 'N' -> name.name().substring(0, name.name().length() - name.type().suffix().length() - 1);
            case 'p' -> prefix;
            case 'P' -> unescape(prefix);
            case 'i' -> instance;
            case 'I' -> unescape(instance);
            case 'j' -> prefix.contains("-") ? lastComponent : prefix;
            case 'J' -> unescape(prefix.contains("-") ? lastComponent : prefix);
            // %f: "/" and the unescaped instance, or the prefix for a non-instance unit.
            case 'f' -> {
                String path = unescape(name.instance() != null ? instance : prefix);
                yield path.startsWith("/") ? path : "/" + path;
            }
            default -> throw new IllegalArgumentException("not a name specifier: %" + letter);
        };
    }

    /**
     * Undoes systemd's unit-name escaping (unit_name_unescape()): {@code -} stands for
     * {@code /} and {@code \xNN} for the byte NN.
     */
    public static String unescape(String escaped) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '-') {
                bytes.write('/');
            } else if (c == '\\' && i + 3 < escaped.length() && escaped.charAt(i + 1) == 'x'
                    && hex(escaped.charAt(i + 2)) >= 0 && hex(escaped.charAt(i + 3)) >= 0) {
                bytes.write(hex(escaped.charAt(i + 2)) * 16 + hex(escaped.charAt(i + 3)));
                i += 3;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
