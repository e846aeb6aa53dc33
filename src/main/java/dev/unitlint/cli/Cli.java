package dev.unitlint.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystem;
import java.util.List;
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
     * The whole command line, every subcommand included (help, completion and man pages need them all).
     *
     * @param terminal whether {@code out} is a terminal (asked only when colour, source lines or the
     *                 summary are left to depend on it)
     */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err, BooleanSupplier terminal) {
        return newCommandLine(out, err, terminal, UnitlintCommand.SUBCOMMANDS);
    }

    /**
     * The command line for running {@code args}: picocli builds its model by reflection over every
     * option of every command it is given, which cost a one-file run more than its checks, so only
     * the subcommand {@code args} starts with is added. Anything else (no command, a typo,
     * {@code --help}, {@code help COMMAND}) gets all of them, for the usage message and the
     * suggestions of {@link UsageErrors}.
     */
    public static CommandLine forArguments(PrintWriter out, PrintWriter err, BooleanSupplier terminal,
                                           String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : UnitlintCommand.SUBCOMMANDS) {
                // "help COMMAND" shows another subcommand's help, so it needs them all.
                if (subcommand != CommandLine.HelpCommand.class && args[0].equals(CommandModel.name(subcommand))) {
                    return newCommandLine(out, err, terminal, List.of(subcommand));
                }
            }
        }
        return newCommandLine(out, err, terminal);
    }

    private static CommandLine newCommandLine(PrintWriter out, PrintWriter err, BooleanSupplier terminal,
                                              List<Class<?>> subcommands) {
        // Models from the file generated at build time (CommandModel): no annotation is read.
        CommandLine cli = new CommandLine(CommandModel.of(new UnitlintCommand()));
        for (Class<?> subcommand : subcommands) {
            if (subcommand == CommandLine.HelpCommand.class) {
                cli.addSubcommand(subcommand);
            } else {
                cli.addSubcommand(new CommandLine(CommandModel.of(newInstance(subcommand))));
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        if (cli.getSubcommands().get("check") != null) {
            ((CheckCommand) cli.getSubcommands().get("check").getCommand()).terminal = terminal;
        }
        if (cli.getSubcommands().get("explain") != null) {
            ((ExplainCommand) cli.getSubcommands().get("explain").getCommand()).terminal = terminal;
        }
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler(new InternalErrors());
        cli.setExitCodeExceptionMapper(new ExitCodeOfException());
        return cli;
    }

    private static Object newInstance(Class<?> command) {
        try {
            return command.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + command.getName(), e);
        }
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
