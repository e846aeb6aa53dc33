package dev.unitlint.model;

import java.util.Optional;

/**
 * A unit name split as systemd.unit(5) describes it: {@code prefix[@instance].type}. A
 * template has an {@code @} and an empty instance ({@code foo@.service}).
 */
public record UnitName(String name, String prefix, String instance, UnitType type) {

    /** Parses a file name such as {@code foo@bar.service}; empty when the suffix is not a unit type. */
    public static Optional<UnitName> parse(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        Optional<UnitType> type = UnitType.fromSuffix(fileName.substring(dot + 1));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, dot);
        int at = stem.indexOf('@');
        String prefix = at < 0 ? stem : stem.substring(0, at);
        String instance = at < 0 ? null : stem.substring(at + 1);
        return Optional.of(new UnitName(fileName, prefix, instance, type.get()));
    }

    /** Longest unit name systemd accepts: UNIT_NAME_MAX (256) counts the terminating NUL. */
    public static final int MAX_LENGTH = 255;

    /** The characters systemd allows in a unit name besides {@code @} (VALID_CHARS in src/basic/unit-name.c). */
    private static final String VALID_PUNCTUATION = ":-_.\\";

    /**
     * Whether systemd accepts {@code name} as a unit name, plain, template or instance
     * (unit_name_is_valid() with UNIT_NAME_ANY): at most 255 characters, a known type
     * suffix after the last dot, only ASCII letters, digits and {@code :-_.\\@} before it,
     * a non-empty prefix before the first {@code @}.
     */
    public static boolean isValid(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || UnitType.fromSuffix(name.substring(dot + 1)).isEmpty()) {
            return false;
        }
        for (int i = 0; i < dot; i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '@' || VALID_PUNCTUATION.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return name.charAt(0) != '@';
    }

    /** Whether this name is valid as {@link #isValid} says. */
    public boolean valid() {
        return isValid(name);
    }

    /** The instance {@code instance} of this template ({@code foo@bar.service} for {@code foo@.service}). */
    public UnitName withInstance(String newInstance) {
        return new UnitName(prefix + "@" + newInstance + "." + type.suffix(), prefix, newInstance, type);
    }

    /** {@code foo@.service}: a template, instantiated as {@code foo@bar.service}. */
    public boolean isTemplate() {
        return instance != null && instance.isEmpty();
    }

    /** {@code foo@bar.service}: an instance of a template. */
    public boolean isInstance() {
        return instance != null && !instance.isEmpty();
    }

    /** The template an instance is made from ({@code foo@.service} for {@code foo@bar.service}). */
    public Optional<String> templateName() {
        return instance == null ? Optional.empty() : Optional.of(prefix + "@." + type.suffix());
    }

    @Override
    public String toString() {
        return name;
    }
}
