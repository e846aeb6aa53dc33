package dev.unitlint.cli;

import dev.unitlint.findings.Finding;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.SystemdVersion;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitSet;
import dev.unitlint.report.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unitlint check PATH...}: lints unit files and drop-ins. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check systemd unit files and drop-ins.",
            "Directories are searched recursively for unit files (*.service, *.socket, *.timer, ...) and drop-ins"
                + " (NAME.TYPE.d/*.conf); drop-ins are merged into the units they apply to, as systemd merges them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the failure threshold (with --diff: nothing to change)",
            "1:findings at or above the failure threshold (with --diff: the diff is not empty)",
            "2:usage error",
            "3:a file could not be read, or internal error"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Unit files, drop-ins or directories; '-' reads standard input (with --stdin-filename).")
    private List<String> paths = List.of();

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "Name to use for standard input, which decides the unit type (e.g. foo.service).")
    private String stdinFilename;

    @Option(names = "--systemd-version", paramLabel = "N",
            description = "The systemd release the units will run on (default: ${DEFAULT-VALUE}).")
    private int systemdVersion = SystemdVersion.NEWEST;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES}"
                    + " (default: ${DEFAULT-VALUE}).")
    private FailOn failOn = FailOn.WARNING;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "Colour the report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; NO_COLOR is honoured).")
    private ColorChoice color = ColorChoice.AUTO;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    private boolean debug;

    @Option(names = "--no-respect-gitignore", description = "Search folders for files that .gitignore ignores"
            + " too. (Folders such as .git and node_modules are never searched; a path named here is always checked.)")
    private boolean noRespectGitignore;

    // --- What the text report shows (each defaults to "standard output is a terminal") ------------

    @Option(names = "--show-source", negatable = true,
            description = "After each finding, show its source line with carets under the offending columns, and"
                    + " the address of the rule's document (default: when standard output is a terminal;"
                    + " independent of colour).")
    Boolean showSource;

    @Option(names = "--summary", negatable = true,
            description = "End the text report with a line counting findings and files (default: when standard"
                    + " output is a terminal).")
    Boolean summary;

    @Option(names = "--statistics",
            description = "Instead of the findings, print how many each rule reported, most frequent first.")
    boolean statistics;

    // --- Reports, configuration, rule selection and baselines (integrations) ---------------------
    // The logic lives in dev.unitlint.report, .config and .suppress; see CheckRun.

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."
                    + " Only text is coloured or has source lines; the others are for machines.")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced atomically) instead of standard output.")
    Path output;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Read settings from FILE for every path, instead of the .unitlint.yaml closest to each"
                    + " file (looked for from its folder up to the repository root).")
    Path config;

    @Option(names = "--no-config", description = "Do not read any configuration file.")
    boolean noConfig;

    @Option(names = "--select", paramLabel = "RULES", split = ",",
            description = "Run only these rules (IDs, prefixes such as SD3, or names such as restart-always-oneshot;"
                    + " comma separated); replaces the configuration's select.")
    List<String> select;

    @Option(names = "--ignore", paramLabel = "RULES", split = ",",
            description = "Do not run these rules (IDs, prefixes or names, comma separated); adds to the"
                    + " configuration's ignore.")
    List<String> ignore;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not recorded in FILE (made with --write-baseline).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the findings of this run in FILE as accepted, and exit 0.")
    Path writeBaseline;

    // --- Fixing (dev.unitlint.fix; see CheckRun) -------------------------------------------------

    @Option(names = "--fix",
            description = "Apply every safe fix to the files (atomically, keeping their mode and owner), then report"
                    + " the findings left. Standard input's fixed text goes to standard output, the report to"
                    + " standard error.")
    boolean fix;

    @Option(names = "--unsafe-fixes",
            description = "With --fix or --diff: also apply the fixes a person should confirm (they change what a"
                    + " working unit does, or pick one of several repairs).")
    boolean unsafeFixes;

    @Option(names = "--diff",
            description = "Print what --fix would change as a unified diff, and write nothing. Exit code 1 when the"
                    + " diff is not empty, 0 when there is nothing to fix.")
    boolean diff;

    // --- Which units: system trees and references (merging) -------------------------------------

    @ArgGroup(exclusive = false, validate = false, heading = "%nWhich units (system trees and references):%n")
    private SystemTreeOptions tree = new SystemTreeOptions();

    /** The name standard input's file is reported under, when a PATH is '-'; --fix never writes to it. */
    String stdinPath() {
        return paths.contains("-") ? stdinFilename : null;
    }

    /** Where paths are looked up; tests set an in-memory file system. */
    FileSystem fileSystem = FileSystems.getDefault();

    /** Whether standard output is a terminal; asked only when an option is left to depend on it. */
    BooleanSupplier terminal = Terminal.NONE;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (parsed != null && parsed.hasMatchedOption("--systemd-version")) {
            Optional<String> unsupported = SystemdVersion.unsupported(systemdVersion);
            if (unsupported.isPresent()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--systemd-version " + unsupported.get());
            }
        }
        if (stdinFilename != null && !paths.contains("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stdin-filename names standard input,"
                    + " which is read only when a PATH is '-' (e.g. --stdin-filename " + stdinFilename + " -)");
        }
        if (format != ReportFormat.TEXT) {
            for (String textOnly : List.of("--show-source", "--summary", "--statistics")) {
                if (parsed != null && parsed.hasMatchedOption(textOnly)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), textOnly + " is for the text"
                            + " report; --format " + format + " has no source lines, summary or statistics");
                }
            }
        }
        if (unsafeFixes && !fix && !diff) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--unsafe-fixes applies fixes: use it with --fix or --diff");
        }
        if ((fix || diff) && writeBaseline != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), (diff ? "--diff" : "--fix")
                    + " and --write-baseline: record the baseline after fixing, in a run of its own");
        }
        if (tree == null) {
            tree = new SystemTreeOptions();
        }
        if (tree.hasRoot() != paths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), tree.hasRoot()
                    ? "--root checks the whole tree: give no PATH with it"
                    : "no PATH given: name the unit files or folders to check, or a system tree with --root DIR");
        }
        if (tree.user && !tree.hasRoot()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--user needs --root DIR");
        }
        CheckRun run = new CheckRun(this, spec.commandLine(), systemdVersion, failOn, color, terminal);
        SystemTreeOptions.Inputs inputs = tree.hasRoot() ? tree.loadRoot(fileSystem) : tree.fromCollector(collect());
        // CheckRun decides the options (configuration, --select, ...); which units, and the set they
        // belong to for reference checks, come from the tree options.
        return run.lint(job(inputs.unitSet()), inputs.batches(), inputs.links(), inputs.errors(), out, err);
    }

    /** Lints with the rules; {@code set} is every unit of the system, or null. --fix rebuilds it with the units it edited. */
    private static CheckRun.LintJob job(UnitSet set) {
        return new CheckRun.LintJob() {
            @Override
            public List<Finding> lint(LintOptions options, List<Unit> someUnits, List<UnitLink> someLinks) {
                return new Linter(options).withUnitSet(set).lint(someUnits, someLinks);
            }

            @Override
            public CheckRun.LintJob after(List<Unit> all) {
                return set == null ? this : job(set.withUnits(all));
            }
        };
    }

    private UnitCollector collect() throws IOException {
        UnitCollector collector = new UnitCollector(!noRespectGitignore);
        for (String path : paths) {
            if (path.equals("-")) {
                if (stdinFilename == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "reading standard input ('-') needs --stdin-filename NAME, e.g. --stdin-filename foo.service");
                }
                collector.addStdin(stdinFilename, readStdin());
            } else {
                collector.addPath(fileSystem.getPath(path));
            }
        }
        return collector;
    }

    private static byte[] readStdin() throws IOException {
        InputStream in = System.in;
        return in.readAllBytes();
    }
}
