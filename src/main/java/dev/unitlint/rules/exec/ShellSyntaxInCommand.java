package dev.unitlint.rules.exec;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Word;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shell syntax in a command line that has no shell: systemd executes the program directly
 * (systemd.service(5), "Command lines": "the command line is not run through a shell"), so
 * pipes, redirections, {@code &&}, {@code $(…)}, backticks, globs and {@code ~} reach the
 * program as literal arguments. Only characters written without quotes or escapes count: a
 * quoted {@code "a|b"} is data on purpose. Commands that run a shell ({@code sh -c '…'}, also
 * behind {@code sudo} or {@code su}) are left alone.
 */
@RuleId("SD501")
public final class ShellSyntaxInCommand implements Rule {

    private static final Set<String> CONTROL_OPERATORS = Set.of("|", "||", "&&", "&", "|&", ";;");
    /** A redirection: an optional descriptor, the operator, and possibly its target in the same word. */
    private static final Pattern REDIRECT = Pattern.compile("^(?:[0-9]?>>?|&>>?|[0-9]?>&[0-9-]?|[0-9]?<)(.*)$");
    /** Options whose argument is a glob pattern for the program itself. */
    private static final Set<String> PATTERN_OPTIONS = Set.of("-name", "-iname", "-path", "-ipath", "-wholename",
            "-iwholename", "-regex", "--exclude", "--include", "-x", "--glob", "-g");

    @Override
    public void check(Unit unit, RuleContext context) {
        boolean oneshot = unit.type() == UnitType.SERVICE
                && unit.last("Service", "Type").map(a -> a.value().strip().equals("oneshot")).orElse(false);
        for (ExecLine line : ExecLines.inForce(unit)) {
            if (unit.type() == UnitType.SERVICE && !oneshot && line.key().equals("ExecStart")
                    && line.commandLine().commands().size() > 1) {
                int at = line.commandLine().separators().get(0);
                line.report(context, Severity.ERROR, at, at + 1, "a ';' standing alone separates commands, so this"
                        + " ExecStart= holds " + line.commandLine().commands().size() + " commands: systemd refuses"
                        + " the service (\"Service has more than one ExecStart= setting, which is only allowed for"
                        + " Type=oneshot services\"). Run a shell (/bin/sh -c 'a; b'), or move the extra commands to"
                        + " ExecStartPre=/ExecStartPost=");
            }
            for (Command command : line.commandLine().commands()) {
                if (ExecLines.runsShell(command)) {
                    continue;
                }
                checkProgram(line, command, context);
                List<Word> args = command.arguments();
                for (int i = 0; i < args.size(); i++) {
                    Word previous = i == 0 ? null : args.get(i - 1);
                    if (checkWord(line, command, args.get(i), previous, i + 1 < args.size(), context)) {
                        // One finding per command: the first shell construct explains the rest.
                        break;
                    }
                }
            }
        }
    }

    /** {@code FOO=bar /usr/bin/x}: a shell variable assignment taken as the program name. */
    private static void checkProgram(ExecLine line, Command command, RuleContext context) {
        String program = command.program();
        int eq = program.indexOf('=');
        if (eq > 0 && !program.contains("/") && !program.contains("%")) {
            Word first = command.first();
            line.report(context, first.from(), first.to(), "'" + program + "' is taken as the program to run, not as an"
                    + " environment variable: there is no shell to read 'NAME=value command'. Set the variable with"
                    + " Environment=" + program + " and start the command with the program");
        }
    }

    private static boolean checkWord(ExecLine line, Command command, Word word, Word previous, boolean more,
                                     RuleContext context) {
        String text = word.text();
        String program = command.program();
        if (text.isEmpty()) {
            return false;
        }
        if (word.isPlain() && CONTROL_OPERATORS.contains(text)) {
            line.report(context, word.from(), word.to(), "'" + text + "' is passed to " + program
                    + " as a literal argument: systemd runs the program without a shell, so " + describe(text)
                    + " does not work. Run a shell explicitly: " + line.key() + "=/bin/sh -c '…'");
            return true;
        }
        Matcher redirect = REDIRECT.matcher(text);
        if (redirect.matches() && !word.literal()[0]
                && (!text.startsWith("<") || redirect.group(1).isEmpty() || redirect.group(1).startsWith("/"))) {
            String target = redirect.group(1);
            line.report(context, word.from(), word.to(), "'" + text + "' is passed to " + program
                    + " as a literal argument: systemd runs the program without a shell, so the redirection does not"
                    + " happen. " + redirectAdvice(text, target));
            return true;
        }
        if (more && text.length() > 1 && text.endsWith(";") && !word.literal()[text.length() - 1]) {
            int at = word.sourceOf(text.length() - 1);
            line.report(context, at, at + 1, "the ';' ending '" + text + "' is passed to " + program
                    + " as part of the argument: systemd runs the program without a shell, so it does not end a"
                    + " command. Put the next command in its own " + line.key() + "= line (or ' ; ' as a separate"
                    + " word in a Type=oneshot service), or run a shell: /bin/sh -c '…'");
            return true;
        }
        // At the start of a word systemd reads "$(…" as a variable named "(…" and drops the word:
        // that is SD502's finding, with the right consequence, so this rule leaves it alone.
        int substitution = unquoted(word, "$(");
        if (substitution > 0) {
            line.report(context, word.sourceOf(substitution), word.to(), "'$(' is passed to " + program
                    + " literally: systemd runs the program without a shell, so command substitution does not"
                    + " happen. Run a shell explicitly: " + line.key() + "=/bin/sh -c '…'");
            return true;
        }
        int backtick = unquoted(word, "`");
        if (backtick >= 0) {
            line.report(context, word.sourceOf(backtick), word.to(), "'`' is passed to " + program
                    + " literally: systemd runs the program without a shell, so command substitution does not"
                    + " happen. Run a shell explicitly: " + line.key() + "=/bin/sh -c '…'");
            return true;
        }
        if (text.startsWith("~") && !word.literal()[0] && (text.length() == 1 || text.charAt(1) == '/')) {
            line.report(context, word.sourceOf(0), word.sourceOf(0) + 1, "'~' in '" + text + "' is passed to "
                    + program + " literally: systemd does not expand it (it is not a shell). Write the absolute"
                    + " path, or %h for the home directory of User=");
            return true;
        }
        boolean patternOption = previous != null && takesPattern(previous.text());
        if (text.startsWith("/") && !patternOption && !text.contains("%")) {
            int glob = globAt(word);
            if (glob >= 0) {
                line.report(context, word.from(), word.to(), "the pattern '" + text + "' is passed to " + program
                        + " literally: systemd does not expand globs (it is not a shell), so the program sees the '"
                        + text.charAt(glob) + "' itself. List the paths, or run a shell: " + line.key()
                        + "=/bin/sh -c '…'");
                return true;
            }
        }
        return false;
    }

    /** An option whose argument is a pattern the program matches itself ({@code --deviceglob /dev/input/*}). */
    private static boolean takesPattern(String option) {
        if (PATTERN_OPTIONS.contains(option)) {
            return true;
        }
        if (!option.startsWith("-")) {
            return false;
        }
        String o = option.toLowerCase(java.util.Locale.ROOT);
        return o.contains("glob") || o.contains("pattern") || o.contains("match") || o.contains("exclude")
                || o.contains("include") || o.contains("filter") || o.contains("mask");
    }

    /** The index in the word's text of an unquoted occurrence of {@code token}, or -1. */
    private static int unquoted(Word word, String token) {
        String text = word.text();
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
            if (!word.literal()[i]) {
                return i;
            }
        }
        return -1;
    }

    /** An unquoted {@code *}, {@code ?} or {@code […]} in a path, or -1. */
    private static int globAt(Word word) {
        String text = word.text();
        for (int i = 0; i < text.length(); i++) {
            if (word.literal()[i]) {
                continue;
            }
            char c = text.charAt(i);
            if (c == '*' || c == '?') {
                return i;
            }
            if (c == '[' && text.indexOf(']', i + 2) > 0) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(String operator) {
        return switch (operator) {
            case "|", "|&" -> "the pipe";
            case "&&", "||" -> "'" + operator + "' chaining";
            case "&" -> "running in the background";
            default -> "'" + operator + "'";
        };
    }

    private static String redirectAdvice(String text, String target) {
        boolean input = text.contains("<");
        boolean stderr = text.startsWith("2") || text.startsWith("&");
        if (input) {
            return "Use StandardInput=file:" + (target.isEmpty() ? "/path" : target);
        }
        if (text.contains("&") && !text.startsWith("&")) {
            return "Output and errors both go to the journal by default; to merge them elsewhere set"
                    + " StandardOutput= and StandardError= (or run /bin/sh -c '…')";
        }
        String key = stderr ? "StandardError" : "StandardOutput";
        if (target.equals("/dev/null")) {
            return "Use " + key + "=null";
        }
        String mode = text.contains(">>") ? "append:" : "truncate:";
        return "Use " + key + "=" + mode + (target.isEmpty() ? "/path" : target)
                + (stderr ? "" : (text.startsWith("&") ? " and StandardError=" + mode + target : ""));
    }
}
