package dev.unitlint.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * zsh and fish completion for unitlint, generated from the picocli command model (picocli
 * itself generates only bash). Each subcommand completes its options with their descriptions;
 * an option taking an enum completes its values, one taking a path completes files; a command
 * taking paths (check) completes files.
 */
final class ShellCompletion {

    private ShellCompletion() {
    }

    // --- zsh ------------------------------------------------------------------------------------

    /** A native zsh completion function ({@code _arguments}), installed as {@code _unitlint}. */
    static String zsh(CommandSpec root) {
        String name = root.name();
        StringBuilder out = new StringBuilder();
        out.append("#compdef ").append(name).append('\n')
                .append("# zsh completion for ").append(name).append(", generated from its command definitions by\n")
                .append("# tools/release/java (ShellCompletion); do not edit.\n\n");
        List<CommandSpec> subcommands = visibleSubcommands(root);
        for (CommandSpec sub : subcommands) {
            out.append("_").append(function(name, sub)).append("() {\n  _arguments -s -S \\\n");
            for (String spec : zshSpecs(sub)) {
                out.append("    ").append(spec).append(" \\\n");
            }
            out.setLength(out.length() - " \\\n".length());
            out.append("\n}\n\n");
        }
        out.append("_").append(name).append("() {\n")
                .append("  local curcontext=\"$curcontext\" state line\n")
                .append("  typeset -A opt_args\n")
                .append("  _arguments -C \\\n");
        for (String spec : zshOptionSpecs(root)) {
            out.append("    ").append(spec).append(" \\\n");
        }
        out.append("    '1: :->command' \\\n    '*:: :->args'\n")
                .append("  case $state in\n")
                .append("    command)\n      local -a commands\n      commands=(\n");
        for (CommandSpec sub : subcommands) {
            out.append("        ").append(zshQuote(sub.name() + ":" + summary(sub))).append('\n');
        }
        out.append("      )\n      _describe -t commands '").append(name).append(" command' commands\n      ;;\n")
                .append("    args)\n      case $line[1] in\n");
        for (CommandSpec sub : subcommands) {
            out.append("        ").append(sub.name()).append(") _").append(function(name, sub)).append(" ;;\n");
        }
        out.append("      esac\n      ;;\n  esac\n}\n\n")
                .append("_").append(name).append(" \"$@\"\n");
        return out.toString();
    }

    private static List<String> zshSpecs(CommandSpec command) {
        List<String> specs = zshOptionSpecs(command);
        for (PositionalParamSpec positional : command.positionalParameters()) {
            if (positional.hidden()) {
                continue;
            }
            String label = positional.paramLabel().replaceAll("[<>]", "");
            String action = zshAction(positional.type(), label, positional.completionCandidates());
            boolean many = positional.arity().max() > 1;
            String spec = (many ? "*" : positional.index().min() + 1 + "") + ":" + zshEscape(label) + ":" + action;
            specs.add(zshQuote(spec));
        }
        return specs;
    }

    private static List<String> zshOptionSpecs(CommandSpec command) {
        List<String> specs = new ArrayList<>();
        for (OptionSpec option : command.options()) {
            if (option.hidden()) {
                continue;
            }
            String description = "[" + zshEscape(oneLine(option.description())) + "]";
            boolean takesValue = option.arity().max() > 0;
            String value = takesValue
                    ? ":" + zshEscape(option.paramLabel().replaceAll("[<>]", "")) + ":"
                            + zshAction(option.type(), option.paramLabel(), option.completionCandidates())
                    : "";
            String repeat = option.isMultiValue() ? "*" : "";
            List<String> names = names(command, option);
            String exclusive = option.usageHelp() || option.versionHelp()
                    ? "(- *)" : (names.size() > 1 && repeat.isEmpty() ? "(" + String.join(" ", names) + ")" : "");
            for (String optionName : names) {
                String form = takesValue && optionName.startsWith("--") ? "=" : (takesValue ? "+" : "");
                specs.add(zshQuote(repeat + exclusive + optionName + form + description + value));
            }
        }
        return specs;
    }

    private static String zshAction(Class<?> type, String label, Iterable<String> candidates) {
        List<String> values = list(candidates);
        if (!values.isEmpty()) {
            return "(" + String.join(" ", values) + ")";
        }
        if ("DIR".equals(label)) {
            return "_files -/";
        }
        return takesFiles(type, label) ? "_files" : " ";
    }

    private static String zshEscape(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:");
    }

    private static String zshQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    // --- fish -----------------------------------------------------------------------------------

    /** fish completion ({@code complete} commands), installed as {@code unitlint.fish}. */
    static String fish(CommandSpec root) {
        String name = root.name();
        List<CommandSpec> subcommands = visibleSubcommands(root);
        List<String> names = subcommands.stream().map(CommandSpec::name).toList();
        String noSubcommand = "not __fish_seen_subcommand_from " + String.join(" ", names);
        StringBuilder out = new StringBuilder();
        out.append("# fish completion for ").append(name).append(", generated from its command definitions by\n")
                .append("# tools/release/java (ShellCompletion); do not edit.\n\n")
                .append("complete -c ").append(name).append(" -f\n");
        for (CommandSpec sub : subcommands) {
            out.append("complete -c ").append(name).append(" -n ").append(fishQuote(noSubcommand))
                    .append(" -a ").append(sub.name()).append(" -d ").append(fishQuote(summary(sub))).append('\n');
        }
        appendFishOptions(out, name, noSubcommand, root);
        for (CommandSpec sub : subcommands) {
            String condition = "__fish_seen_subcommand_from " + sub.name();
            appendFishOptions(out, name, condition, sub);
            for (PositionalParamSpec positional : sub.positionalParameters()) {
                if (positional.hidden()) {
                    continue;
                }
                List<String> values = list(positional.completionCandidates());
                out.append("complete -c ").append(name).append(" -n ").append(fishQuote(condition));
                if (sub.subcommands().isEmpty() && values.isEmpty() && takesFiles(positional.type(), positional.paramLabel())) {
                    out.append(" -F");
                } else if (!values.isEmpty()) {
                    out.append(" -a ").append(fishQuote(String.join(" ", values)));
                } else if (sub.name().equals("help")) {
                    out.append(" -a ").append(fishQuote(String.join(" ", names)));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void appendFishOptions(StringBuilder out, String name, String condition, CommandSpec command) {
        for (OptionSpec option : command.options()) {
            if (option.hidden()) {
                continue;
            }
            out.append("complete -c ").append(name).append(" -n ").append(fishQuote(condition));
            for (String optionName : names(command, option)) {
                if (optionName.startsWith("--")) {
                    out.append(" -l ").append(optionName.substring(2));
                } else if (optionName.length() == 2) {
                    out.append(" -s ").append(optionName.substring(1));
                } else {
                    out.append(" -o ").append(optionName.substring(1));
                }
            }
            if (option.arity().max() > 0) {
                List<String> values = list(option.completionCandidates());
                if (!values.isEmpty()) {
                    out.append(" -x -a ").append(fishQuote(String.join(" ", values)));
                } else if ("DIR".equals(option.paramLabel())) {
                    out.append(" -x -a '(__fish_complete_directories)'");
                } else if (takesFiles(option.type(), option.paramLabel())) {
                    out.append(" -r -F");
                } else {
                    out.append(" -x");
                }
            }
            out.append(" -d ").append(fishQuote(oneLine(option.description()))).append('\n');
        }
    }

    private static String fishQuote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    // --- shared ---------------------------------------------------------------------------------

    /** An option's names, with the negative forms of a negatable one ({@code --no-summary}). */
    private static List<String> names(CommandSpec command, OptionSpec option) {
        List<String> names = new ArrayList<>(List.of(option.names()));
        if (option.negatable()) {
            for (String name : option.names()) {
                String negative = command.negatableOptionTransformer().makeNegative(name, command);
                if (negative != null && !negative.equals(name)) {
                    names.add(negative);
                }
            }
        }
        return names;
    }

    /** Options typed Path, and positional parameters labelled PATH (check's files and folders). */
    private static boolean takesFiles(Class<?> type, String label) {
        return type != null && (Path.class.isAssignableFrom(type) || java.io.File.class.isAssignableFrom(type))
                || "PATH".equals(label);
    }

    private static List<CommandSpec> visibleSubcommands(CommandSpec command) {
        List<CommandSpec> visible = new ArrayList<>();
        for (Map.Entry<String, picocli.CommandLine> entry : command.subcommands().entrySet()) {
            CommandSpec sub = entry.getValue().getCommandSpec();
            if (entry.getKey().equals(sub.name()) && !sub.usageMessage().hidden()) {
                visible.add(sub);
            }
        }
        return visible;
    }

    private static String function(String root, CommandSpec sub) {
        return root + "_" + sub.name().replace('-', '_');
    }

    private static String summary(CommandSpec command) {
        return oneLine(command.usageMessage().description());
    }

    /** The first line of a description, on one line and without its final full stop, for a completion menu. */
    static String oneLine(String[] description) {
        String text = description.length == 0 ? "" : description[0].replace("%n", " ").replaceAll("\\s+", " ").trim();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static List<String> list(Iterable<String> values) {
        List<String> list = new ArrayList<>();
        if (values != null) {
            values.forEach(list::add);
        }
        return list;
    }
}
