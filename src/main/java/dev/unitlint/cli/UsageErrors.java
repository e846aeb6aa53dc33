package dev.unitlint.cli;

import dev.unitlint.findings.SafeText;
import dev.unitlint.rules.RuleNames;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line, as ruff and the GNU tools report it: one line with the
 * {@code unitlint:} prefix saying what is wrong (with "did you mean" when a close option or
 * command exists, by {@link RuleNames#closest}), one line saying where help is, exit code 2.
 * picocli's default prints the whole usage (60 lines) without the prefix, which buries the
 * one line that matters.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        // An unknown option can be a file name from a directory listing (xargs): escape it.
        err.println("unitlint: " + SafeText.escape(describe(ex)));
        err.println(hint(commandLine));
        err.flush();
        return ExitCodes.USAGE;
    }

    /** {@code Try 'unitlint check --help' for more information.} */
    static String hint(CommandLine commandLine) {
        return "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.";
    }

    /** What went wrong, in one line, without the prefix. */
    static String describe(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            ArgSpec spec = specs == null || specs.isEmpty() ? null : specs.get(0);
            if (spec instanceof OptionSpec option) {
                return option.longestName() + " needs a value (" + option.paramLabel() + ")";
            }
            if (spec != null) {
                return "missing " + spec.paramLabel();
            }
        }
        ArgSpec spec = ex.getArgSpec();
        if (spec instanceof OptionSpec option && ex.getValue() != null && ex.getCause() != null) {
            // A value picocli could not convert: say which values the option takes.
            String name = option.longestName();
            Class<?> type = option.type();
            if (type.isEnum()) {
                String choices = Arrays.stream(type.getEnumConstants())
                        .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
                return "invalid value '" + ex.getValue() + "' for " + name + "; expected one of " + choices;
            }
            if (type == int.class || type == Integer.class) {
                return "invalid value '" + ex.getValue() + "' for " + name + "; expected a whole number";
            }
            String reason = ex.getCause().getMessage();
            return "invalid value '" + ex.getValue() + "' for " + name + (reason == null ? "" : ": " + reason);
        }
        String message = ex.getMessage();
        return message == null || message.isEmpty() ? "invalid command line"
                : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static String unmatched(UnmatchedArgumentException ex) {
        List<String> unmatched = ex.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
        List<String> candidates = new ArrayList<>();
        if (ex.isUnknownOption()) {
            for (OptionSpec option : spec.options()) {
                for (String name : option.names()) {
                    candidates.add(name);
                    if (option.negatable() && name.startsWith("--")) {
                        candidates.add("--no-" + name.substring(2));
                    }
                }
            }
        } else {
            candidates.addAll(spec.subcommands().keySet());
        }
        // An option's value after '=' is not part of what was misspelt.
        int equals = first.indexOf('=');
        List<String> suggestions = RuleNames.closest(equals > 0 ? first.substring(0, equals) : first, candidates);
        String didYouMean = suggestions.isEmpty() ? ""
                : "; did you mean " + suggestions.stream().map(s -> "'" + s + "'")
                        .collect(Collectors.joining(" or ")) + "?";
        if (ex.isUnknownOption()) {
            String text = "unknown option '" + first + "'" + didYouMean;
            if (didYouMean.isEmpty() && looksLikeAPath(first)) {
                text += "; to check a file of that name, put -- before it";
            }
            return text;
        }
        boolean hasSubcommands = !ex.getCommandLine().getSubcommands().isEmpty();
        if (hasSubcommands) {
            return "unknown command '" + first + "'" + didYouMean;
        }
        return "unexpected argument '" + first + "'" + didYouMean;
    }

    private static boolean looksLikeAPath(String argument) {
        return argument.contains("/") || argument.contains(".");
    }
}
