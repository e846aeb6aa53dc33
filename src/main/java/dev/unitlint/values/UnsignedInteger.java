package dev.unitlint.values;

import java.util.OptionalLong;

/** Unsigned integers as systemd's {@code safe_atou()} reads them ({@link CNumbers#safeAtou}), as an OptionalLong. */
public final class UnsignedInteger {

    private UnsignedInteger() {
    }

    public static OptionalLong parse(String text) {
        CNumbers.Parsed n = CNumbers.safeAtou(text.strip());
        return n.ok() ? OptionalLong.of(n.value().longValue()) : OptionalLong.empty();
    }
}
