package dev.unitlint.cli;

import dev.unitlint.config.Config;
import dev.unitlint.config.ConfigApplier;
import dev.unitlint.config.ConfigException;
import dev.unitlint.config.ConfigReader;
import dev.unitlint.config.Configs;
import dev.unitlint.config.RuleSelection;
import dev.unitlint.findings.Finding;
import dev.unitlint.findings.SafeText;
import dev.unitlint.fix.FixSession;
import dev.unitlint.lint.CheckedFile;
import dev.unitlint.lint.InputError;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitLink;
import dev.unitlint.report.AtomicFile;
import dev.unitlint.report.Baseline;
import dev.unitlint.report.LintResult;
import dev.unitlint.report.ReportFormat;
import dev.unitlint.report.ReportedFinding;
import dev.unitlint.report.TextReporter;
import dev.unitlint.suppress.Pragma;
import dev.unitlint.suppress.SuppressionFilter;
import dev.unitlint.syntax.SourceText;
import dev.unitlint.syntax.UnitFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
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
     * Lints some of the units and links with the options worked out from one configuration; the
     * findings come sorted, each once ({@link Finding#distinctSorted}).
     */
    interface LintJob {
        List<Finding> lint(LintOptions options, List<Unit> units, List<UnitLink> links);

        /**
         * The job for the units after {@code --fix} edited some of their files ({@code all} of
         * them): a set of units that reference checks look units up in must hold the new ones.
         */
        default LintJob after(List<Unit> all) {
            return this;
        }
    }

    /**
     * @param job         lints units and links with the options this run works out for them
     * @param batches     the collected units, read a batch at a time: once a batch is checked, only
     *                    what the report needs of its files (source lines, suppressions) is kept
     *                    ({@link CheckedFile}), so that its syntax trees can be dropped
     * @param links       the symbolic links met while collecting them
     * @param inputErrors paths that could not be checked, complete once every batch has been read
     */
    int lint(LintJob job, List<? extends Supplier<List<Unit>>> batches, List<UnitLink> links,
             Supplier<List<InputError>> inputErrors, PrintWriter out, PrintWriter err) throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        // A rule --select or --ignore does not know is a mistake on the command line: UsageErrors says so.
        checkRules(options.select, "--select");
        checkRules(options.ignore, "--ignore");
        // Each unit is linted with the settings of the configuration closest to its unit file;
        // path settings (exclude, overrides) and the failure threshold follow each finding's file.
        Map<String, Config> configOfPath = new HashMap<>();
        // --fix and --diff edit units in rounds, so they hold every unit at once.
        List<Unit> allUnits = options.fix || options.diff
                ? batches.stream().flatMap(batch -> batch.get().stream()).toList() : null;
        List<? extends Supplier<List<Unit>>> toCheck =
                allUnits == null ? batches : List.<Supplier<List<Unit>>>of(() -> allUnits);
        List<Finding> found = new ArrayList<>();
        List<CheckedFile> files = new ArrayList<>();
        List<InputError> inputs;
        try {
            Configs configs = loadConfigs(cwd);
            for (UnitLink link : links) {
                configOfPath.put(link.path(), configs.forPath(link.path()));
            }
            for (Supplier<List<Unit>> batch : toCheck) {
                List<Unit> units = batch.get();
                for (Unit unit : units) {
                    for (UnitFile file : unit.files()) {
                        configOfPath.put(file.path(), configs.forPath(file.path()));
                    }
                }
                List<Finding> inBatch = lintByConfiguration(job, units, List.of(), configOfPath);
                Set<String> withFindings = new HashSet<>();
                for (Finding finding : inBatch) {
                    withFindings.add(finding.path());
                }
                found.addAll(inBatch);
                files.addAll(CheckedFile.of(units, withFindings));
            }
            found.addAll(lintByConfiguration(job, List.of(), links, configOfPath));
            inputs = inputErrors.get();
            for (InputError error : inputs) {
                configOfPath.put(error.path(), configs.forPath(error.path()));
            }
        } catch (ConfigException e) {
            return usage(err, e.getMessage());
        }
        Map<Config, ConfigApplier> appliers = new IdentityHashMap<>();
        Function<String, ConfigApplier> applierOf =
                path -> appliers.computeIfAbsent(configOfPath.get(path), c -> new ConfigApplier(c, cwd));
        found.sort(Finding.ORDER);
        List<Finding> findings = applyConfigurations(found, applierOf);
        List<InputError> errors = new ArrayList<>();
        for (InputError error : inputs) {
            errors.addAll(applierOf.apply(error.path()).applyToErrors(List.of(error)));
        }
        Map<String, List<Pragma>> pragmas = new HashMap<>();
        Map<String, SourceText> sources = new LinkedHashMap<>();
        for (CheckedFile file : files) {
            pragmas.putIfAbsent(file.path(), file.pragmas());
            sources.putIfAbsent(file.path(), file.source());
        }
        SuppressionFilter.Split split = new SuppressionFilter(pragmas).apply(findings);
        boolean needFingerprints = options.format != ReportFormat.TEXT || options.baseline != null
                || options.writeBaseline != null;
        LintResult result = LintResult.fromSources(split.reported(), split.suppressed(), sources, errors, cwd,
                needFingerprints);
        // --fix asks again for the units it edited: what a report of them shows, configuration and
        // suppressions (below, the baseline) applied.
        Function<List<Unit>, LintResult> check = current -> {
            LintJob currentJob = job.after(current);
            List<Finding> again = applyConfigurations(lintByConfiguration(currentJob, current, links, configOfPath),
                    applierOf);
            List<UnitFile> currentFiles = current.stream().flatMap(u -> u.files().stream()).toList();
            SuppressionFilter.Split fixedSplit = new SuppressionFilter(currentFiles).apply(again);
            return LintResult.of(fixedSplit.reported(), fixedSplit.suppressed(), currentFiles, errors, cwd,
                    needFingerprints);
        };

        if (options.writeBaseline != null) {
            if (isChecked(options.writeBaseline, files)) {
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
            Function<List<Unit>, LintResult> unfiltered = check;
            check = current -> unfiltered.apply(current).keepReported(f -> !baseline.contains(f));
        }

        PrintWriter reportOut = out;
        boolean writeFailed = false;
        if (options.fix || options.diff) {
            if (options.output != null && isChecked(options.output, files)) {
                return usage(err, options.output + ": is one of the files being checked; unitlint never writes to"
                        + " them");
            }
            FixRun fixRun = new FixRun(options.stdinPath(), options.fileSystem, out, err);
            FixSession.Outcome outcome = fixRun.fix(allUnits, result, check, options.unsafeFixes);
            if (options.diff) {
                fixRun.printDiff(outcome, options.unsafeFixes);
                return finish(errors, err, outcome.changes().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS);
            }
            writeFailed = !fixRun.write(outcome, options.unsafeFixes);
            result = fixRun.lastResult();
            if (fixRun.printedStdin()) {
                // Standard output holds the fixed text; the report must not be mixed into it.
                reportOut = err;
            }
        }

        ReportFormat format = options.format;
        if (options.output != null) {
            StringBuilder report = new StringBuilder();
            format.reporter(textStyle()).write(result, report);
            if (isChecked(options.output, files)) {
                return usage(err, options.output + ": is one of the files being checked; unitlint never writes to"
                        + " them");
            }
            if (!write(options.output, report.toString(), err)) {
                return ExitCodes.ERROR;
            }
        } else {
            // Straight to the output: a report of every security check of a whole corpus is tens of
            // megabytes, which a copy in memory would have to hold twice over while it grows.
            format.reporter(textStyle()).write(result, reportOut);
            reportOut.flush();
        }
        boolean fails = false;
        String thresholdPath = null;
        FailOn pathThreshold = failOn;
        for (ReportedFinding reported : result.reported()) {
            Finding f = reported.finding();
            if (!f.path().equals(thresholdPath)) {
                thresholdPath = f.path();
                pathThreshold = threshold(configOfPath.get(thresholdPath));
            }
            if (pathThreshold.fails(f.severity())) {
                fails = true;
                break;
            }
        }
        int code = finish(errors, err, fails ? ExitCodes.FINDINGS : ExitCodes.OK);
        return writeFailed ? ExitCodes.ERROR : code;
    }

    /** Each finding as the configuration of its file has it (excluded, severity); findings sorted by file. */
    private static List<Finding> applyConfigurations(List<Finding> sorted, Function<String, ConfigApplier> applierOf) {
        List<Finding> findings = new ArrayList<>();
        // Look the file's applier up once per file, not per finding.
        String appliedPath = null;
        ConfigApplier applier = null;
        for (Finding finding : sorted) {
            if (!finding.path().equals(appliedPath)) {
                appliedPath = finding.path();
                applier = applierOf.apply(appliedPath);
            }
            if (applier.keepsAll()) {
                findings.add(finding);
            } else {
                findings.addAll(applier.apply(List.of(finding)));
            }
        }
        return findings;
    }

    /** Lints the units (and links) of each configuration with its options; sorted, each finding once. */
    private List<Finding> lintByConfiguration(LintJob job, List<Unit> units, List<UnitLink> links,
                                              Map<String, Config> configOfPath) {
        // By identity: Configs hands out one Config per configuration file, and a record's hashCode
        // is linked through invokedynamic on first use, which cost start-up some 20 generated classes.
        Map<Config, List<Unit>> unitsByConfig = new IdentityHashMap<>();
        for (Unit unit : units) {
            unitsByConfig.computeIfAbsent(configOfPath.get(unit.files().get(0).path()), k -> new ArrayList<>()).add(unit);
        }
        Map<Config, List<UnitLink>> linksByConfig = new IdentityHashMap<>();
        for (UnitLink link : links) {
            linksByConfig.computeIfAbsent(configOfPath.get(link.path()), k -> new ArrayList<>()).add(link);
        }
        Set<Config> configs = Collections.newSetFromMap(new IdentityHashMap<>());
        configs.addAll(unitsByConfig.keySet());
        configs.addAll(linksByConfig.keySet());
        if (configs.size() == 1) {
            // The usual case, one configuration (or none): the job's findings are sorted, each once.
            Config config = configs.iterator().next();
            return job.lint(lintOptions(config), unitsByConfig.getOrDefault(config, List.of()),
                    linksByConfig.getOrDefault(config, List.of()));
        }
        List<Finding> findings = new ArrayList<>();
        for (Config config : configs) {
            findings.addAll(job.lint(lintOptions(config), unitsByConfig.getOrDefault(config, List.of()),
                    linksByConfig.getOrDefault(config, List.of())));
        }
        return Finding.distinctSorted(findings);
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

    /**
     * {@code --config FILE} for every file, none with {@code --no-config}, else the nearest
     * {@code .unitlint.yaml} of each file ({@link Configs}); the YAML reader loads only if there is one.
     */
    private Configs loadConfigs(Path cwd) throws ConfigException {
        return loadConfigs(options.config, options.noConfig, options.fileSystem, cwd);
    }

    /** The same for {@code unitlint security}, which takes the same options. */
    static Configs loadConfigs(Path file, boolean noConfig, java.nio.file.FileSystem fileSystem, Path cwd)
            throws ConfigException {
        if (noConfig) {
            return Configs.of(Config.none(cwd));
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file + ": no such configuration file");
            }
            return Configs.of(ConfigReader.read(file));
        }
        return Configs.discovered(fileSystem, cwd);
    }

    /** The options for the units under one configuration: the command line wins over it. */
    private LintOptions lintOptions(Config config) {
        int version = matched("--systemd-version") ? systemdVersion : config.systemdVersion().orElse(systemdVersion);
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
        return new LintOptions(version, RuleSelection.disabled(select, ignore), config.severity());
    }

    /** The least severe finding that fails the run, for a file under {@code config} (null: no file). */
    private FailOn threshold(Config config) {
        if (failOnGiven == null) {
            // Asked once: picocli looks the option up by interpolating every option's names, and the
            // threshold is wanted for each finding (150,000 with the security rules on).
            failOnGiven = matched("--fail-on");
        }
        if (failOnGiven || config == null) {
            return failOn;
        }
        return config.failOn().map(s -> FailOn.valueOf(s.toUpperCase(Locale.ROOT))).orElse(failOn);
    }

    private Boolean failOnGiven;

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

    static boolean isCheckedFile(Path target, List<UnitFile> files) {
        return isCheckedPath(target, files.stream().map(UnitFile::path).toList());
    }

    private static boolean isChecked(Path target, List<CheckedFile> files) {
        return isCheckedPath(target, files.stream().map(CheckedFile::path).toList());
    }

    private static boolean isCheckedPath(Path target, List<String> paths) {
        if (!Files.exists(target)) {
            return false;
        }
        for (String path : paths) {
            try {
                if (Files.exists(Path.of(path)) && Files.isSameFile(target, Path.of(path))) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // Not comparable (standard input's name, a vanished file): not the same file.
            }
        }
        return false;
    }
}
