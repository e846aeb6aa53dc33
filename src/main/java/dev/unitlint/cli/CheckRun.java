package dev.unitlint.cli;

import dev.unitlint.config.Config;
import dev.unitlint.config.ConfigApplier;
import dev.unitlint.config.ConfigException;
import dev.unitlint.config.ConfigFinder;
import dev.unitlint.config.ConfigReader;
import dev.unitlint.config.RuleSelection;
import dev.unitlint.findings.Finding;
import dev.unitlint.lint.InputError;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.model.Unit;
import dev.unitlint.report.AtomicFile;
import dev.unitlint.report.Baseline;
import dev.unitlint.report.LintResult;
import dev.unitlint.report.ReportFormat;
import dev.unitlint.report.ReportedFinding;
import dev.unitlint.suppress.SuppressionFilter;
import dev.unitlint.syntax.UnitFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The part of {@code unitlint check} after the files are collected: configuration, rule
 * selection, linting, path overrides, suppressions, baseline, and the report in the chosen
 * format. Kept out of {@link CheckCommand} so that class stays a list of options.
 */
final class CheckRun {

    private final CheckCommand options;
    private final CommandLine commandLine;
    private final int systemdVersion;
    private final FailOn failOn;
    private final ColorChoice color;

    CheckRun(CheckCommand options, CommandLine commandLine, int systemdVersion, FailOn failOn, ColorChoice color) {
        this.options = options;
        this.commandLine = commandLine;
        this.systemdVersion = systemdVersion;
        this.failOn = failOn;
        this.color = color;
    }

    /**
     * @param linter      lints the collected units with the options this run works out
     * @param units       the collected units; their files give reports source lines and suppressions
     * @param inputErrors paths that could not be checked
     */
    int lint(Function<LintOptions, List<Finding>> linter, List<Unit> units, List<InputError> inputErrors,
             PrintWriter out, PrintWriter err) throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Config config;
        try {
            config = loadConfig(cwd);
            checkRuleIds(options.select, "--select");
            checkRuleIds(options.ignore, "--ignore");
        } catch (ConfigException e) {
            return usage(err, e.getMessage());
        }
        int version = matched("--systemd-version") ? systemdVersion : config.systemdVersion().orElse(systemdVersion);
        FailOn threshold = matched("--fail-on") ? failOn
                : config.failOn().map(s -> FailOn.valueOf(s.toUpperCase(Locale.ROOT))).orElse(failOn);

        List<String> select = options.select != null ? options.select : config.select();
        List<String> ignore = new ArrayList<>();
        for (String id : config.ignore()) {
            // A rule named on the command line with --select runs even when the file ignores it.
            if (options.select == null || RuleSelection.expand(id).stream()
                    .noneMatch(r -> options.select.stream().anyMatch(s -> RuleSelection.expand(s).contains(r)))) {
                ignore.add(id);
            }
        }
        if (options.ignore != null) {
            ignore.addAll(options.ignore);
        }
        LintOptions lintOptions = new LintOptions(version, RuleSelection.disabled(select, ignore), config.severity());
        List<Finding> findings = linter.apply(lintOptions);

        ConfigApplier applier = new ConfigApplier(config, cwd);
        findings = applier.apply(findings);
        List<InputError> errors = applier.applyToErrors(inputErrors);
        List<UnitFile> files = units.stream().flatMap(u -> u.files().stream()).toList();
        SuppressionFilter.Split split = new SuppressionFilter(files).apply(findings);
        boolean needFingerprints = options.format != ReportFormat.TEXT || options.baseline != null
                || options.writeBaseline != null;
        LintResult result = LintResult.of(split.reported(), split.suppressed(), files, errors, cwd, needFingerprints);

        if (options.writeBaseline != null) {
            if (isCheckedFile(options.writeBaseline, files)) {
                return usage(err, options.writeBaseline + ": is one of the files being checked; unitlint never writes"
                        + " to them");
            }
            if (!write(options.writeBaseline, Baseline.render(result), err)) {
                return ExitCodes.ERROR;
            }
            err.println("unitlint: recorded " + result.reported().size() + " finding(s) in " + options.writeBaseline);
            return finish(errors, err, ExitCodes.OK);
        }
        if (options.baseline != null) {
            Baseline baseline;
            try {
                baseline = Baseline.read(options.baseline);
            } catch (IllegalArgumentException e) {
                return usage(err, e.getMessage());
            }
            result = result.keepReported(f -> !baseline.contains(f));
        }

        ReportFormat format = options.format;
        boolean colored = format == ReportFormat.TEXT && options.output == null
                && color.enabled(System.getenv(), System.console() != null);
        if (options.output != null) {
            StringBuilder report = new StringBuilder();
            format.reporter(colored).write(result, report);
            if (isCheckedFile(options.output, files)) {
                return usage(err, options.output + ": is one of the files being checked; unitlint never writes to"
                        + " them");
            }
            if (!write(options.output, report.toString(), err)) {
                return ExitCodes.ERROR;
            }
        } else {
            // Straight to standard output: a report of every security check of a whole corpus is tens of
            // megabytes, which a copy in memory would have to hold twice over while it grows.
            java.io.BufferedWriter buffered = new java.io.BufferedWriter(out, 1 << 16);
            format.reporter(colored).write(result, buffered);
            buffered.flush();
            out.flush();
        }
        boolean fails = result.reported().stream().map(ReportedFinding::finding)
                .anyMatch(f -> threshold.fails(f.severity()));
        return finish(errors, err, fails ? ExitCodes.FINDINGS : ExitCodes.OK);
    }

    /** Writes a report or baseline; a failure is a one-line error (exit 3), not a stack trace. */
    static boolean write(Path target, String text, PrintWriter err) {
        try {
            AtomicFile.write(target, text);
            return true;
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such directory"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
            err.println("unitlint: " + target + ": cannot write: " + reason);
            err.flush();
            return false;
        }
    }

    private static int finish(List<InputError> errors, PrintWriter err, int code) {
        for (InputError error : errors) {
            err.println("unitlint: " + error);
        }
        err.flush();
        if (errors.stream().anyMatch(e -> !e.usage())) {
            return ExitCodes.ERROR;
        }
        return errors.isEmpty() ? code : ExitCodes.USAGE;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("unitlint: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }

    private boolean matched(String option) {
        CommandLine.ParseResult parse = commandLine.getParseResult();
        return parse != null && parse.hasMatchedOption(option);
    }

    private Config loadConfig(Path cwd) throws ConfigException {
        return loadConfig(options.config, options.noConfig, cwd);
    }

    /** {@code --config FILE}, else the nearest {@code .unitlint.yaml}; the YAML reader loads only if there is one. */
    static Config loadConfig(Path file, boolean noConfig, Path cwd) throws ConfigException {
        if (noConfig) {
            return Config.none(cwd);
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file + ": no such configuration file");
            }
            return ConfigReader.read(file);
        }
        Optional<Path> found = ConfigFinder.find(cwd);
        return found.isPresent() ? ConfigReader.read(found.get()) : Config.none(cwd);
    }

    private static void checkRuleIds(List<String> ids, String option) throws ConfigException {
        if (ids == null) {
            return;
        }
        for (String id : ids) {
            if (RuleSelection.expand(id).isEmpty()) {
                throw new ConfigException(option + ": '" + id + "' is not a unitlint rule ID or ID prefix;"
                        + " 'unitlint rules' lists them");
            }
        }
    }

    static boolean isCheckedFile(Path target, List<UnitFile> files) {
        if (!Files.exists(target)) {
            return false;
        }
        for (UnitFile file : files) {
            try {
                if (Files.exists(Path.of(file.path())) && Files.isSameFile(target, Path.of(file.path()))) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // Not comparable (standard input's name, a vanished file): not the same file.
            }
        }
        return false;
    }
}
