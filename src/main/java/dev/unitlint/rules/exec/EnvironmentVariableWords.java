package dev.unitlint.rules.exec;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Severity;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.CommandLine;
import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Word;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Environment variables in command lines, expanded as {@code replace_env_argv()}
 * (src/basic/env-util.c) does when the command starts: a word that is exactly {@code $NAME}
 * is replaced by the value split at whitespace (zero or more arguments), {@code ${NAME}} is
 * replaced in place and stays one argument, and {@code $NAME} inside a longer word is not
 * replaced at all. Quotes are removed when the unit is read, before any of this.
 */
@RuleId("SD502")
public final class EnvironmentVariableWords implements Rule {

    /** Variables systemd itself sets, whose values never contain whitespace. */
    private static final java.util.Set<String> SINGLE_WORD_VARIABLES = java.util.Set.of("MAINPID", "INVOCATION_ID",
            "SERVICE_RESULT", "EXIT_CODE", "EXIT_STATUS", "MANAGERPID", "LISTEN_PID", "LISTEN_FDS", "NOTIFY_SOCKET",
            "RUNTIME_DIRECTORY", "STATE_DIRECTORY", "CACHE_DIRECTORY", "LOGS_DIRECTORY", "CONFIGURATION_DIRECTORY",
            "CREDENTIALS_DIRECTORY", "MONITOR_SERVICE_RESULT", "MONITOR_EXIT_CODE", "MONITOR_EXIT_STATUS",
            "MONITOR_INVOCATION_ID", "MONITOR_UNIT", "WATCHDOG_USEC", "WATCHDOG_PID", "HOME", "USER", "LOGNAME",
            "SHELL", "TRIGGER_UNIT", "TRIGGER_PATH", "TRIGGER_TIMER_REALTIME_USEC", "TRIGGER_TIMER_MONOTONIC_USEC");

    @Override
    public void check(Unit unit, RuleContext context) {
        Map<String, String> environment = environment(unit);
        for (ExecLine line : ExecLines.inForce(unit)) {
            for (Command command : line.commandLine().commands()) {
                // A line whose program systemd refuses is SD504's: what its arguments expand to never matters.
                if (command.noEnvironmentExpansion() || InvalidExecProgram.refused(command)) {
                    continue;
                }
                boolean shell = ExecLines.runsShell(command);
                for (Word word : command.arguments()) {
                    checkWord(line, word, shell, environment, context);
                }
            }
        }
    }

    private static void checkWord(ExecLine line, Word word, boolean shell, Map<String, String> environment,
                                  RuleContext context) {
        String text = word.text();
        if (text.length() > 1 && text.charAt(0) == '$' && text.charAt(1) != '{' && text.charAt(1) != '$') {
            String name = text.substring(1);
            if (!isValidName(name)) {
                int end = 1;
                while (end < text.length() && isNameChar(text.charAt(end))
                        && !(end == 1 && Character.isDigit(text.charAt(end)))) {
                    end++;
                }
                String fix = end > 1 ? "${" + text.substring(1, end) + "}" + text.substring(end) : "$$" + name;
                Optional<Fix> repair = end > 1
                        ? rewrite(line, word.from(), word.from() + end, text.substring(0, end),
                                "${" + text.substring(1, end) + "}", Applicability.SAFE)
                        : rewrite(line, word.from(), word.from() + 1, "$", "$$", Applicability.UNSAFE);
                line.report(context, word.from(), word.to(), "'" + text + "' is a word of its own starting with '$',"
                        + " so systemd replaces all of it with the variable '" + name + "', which cannot exist: the"
                        + " argument disappears. Write " + fix + (end > 1 ? " to use the variable inside the word"
                        : " for a literal '$'"), repair);
            } else if (word.isQuoted() && !SINGLE_WORD_VARIABLES.contains(name)) {
                String written = line.assignment().value().substring(word.from(), word.to());
                line.report(context, Severity.INFO, word.from(), word.to(), "the quotes around " + text
                        + " do not keep it one argument: systemd removes them when it reads the unit, then splits"
                        + " the value of " + name + " at whitespace into separate arguments. Write ${" + name
                        + "} for exactly one argument", written.equals("\"" + text + "\"")
                                || written.equals("'" + text + "'")
                        ? rewrite(line, word.from(), word.to(), written, "${" + name + "}", Applicability.UNSAFE)
                        : Optional.empty());
            }
            return;
        }
        if (text.startsWith("${") && text.endsWith("}") && text.indexOf('}') == text.length() - 1) {
            String name = text.substring(2, text.length() - 1);
            String value = environment.get(name);
            if (value != null && value.strip().contains(" ") && looksLikeOptions(value)) {
                line.report(context, Severity.INFO, word.from(), word.to(), text + " is passed as one argument,"
                        + " but Environment= sets " + name + " to several words ('" + value + "'): the program"
                        + " receives them as a single argument with spaces. Write $" + name
                        + " as a word of its own to split it into separate arguments",
                        rewrite(line, word.from(), word.to(), text, "$" + name, Applicability.UNSAFE));
            }
            return;
        }
        if (shell) {
            return;
        }
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c != '$' || word.literal()[i]) {
                continue;
            }
            if (text.charAt(i + 1) == '$') {
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (Character.isLetter(next) || next == '_') {
                int end = i + 1;
                while (end < text.length() && isNameChar(text.charAt(end))) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                int[] range = word.sourceRange(i, end);
                line.report(context, range[0], range[1], "$" + name + " inside the word '" + text + "' is not"
                        + " replaced: systemd expands $NAME only when it is a word of its own. Write ${" + name
                        + "} to use the variable inside a word",
                        rewrite(line, range[0], range[1], "$" + name, "${" + name + "}", Applicability.SAFE));
                return;
            }
        }
    }

    /**
     * Replaces characters [from, to) of the value, when they are written there as {@code written}
     * (no escapes or continuation in between). Safe where the variable was plainly meant to be
     * expanded ($NAME inside a word, $NAME/rest); unsafe where it changes how many arguments the
     * program gets, or makes '$' literal: the rule's reading of what was meant, to be confirmed.
     */
    private static Optional<Fix> rewrite(ExecLine line, int from, int to, String written, String replacement,
                                         Applicability applicability) {
        if (!line.assignment().value().substring(from, to).equals(written)) {
            return Optional.empty();
        }
        Assignment a = line.assignment();
        return Fix.of(applicability, "Write " + replacement + " instead of " + written,
                List.of(FileEdits.of(a.file()).replace(a.entry().value().span(from, to), replacement)));
    }

    /** Words that are command-line options ("-v --x"), where splitting was surely meant. */
    private static boolean looksLikeOptions(String value) {
        return value.strip().startsWith("-");
    }

    /** The variables set by Environment= in the unit's own section (last assignment wins). */
    private static Map<String, String> environment(Unit unit) {
        Map<String, String> env = new HashMap<>();
        String section = unit.type().ownSection();
        if (section == null) {
            return env;
        }
        for (Assignment a : unit.list(section, "Environment")) {
            for (Word w : CommandLine.words(a.value())) {
                int eq = w.text().indexOf('=');
                if (eq > 0) {
                    env.put(w.text().substring(0, eq), w.text().substring(eq + 1));
                }
            }
        }
        return env;
    }

    /** env_name_is_valid(): letters, digits and '_', not starting with a digit. */
    static boolean isValidName(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isNameChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
