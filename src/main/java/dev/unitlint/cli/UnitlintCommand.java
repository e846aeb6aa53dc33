package dev.unitlint.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code unitlint} command: only dispatches to subcommands, which are listed in
 * {@link #SUBCOMMANDS} rather than in {@code @Command(subcommands)}: picocli builds the model
 * of every subcommand listed there, by reflection, before parsing anything, and {@link Cli}
 * adds only the one a run uses.
 */
@Command(name = "unitlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Static analyzer for systemd unit files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the failure threshold",
            "1:findings at or above the failure threshold",
            "2:usage error",
            "3:a file could not be read, or internal error"})
public final class UnitlintCommand implements Callable<Integer> {

    /** Every subcommand, in the order help lists them; add new ones here. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            CheckCommand.class, SecurityCommand.class, RulesCommand.class, ExplainCommand.class,
            CommandLine.HelpCommand.class);

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("unitlint: missing command, such as 'unitlint check PATH...'");
        spec.commandLine().getErr().println(UsageErrors.hint(spec.commandLine()));
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
    }
}
