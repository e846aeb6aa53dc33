package dev.unitlint.config;

import dev.unitlint.findings.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a {@code .unitlint.yaml}. Absent settings are empty; the command line
 * wins over every setting here.
 *
 * @param file           the file it was read from, or null for no file
 * @param baseDirectory  the folder globs are relative to (the file's folder, or the working directory)
 * @param systemdVersion {@code systemd-version:}
 * @param failOn         {@code fail-on:} (error, warning, info or never)
 * @param select         {@code select:} rule IDs or ID prefixes to run, or null for all
 * @param ignore         {@code ignore:} rule IDs or prefixes not to run
 * @param severity       {@code severity:} rule ID to severity
 * @param exclude        {@code exclude:} globs of files whose findings are not reported
 * @param overrides      {@code overrides:} per-path settings, applied in order
 * @param security       {@code security:} threshold and policy of {@code unitlint security}
 */
public record Config(Path file, Path baseDirectory, Optional<Integer> systemdVersion, Optional<String> failOn,
                     List<String> select, List<String> ignore, Map<String, Severity> severity,
                     List<PathGlob> exclude, List<PathOverride> overrides, SecurityConfig security) {

    /** No configuration file: every rule at its default severity. */
    public static Config none(Path workingDirectory) {
        return new Config(null, workingDirectory, Optional.empty(), Optional.empty(), null, List.of(), Map.of(),
                List.of(), List.of(), SecurityConfig.NONE);
    }

    /**
     * The security settings for a unit file: the top-level ones, overridden by each matching
     * {@code overrides:} entry in turn.
     *
     * @param workingDirectory what a relative {@code path} is relative to
     */
    public SecurityConfig securityFor(String path, Path workingDirectory) {
        SecurityConfig result = security;
        Path p = Path.of(path);
        Path absolute = (p.isAbsolute() ? p : workingDirectory.resolve(p)).normalize();
        if (!absolute.startsWith(baseDirectory)) {
            return result;
        }
        Path relative = baseDirectory.relativize(absolute);
        for (PathOverride override : overrides) {
            if (override.paths().stream().anyMatch(g -> g.matches(relative))) {
                result = result.overriddenBy(override.security());
            }
        }
        return result;
    }
}
