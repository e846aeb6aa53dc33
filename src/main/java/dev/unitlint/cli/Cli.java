package dev.unitlint.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystem;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;

/** Builds the command line with unitlint's exit codes and error handling; tests use it with their own writers. */
public final class Cli {

    private Cli() {
    }

    /** The command line reading paths from {@code fileSystem} (an in-memory one in tests). */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err, FileSystem fileSystem) {
        CommandLine cli = newCommandLine(out, err);
        ((CheckCommand) cli.getSubcommands().get("check").getCommand()).fileSystem = fileSystem;
        ((SecurityCommand) cli.getSubcommands().get("security").getCommand()).fileSystem = fileSystem;
        return cli;
    }

    /** The command line writing to {@code out} and {@code err}, neither of which is a terminal. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, Terminal.NONE);
    }

    /**
     * @param terminal whether {@code out} is a terminal (asked only when colour, source lines or the
     *                 summary are left to depend on it)
     */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err, BooleanSupplier terminal) {
        CommandLine cli = new CommandLine(new UnitlintCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        ((CheckCommand) cli.getSubcommands().get("check").getCommand()).terminal = terminal;
        ((ExplainCommand) cli.getSubcommands().get("explain").getCommand()).terminal = terminal;
        cli.setParameterExceptionHandler(new UsageErrors());
        // picocli exits 1 on an uncaught exception, which would read as "findings": map it to 3.
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug"));
            commandLine.getErr().println("unitlint: internal error: " + exception.getMessage()
                    + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                exception.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return ExitCodes.ERROR;
        });
        cli.setExitCodeExceptionMapper(exception -> exception instanceof CommandLine.ParameterException
                ? ExitCodes.USAGE : ExitCodes.ERROR);
        return cli;
    }
}
