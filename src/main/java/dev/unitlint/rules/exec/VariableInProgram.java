package dev.unitlint.rules.exec;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Word;

/**
 * An environment variable in the program of a command line: {@code ExecStart=${BIN} --serve},
 * {@code ExecStart=/opt/$APP/bin/run}. systemd expands {@code $NAME} and {@code ${NAME}} only
 * in the arguments (config_parse_exec() keeps the path as written, service_spawn() expands
 * argv[1…]), so it looks for a program literally named {@code ${BIN}} and the command fails on
 * every host. systemd-analyze verify only says "Command ${BIN} is not executable", which reads
 * like a missing package. A program systemd refuses when it loads the unit ($DIR/bin/x is a
 * relative path) is SD504's to report.
 */
@RuleId("SD211")
public final class VariableInProgram implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (ExecLine line : ExecLines.of(unit)) {
            for (Command command : line.commandLine().commands()) {
                int at = variableAt(command.program());
                if (at < 0 || InvalidExecProgram.problem(command, context.systemdVersion()).isPresent()) {
                    continue; // "$DIR/bin/x" is a relative path that systemd refuses outright: SD504's
                }
                Word first = command.first();
                int offset = first.text().length() - command.program().length();
                String variable = variableName(command.program(), at);
                int[] range = first.sourceRange(offset + at, offset + at + variable.length());
                boolean ignored = command.ignoresFailure();
                line.report(context, ignored ? Severity.WARNING : Severity.ERROR, range[0], range[1],
                        "'" + variable + "' in the program of " + line.key() + "=: systemd expands environment variables"
                                + " only in arguments, never in the program path, so it looks for a program literally"
                                + " named '" + command.program() + "' and the command fails on every host"
                                + (ignored ? " (the '-' prefix hides the failure, so the command silently never runs)" : "")
                                + ". Write the program's absolute path, or run it through a shell: /bin/sh -c '"
                                + command.program() + " …'");
            }
        }
    }

    /** The offset of the first $NAME or ${NAME} in the program, or −1. */
    static int variableAt(String program) {
        for (int i = 0; i + 1 < program.length(); i++) {
            if (program.charAt(i) != '$') {
                continue;
            }
            char next = program.charAt(i + 1);
            if (next == '{' || next == '_' || next < 128 && Character.isLetter(next)) {
                return i;
            }
        }
        return -1;
    }

    private static String variableName(String program, int at) {
        int end = at + 1;
        if (program.charAt(end) == '{') {
            int close = program.indexOf('}', end);
            return close < 0 ? program.substring(at) : program.substring(at, close + 1);
        }
        while (end < program.length() && (Character.isLetterOrDigit(program.charAt(end)) || program.charAt(end) == '_')
                && program.charAt(end) < 128) {
            end++;
        }
        return program.substring(at, end);
    }
}
