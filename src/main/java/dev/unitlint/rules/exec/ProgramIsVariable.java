package dev.unitlint.rules.exec;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.CommandLine.Command;

/**
 * The program of a command line written as a variable. systemd.service(5), "Command lines": "Note
 * that the first argument (i.e. the program to execute) may not be a variable." systemd looks for a
 * program literally named "$DAEMON" (or "${DAEMON}") in its search path, and the command fails with
 * status 203/EXEC when it runs.
 */
@RuleId("SD518")
public final class ProgramIsVariable implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (ExecLine line : ExecLines.inForce(unit)) {
            for (Command command : line.commandLine().commands()) {
                String program = command.program();
                // With a slash after the variable ($DIR/bin/app) the path is relative and systemd refuses
                // the unit; SD504 reports that.
                if (!program.startsWith("$") || program.length() < 2 || program.contains("/")) {
                    continue;
                }
                int from = command.first().from() + command.prefixes().length();
                line.report(context, from, command.first().to(), "The program of " + line.key() + "= cannot be a"
                        + " variable: systemd does not expand " + program + " there and looks for a program of that"
                        + " very name, so the command fails with status 203/EXEC (systemd.service(5): \"the first"
                        + " argument (i.e. the program to execute) may not be a variable\"). Write the path, or run"
                        + " /bin/sh -c '" + program + " …' if it must come from a variable");
                return;
            }
        }
    }
}
