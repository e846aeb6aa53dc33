package dev.unitlint.config;

import dev.unitlint.findings.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@code overrides:} entry: for files matching any of the globs, more rules to ignore, other
 * severities, and another security threshold or policy.
 */
public record PathOverride(List<PathGlob> paths, Set<String> ignore, Map<String, Severity> severity,
                           SecurityConfig security) {
}
