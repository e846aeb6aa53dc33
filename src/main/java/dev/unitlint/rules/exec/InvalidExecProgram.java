package dev.unitlint.rules.exec;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Problem;
import dev.unitlint.values.CommandLine.Word;
import dev.unitlint.syntax.SystemdStrings;
import java.util.Optional;

/**
 * A command line whose program systemd cannot accept: config_parse_exec() (P1 in the
 * reference) refuses the unit, or with the '-' prefix drops the command line. Checks the
 * program after its prefixes: empty, containing quotes, backslashes or control characters,
 * ending in '/', relative with a '/' (also a prefix given twice, '--/bin/x', or '+' with '!'),
 * a bare name before v239, '@' without a zeroeth argument, and unbalanced quotes.
 */
@RuleId("SD504")
public final class InvalidExecProgram implements Rule {

    /** systemd 239 started looking up bare program names ("true") in a fixed search path (NEWS 239). */
    static final int BARE_NAMES_FROM = 239;

    @Override
    public void check(Unit unit, RuleContext context) {
        for (ExecLine line : ExecLines.of(unit)) {
            for (Command command : line.commandLine().commands()) {
                checkCommand(line, command, context);
            }
            line.commandLine().problem().ifPresent(p -> reportQuote(line, p, context));
        }
    }

    private static void reportQuote(ExecLine line, Problem problem, RuleContext context) {
        boolean firstWord = line.commandLine().commands().isEmpty();
        line.report(context, problem.from(), problem.from() + 1, "this quote is never closed: "
                + (firstWord ? "systemd ignores the whole " + line.key() + "= line (\"Unbalanced quoting, ignoring\")"
                        : "systemd refuses to load the unit (\"Unbalanced quoting\")")
                + ". Close the quote, or escape a literal quote as \\\" or \\'");
    }

    /**
     * Whether systemd refuses the program of a command whatever the release: empty, with quotes,
     * backslashes or control characters, naming a directory, or a relative path (a '$' in it is
     * never expanded). Other rules leave such a line to this one: nothing else on it matters.
     */
    static boolean refused(Command command) {
        String program = command.program();
        return !program.contains("%") && (program.isEmpty() || !SystemdStrings.isSafe(program) || program.endsWith("/")
                || !program.startsWith("/") && program.contains("/"));
    }

    private static void checkCommand(ExecLine line, Command command, RuleContext context) {
        problem(command, context.systemdVersion()).ifPresent(p -> {
            String consequence = command.ignoresFailure()
                    ? "systemd ignores this " + line.key() + "= line (the '-' prefix only makes the error non-fatal)"
                    : "systemd refuses to load the unit";
            line.report(context, command.first().from(), command.first().to(), p.replace("%CONSEQUENCE%", consequence));
        });
    }

    /**
     * Why systemd cannot accept the command's program (the message, with %CONSEQUENCE% where
     * what systemd does goes), or empty when it can. Programs with specifiers are not judged.
     */
    public static Optional<String> problem(Command command, int release) {
        Word first = command.first();
        String program = command.program();
        if (program.contains("%")) {
            // Specifiers are resolved first; the result cannot be judged here (SD503 checks the specifiers).
            return Optional.empty();
        }
        if (program.isEmpty()) {
            return Optional.of("'" + first.text() + "' has prefixes but no program: %CONSEQUENCE% (\"Empty path in command"
                    + " line\"). Write the program's absolute path after the prefixes");
        }
        if (!SystemdStrings.isSafe(program)) {
            return Optional.of("the program '" + program + "' contains quotes, a backslash or control characters:"
                    + " %CONSEQUENCE% (\"Executable name contains special characters\")");
        }
        if (program.endsWith("/")) {
            return Optional.of("the program '" + program + "' ends with '/', naming a directory: %CONSEQUENCE%"
                    + " (\"Executable path specifies a directory\")");
        }
        if (!program.startsWith("/") && program.contains("/")) {
            char c = program.charAt(0);
            String why;
            if ("-@:".indexOf(c) >= 0) {
                why = "the prefix '" + c + "' is given twice";
            } else if (c == '+' || c == '!') {
                why = "'+', '!' and '!!' exclude each other";
            } else {
                why = "a relative path is not looked up anywhere";
            }
            return Optional.of("'" + program + "' is neither an absolute path nor a plain program name (" + why + "):"
                    + " %CONSEQUENCE% (\"Neither a valid executable name nor an absolute path\"). Write the absolute path,"
                    + " e.g. /usr/bin/...");
        }
        if (!program.startsWith("/") && release < BARE_NAMES_FROM) {
            return Optional.of("the program '" + program + "' is not an absolute path, which systemd " + release
                    + " does not accept (bare names are looked up from systemd " + BARE_NAMES_FROM + " on): %CONSEQUENCE%."
                    + " Write the absolute path");
        }
        if (command.separateArgv0() && command.arguments().isEmpty()) {
            return Optional.of("the '@' prefix takes the word after the program as argv[0], but there is none:"
                    + " %CONSEQUENCE% (\"Empty executable name or zeroeth argument\"). Remove '@' or add the name the"
                    + " program should see");
        }
        return Optional.empty();
    }
}
