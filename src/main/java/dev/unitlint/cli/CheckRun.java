package dev.unitlint.cli;

import dev.unitlint.config.Config;
import dev.unitlint.config.ConfigApplier;
import dev.unitlint.config.ConfigException;
import dev.unitlint.config.ConfigFinder;
import dev.unitlint.config.ConfigReader;
import dev.unitlint.config.RuleSelection;
import dev.unitlint.findings.Finding;
import dev.unitlint.findings.SafeText;
import dev.unitlint.lint.InputError;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.model.Unit;
import dev.unitlint.report.AtomicFile;
import dev.unitlint.report.Baseline;
import dev.unitlint.report.LintResult;
import dev.unitlint.report.ReportFormat;
import dev.unitlint.report.ReportedFinding;
import dev.unitlint.report.TextReporter;
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
import java.util.function.BooleanSupplier;
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
    private final BooleanSupplier terminal;

    CheckRun(CheckCommand options, CommandLine commandLine, int systemdVersion, FailOn failOn, ColorChoice color,
             BooleanSupplier terminal) {
        this.options = options;
        this.commandLine = commandLine;
        this.systemdVersion = systemdVersion;
        this.failOn = failOn;
        this.color = color;
        this.terminal = terminal;
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
        // A rule --select or --ignore does not know is a mistake on the command line: UsageErrors says so.
        checkRules(options.select, "--select");
        checkRules(options.ignore, "--ignore");
        try {
            config = loadConfig(cwd);
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
        StringBuilder report = new StringBuilder();
        format.reporter(textStyle()).write(result, report);
        if (options.output != null) {
            if (isCheckedFile(options.output, files)) {
                return usage(err, options.output + ": is one of the files being checked; unitlint never writes to"
                        + " them");
            }
            if (!write(options.output, report.toString(), err)) {
                return ExitCodes.ERROR;
            }
        } else {
            out.print(report);
            out.flush();
        }
        boolean fails = result.reported().stream().map(ReportedFinding::finding)
                .anyMatch(f -> threshold.fails(f.severity()));
        return finish(errors, err, fails ? ExitCodes.FINDINGS : ExitCodes.OK);
    }

    /**
     * Colour, source lines and the summary each follow their own option, and when that is not
     * given, whether the report goes to a terminal: standard output (not {@code --output}) that is
     * one. Colour also honours {@code NO_COLOR} and {@code FORCE_COLOR}; source lines do not, since
     * they are content, not decoration.
     */
    private TextReporter.Style textStyle() {
        if (options.format != ReportFormat.TEXT) {
            return TextReporter.Style.PLAIN;
        }
        BooleanSupplier onTerminal = () -> options.output == null && terminal.getAsBoolean();
        boolean colored = options.output == null && color.enabled(System.getenv(), onTerminal.getAsBoolean());
        boolean source = options.showSource != null ? options.showSource : onTerminal.getAsBoolean();
        boolean summary = options.summary != null ? options.summary : onTerminal.getAsBoolean();
        return new TextReporter.Style(colored, source, summary, options.statistics);
    }

    /** Writes a report or baseline; a failure is a one-line error (exit 3), not a stack trace. */
    private static boolean write(Path target, String text, PrintWriter err) {
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
            // Paths come from directory walks and link targets: escaped like file content.
            err.println("unitlint: " + SafeText.escape(error.toString()));
        }
        err.flush();
        if (errors.stream().anyMatch(e -> !e.usage())) {
            return ExitCodes.ERROR;
        }
        return errors.isEmpty() ? code : ExitCodes.USAGE;
    }

    private static int usage(PrintWriter err, String message) {
        // Configuration and baseline errors quote those files, which a pull request can change.
        err.println("unitlint: " + SafeText.escape(message));
        err.flush();
        return ExitCodes.USAGE;
    }

    private boolean matched(String option) {
        CommandLine.ParseResult parse = commandLine.getParseResult();
        return parse != null && parse.hasMatchedOption(option);
    }

    /** {@code --config FILE}, else the nearest {@code .unitlint.yaml}; the YAML reader loads only if there is one. */
    private Config loadConfig(Path cwd) throws ConfigException {
        if (options.noConfig) {
            return Config.none(cwd);
        }
        if (options.config != null) {
            if (!Files.isRegularFile(options.config)) {
                throw new ConfigException(options.config + ": no such configuration file");
            }
            return ConfigReader.read(options.config);
        }
        Optional<Path> found = ConfigFinder.find(cwd);
        return found.isPresent() ? ConfigReader.read(found.get()) : Config.none(cwd);
    }

    private void checkRules(List<String> patterns, String option) {
        if (patterns == null) {
            return;
        }
        for (String pattern : patterns) {
            if (RuleSelection.expand(pattern).isEmpty()) {
                throw new CommandLine.ParameterException(commandLine, option + ": " + RuleSelection.unknown(pattern));
            }
        }
    }

    private static boolean isCheckedFile(Path target, List<UnitFile> files) {
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
