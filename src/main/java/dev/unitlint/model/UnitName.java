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
