package dev.unitlint.config;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.lint.InputError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the path-dependent settings after linting: findings in {@code exclude:}d files are
 * dropped (also for files named on the command line, as ruff's {@code --force-exclude}, since
 * pre-commit names files explicitly), and {@code overrides:} ignore rules or change severities
 * for matching paths. Paths are matched relative to the configuration file's folder.
 */
public final class ConfigApplier {

    private final Config config;
    private final Path workingDirectory;

    public ConfigApplier(Config config, Path workingDirectory) {
        this.config = config;
        this.workingDirectory = workingDirectory;
    }

    public boolean excluded(String path) {
        Path relative = relative(path);
        return relative != null && config.exclude().stream().anyMatch(g -> g.matches(relative));
    }

    /** True when the configuration excludes nothing and overrides nothing: {@link #apply} keeps every finding. */
    public boolean keepsAll() {
        return config.exclude().isEmpty() && config.overrides().isEmpty();
    }

    public List<Finding> apply(List<Finding> findings) {
        if (keepsAll()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (excluded(finding.path())) {
                continue;
            }
            Path relative = relative(finding.path());
            Finding result = finding;
            boolean ignored = false;
            for (PathOverride override : config.overrides()) {
                if (relative == null || override.paths().stream().noneMatch(g -> g.matches(relative))) {
                    continue;
                }
                ignored |= override.ignore().contains(finding.ruleId());
                Severity severity = override.severity().get(finding.ruleId());
                if (severity != null) {
                    result = result.withSeverity(severity);
                }
            }
            if (!ignored) {
                kept.add(result);
            }
        }
        return kept;
    }

    public List<InputError> applyToErrors(List<InputError> errors) {
        return errors.stream().filter(e -> !excluded(e.path())).toList();
    }

    /** The path relative to the configuration's folder, or null when it is outside it. */
    private Path relative(String path) {
        Path p = Path.of(path);
        Path absolute = (p.isAbsolute() ? p : workingDirectory.resolve(p)).normalize();
        Path base = config.baseDirectory();
        return absolute.startsWith(base) ? base.relativize(absolute) : null;
    }
}
