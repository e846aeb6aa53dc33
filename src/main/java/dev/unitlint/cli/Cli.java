package dev.unitlint.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystem;
import java.util.List;
import picocli.CommandLine;

/** Builds the command line with unitlint's exit codes and error handling; tests use it with their own writers. */
public final class Cli {

    private Cli() {
    }

    /** The command line reading paths from {@code fileSystem} (an in-memory one in tests). */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err, FileSystem fileSystem) {
        CommandLine cli = newCommandLine(out, err);
        ((CheckCommand) cli.getSubcommands().get("check").getCommand()).fileSystem = fileSystem;
        return cli;
    }

    /** The whole command line, every subcommand included (help, completion and man pages need them all). */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, UnitlintCommand.SUBCOMMANDS);
    }

    /**
     * The command line for running {@code args}: picocli builds its model by reflection over every
     * option of every command it is given, which cost a one-file run more than its checks, so only
     * the subcommand {@code args} starts with is added. Anything else (no command, a typo,
     * {@code --help}, {@code help COMMAND}) gets all of them, for the usage message and picocli's
     * suggestions.
     */
    public static CommandLine forArguments(PrintWriter out, PrintWriter err, String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : UnitlintCommand.SUBCOMMANDS) {
                // "help COMMAND" shows another subcommand's help, so it needs them all.
                if (subcommand != CommandLine.HelpCommand.class
                        && args[0].equals(subcommand.getAnnotation(CommandLine.Command.class).name())) {
                    return newCommandLine(out, err, List.of(subcommand));
                }
            }
        }
        return newCommandLine(out, err);
    }

    private static CommandLine newCommandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new UnitlintCommand());
        for (Class<?> subcommand : subcommands) {
            cli.addSubcommand(subcommand);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new InternalErrors());
        cli.setExitCodeExceptionMapper(new ExitCodeOfException());
        return cli;
    }

    /*
     * Classes rather than lambdas: a lambda implementing one of picocli's interfaces (Java 5 class
     * files) cannot be kept in the class-data archive, and generating it cost each run a few
     * milliseconds.
     */

    /** picocli exits 1 on an uncaught exception, which would read as "findings": map it to 3. */
    private static final class InternalErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception exception, CommandLine commandLine,
                                            CommandLine.ParseResult parseResult) {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug"));
            commandLine.getErr().println("unitlint: internal error: " + exception.getMessage()
                    + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                exception.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return ExitCodes.ERROR;
        }
    }

    private static final class ExitCodeOfException implements CommandLine.IExitCodeExceptionMapper {
        @Override
        public int getExitCode(Throwable exception) {
            return exception instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.ERROR;
        }
    }
}
