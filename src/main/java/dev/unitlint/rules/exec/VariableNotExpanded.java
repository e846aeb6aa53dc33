package dev.unitlint.rules.exec;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.CommandLine;
import dev.unitlint.values.CommandLine.Word;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code $NAME} or {@code ${NAME}} where systemd expands no variables. Only command lines
 * (Exec*=) are expanded; systemd.exec(5) says of Environment=: "Variable expansion is not performed
 * inside the strings and the $ character has no special meaning", and of EnvironmentFile=: "shell
 * variables such as $HOME are not expanded in this path. Use %-specifiers instead". The same holds
 * for every path setting. Reported: any variable in a path setting, and in Environment= a variable
 * that the unit itself sets, that the value assigns (PATH=$PATH:…), or that is a well-known one.
 */
@RuleId("SD506")
public final class VariableNotExpanded implements Rule {

    /** Parsers of settings whose value is one or more paths (load-fragment.c), where a '$' is a literal character. */
    private static final Set<String> PATH_PARSERS = Set.of("config_parse_unit_path_printf",
            "config_parse_unit_path_strv_printf", "config_parse_namespace_path_strv",
            "config_parse_unit_condition_path",
            "config_parse_exec_directories", "config_parse_socket_listen", "config_parse_load_credential",
            "config_parse_exec_output", "config_parse_exec_input", "config_parse_bind_paths", "config_parse_path_spec",
            "config_parse_working_directory", "config_parse_unit_env_file", "config_parse_temporary_filesystems",
            "config_parse_mount_images", "config_parse_extension_images", "config_parse_colon_separated_paths",
            "config_parse_unit_mounts_for", "config_parse_mount_node", "config_parse_pid_file",
            "config_parse_open_file",
            "config_parse_exec_root_hash_sig");

    /** Variables people expect to be there when they write them into Environment=. */
    private static final Set<String> WELL_KNOWN = Set.of("PATH", "HOME", "USER", "LOGNAME", "SHELL", "PWD", "LANG",
            "LD_LIBRARY_PATH", "LD_PRELOAD", "PYTHONPATH", "PERL5LIB", "CLASSPATH", "JAVA_HOME", "GOPATH", "NODE_PATH",
            "MANPATH", "HOSTNAME", "TMPDIR", "CREDENTIALS_DIRECTORY", "RUNTIME_DIRECTORY", "STATE_DIRECTORY",
            "CACHE_DIRECTORY", "LOGS_DIRECTORY", "CONFIGURATION_DIRECTORY", "MAINPID", "INVOCATION_ID",
            "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME");

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        Set<String> setByUnit = new HashSet<>();
        for (Assignment a : KnownKeys.readAssignments(unit)) {
            if (a.key().equals("Environment")) {
                for (Word w : CommandLine.words(a.value())) {
                    int eq = w.text().indexOf('=');
                    if (eq > 0) {
                        setByUnit.add(w.text().substring(0, eq));
                    }
                }
            }
        }
        for (Assignment a : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.accepted(unit, a, release);
            if (directive.isEmpty() || a.isEmpty()) {
                continue;
            }
            if (a.key().equals("Environment")) {
                checkEnvironment(a, setByUnit, context);
            } else if (PATH_PARSERS.contains(directive.get().parserIn(release))) {
                checkPath(a, context);
            }
        }
    }

    private static void checkEnvironment(Assignment a, Set<String> setByUnit, RuleContext context) {
        for (Word w : CommandLine.words(a.value())) {
            String text = w.text();
            int eq = text.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String assigned = text.substring(0, eq);
            for (int i = eq + 1; i < text.length(); i++) {
                Optional<Reference> ref = reference(text, i);
                if (ref.isEmpty()) {
                    continue;
                }
                String name = ref.get().name();
                if (name.equals(assigned) || setByUnit.contains(name) || WELL_KNOWN.contains(name)) {
                    int[] range = w.sourceRange(i, ref.get().end());
                    context.report(a.file(), a.entry().value().span(range[0], range[1]), "Environment= does not expand "
                            + text.substring(i, ref.get().end()) + ": " + assigned + " gets the literal text '"
                            + text.substring(eq + 1) + "' (systemd.exec(5): \"Variable expansion is not"
                            + " performed inside"
                            + " the strings\"). Write the value out" + (name.equals("PATH") ? " in full" : "")
                            + ", use a specifier (%h, %t, %S, …), or build the value in a wrapper script");
                    break;
                }
                i = ref.get().end() - 1;
            }
        }
    }

    private static void checkPath(Assignment a, RuleContext context) {
        String text = a.value();
        for (int i = 0; i < text.length(); i++) {
            Optional<Reference> ref = reference(text, i);
            if (ref.isPresent()) {
                context.report(a.file(), a.entry().value().span(i, ref.get().end()), a.key() + "= does not expand "
                        + text.substring(i, ref.get().end()) + ": systemd uses the path with a literal '$' in it"
                        + " (systemd.exec(5): \"shell variables such as $HOME are not expanded in this path. Use"
                        + " %-specifiers instead\"). Use a specifier (%h home, %t runtime directory, %S state"
                        + " directory, %i instance, …) or write the path out");
                return;
            }
        }
    }

    /** A variable reference starting at {@code i}: {@code $NAME} or {@code ${NAME}}. */
    record Reference(String name, int end) {
    }

    static Optional<Reference> reference(String text, int i) {
        if (text.charAt(i) != '$' || i + 1 >= text.length()) {
            return Optional.empty();
        }
        boolean braced = text.charAt(i + 1) == '{';
        int start = braced ? i + 2 : i + 1;
        int end = start;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        if (end == start || Character.isDigit(text.charAt(start))) {
            return Optional.empty();
        }
        if (braced) {
            if (end >= text.length() || text.charAt(end) != '}') {
                return Optional.empty();
            }
            return Optional.of(new Reference(text.substring(start, end), end + 1));
        }
        return Optional.of(new Reference(text.substring(start, end), end));
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
