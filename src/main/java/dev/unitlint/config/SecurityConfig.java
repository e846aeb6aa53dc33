package dev.unitlint.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code security:} settings of {@code .unitlint.yaml}, at the top level or in an
 * {@code overrides:} entry (for the units matching its paths): the exposure threshold of
 * {@code unitlint security} and the security policy file.
 *
 * <pre>
 * security:
 *   threshold: 70             # exit 1 when a unit's exposure x 10 is above 70
 *   policy: security.json     # systemd's policy format, relative to this file's folder
 * </pre>
 *
 * @param threshold 0 to 100, like {@code --threshold}
 * @param policy    the policy file, resolved against the configuration file's folder
 */
public record SecurityConfig(OptionalInt threshold, Optional<Path> policy) {

    public static final SecurityConfig NONE = new SecurityConfig(OptionalInt.empty(), Optional.empty());

    /** These settings, with {@code other}'s where it has them. */
    public SecurityConfig overriddenBy(SecurityConfig other) {
        return new SecurityConfig(other.threshold.isPresent() ? other.threshold : threshold,
                other.policy.isPresent() ? other.policy : policy);
    }
}
