package dev.unitlint.cli;

import dev.unitlint.model.SystemdVersion;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unitlint security PATH...}: the exposure of each service, as
 * {@code systemd-analyze security --offline=true} scores it, with the line that decides each check.
 * The work is in {@link SecurityRun}.
 */
@Command(name = "security",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Assess the security exposure of services as systemd-analyze security does, statically.",
            "Only the files given and the drop-ins beside them count, never the host's; each service is scored on its"
                + " own. Other unit types are not scored."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every service at or below the threshold",
            "1:a service above the threshold, or one systemd would not load",
            "2:usage error (bad option, path or policy file)",
            "3:a file could not be read, or internal error"})
public final class SecurityCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Service files, drop-ins or directories (searched recursively).")
    List<String> paths = List.of();

    @Option(names = "--systemd-version", paramLabel = "N",
            description = "The systemd release the units will run on (default: ${DEFAULT-VALUE}).")
    int systemdVersion = SystemdVersion.NEWEST;

    @Option(names = "--threshold", paramLabel = "N",
            description = "Exit with 1 when a service's exposure times ten is above N, 0 to 100 (default: 100,"
                    + " never), as systemd-analyze security --threshold=.")
    Integer threshold;

    @Option(names = "--security-policy", paramLabel = "FILE",
            description = "Weights and ranges of the checks, in systemd's JSON policy format.")
    Path policy;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
    SecurityFormat format = SecurityFormat.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced atomically) instead of standard output.")
    Path output;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Read settings from FILE instead of the .unitlint.yaml found from the working directory.")
    Path config;

    @Option(names = "--no-config", description = "Do not read any configuration file.")
    boolean noConfig;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    /** Where paths are looked up; tests set an in-memory file system. */
    FileSystem fileSystem = FileSystems.getDefault();

    /** The report formats of this command. */
    public enum SecurityFormat { TEXT, JSON }

    @Override
    public Integer call() throws Exception {
        if (systemdVersion < SystemdVersion.OLDEST || systemdVersion > 999) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--systemd-version must be a systemd release"
                    + " number from " + SystemdVersion.OLDEST + " on, such as 252 (got " + systemdVersion + ")");
        }
        if (threshold != null && (threshold < 0 || threshold > 100)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be from 0 to 100, the"
                    + " exposure times ten as systemd-analyze security counts it (got " + threshold + ")");
        }
        return new SecurityRun(this).run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
