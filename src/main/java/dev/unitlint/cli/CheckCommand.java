package dev.unitlint.cli;

import dev.unitlint.findings.Finding;
import dev.unitlint.lint.InputError;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.SystemdVersion;
import dev.unitlint.report.TextReporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
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
                + " (NAME.TYPE.d/*.conf); a drop-in is checked together with the unit file beside it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the failure threshold",
            "1:findings at or above the failure threshold",
            "2:usage error",
            "3:a file could not be read, or internal error"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Unit files, drop-ins or directories; '-' reads standard input (with --stdin-filename).")
    private List<String> paths;

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

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (systemdVersion < SystemdVersion.OLDEST || systemdVersion > 999) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--systemd-version must be a systemd release"
                    + " number from " + SystemdVersion.OLDEST + " on, such as 252 (got " + systemdVersion + ")");
        }
        UnitCollector collector = new UnitCollector();
        for (String path : paths) {
            if (path.equals("-")) {
                if (stdinFilename == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "reading standard input ('-') needs --stdin-filename NAME, e.g. --stdin-filename foo.service");
                }
                collector.addStdin(stdinFilename, readStdin());
            } else {
                collector.addPath(Path.of(path));
            }
        }
        // Unit by unit, in parallel, keeping only findings (robustness: bounded memory on big trees).
        Linter linter = new Linter(LintOptions.defaults().withSystemdVersion(systemdVersion));
        List<Finding> findings = collector.lintEach(linter::lint);
        boolean colored = color.enabled(System.getenv(), System.console() != null);
        new TextReporter(colored).report(findings, out);

        List<InputError> errors = collector.errors();
        for (InputError error : errors) {
            err.println("unitlint: " + error);
        }
        err.flush();
        if (errors.stream().anyMatch(e -> !e.usage())) {
            return ExitCodes.ERROR;
        }
        if (!errors.isEmpty()) {
            return ExitCodes.USAGE;
        }
        return findings.stream().anyMatch(f -> failOn.fails(f.severity())) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static byte[] readStdin() throws IOException {
        InputStream in = System.in;
        return in.readAllBytes();
    }
}
