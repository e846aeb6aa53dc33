package dev.unitlint.rules.exec;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.rules.exec.VariableNotExpanded.Reference;
import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A variable in a command line that has no value when the command runs, so it expands to
 * nothing (systemd.service(5): "Variables whose value is not known at expansion time are treated
 * as empty strings"). Either nothing sets it — no Environment=, and no EnvironmentFile=,
 * PassEnvironment= or PAM module that could — or systemd sets it only for other commands:
 * $MAINPID for control processes once the main process is known, $SERVICE_RESULT, $EXIT_CODE and
 * $EXIT_STATUS for ExecStop=/ExecStopPost=, $MONITOR_* for ExecStartPre=/ExecStart=, $HOME,
 * $LOGNAME and $SHELL only with User= (systemd.exec(5), "Environment Variables in Spawned
 * Processes").
 */
@RuleId("SD507")
public final class VariableExpandsEmpty implements Rule {

    /** Variables the system manager sets or may pass on in every unit (or that cannot be judged from files). */
    private static final Set<String> ALWAYS_OR_UNKNOWN = Set.of("PATH", "LANG", "LANGUAGE", "TZ", "USER",
            "INVOCATION_ID", "SYSTEMD_EXEC_PID", "JOURNAL_STREAM", "LOG_NAMESPACE", "MANAGERPID", "MANAGERPIDFDID",
            "NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "LISTEN_PIDFDID", "LISTEN_FDNAMES", "WATCHDOG_PID",
            "WATCHDOG_USEC", "REMOTE_ADDR", "REMOTE_PORT", "SO_COOKIE", "TRIGGER_UNIT", "TRIGGER_PATH",
            "TRIGGER_TIMER_REALTIME_USEC", "TRIGGER_TIMER_MONOTONIC_USEC", "MEMORY_PRESSURE_WATCH",
            "MEMORY_PRESSURE_WRITE", "CPU_PRESSURE_WATCH", "CPU_PRESSURE_WRITE", "IO_PRESSURE_WATCH",
            "IO_PRESSURE_WRITE",
            "DEBUG_INVOCATION", "XDG_RUNTIME_DIR", "XDG_SEAT", "XDG_VTNR", "XDG_SESSION_ID", "TMPDIR", "container",
            "container_uuid", "FDSTORE");

    private static final String UNSET = "no Environment= of this unit sets ";

    private static final Set<String> LOGIN = Set.of("HOME", "LOGNAME", "SHELL");
    private static final Set<String> RESULT = Set.of("SERVICE_RESULT", "EXIT_CODE", "EXIT_STATUS");
    private static final List<String> DIRECTORIES = List.of("RUNTIME", "STATE", "CACHE", "LOGS", "CONFIGURATION");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.hasBase() || (unit.type() != UnitType.SERVICE && unit.type() != UnitType.SOCKET)) {
            return;
        }
        String section = unit.type().ownSection();
        Set<String> set = Settings.environmentNames(unit, section);
        boolean opaque = Settings.hasItems(unit, section, "EnvironmentFile")
                || Settings.hasItems(unit, section, "PassEnvironment")
                || Settings.inForce(unit, section, "PAMName").isPresent()
                || Settings.maybeUserUnit(unit);
        for (ExecLine line : ExecLines.inForce(unit)) {
            for (Command command : line.commandLine().commands()) {
                if (command.noEnvironmentExpansion()) {
                    continue;
                }
                for (Word word : command.arguments()) {
                    for (Ref ref : references(word)) {
                        Optional<String> why = why(unit, section, line.key(), ref.name(), set, opaque);
                        if (why.isPresent()) {
                            int[] range = word.sourceRange(ref.start(), ref.end());
                            // A variable nobody sets is often an extension point for drop-ins ($OPTS): information.
                            // One systemd sets for other commands only is surely a mistake: the rule's warning.
                            Severity severity = why.get().startsWith(UNSET) ? Severity.INFO : Severity.WARNING;
                            line.report(context, severity, range[0], range[1], word.text().substring(ref.start(),
                                    ref.end()) + " expands to nothing in " + line.key() + "=: " + why.get());
                            return;
                        }
                    }
                }
            }
        }
    }

    /** A variable reference at [start, end) of a word. */
    private record Ref(String name, int start, int end) {
    }

    /** The references systemd replaces in a word: the whole word {@code $NAME}, or {@code ${NAME}} anywhere. */
    private static List<Ref> references(Word word) {
        String text = word.text();
        List<Ref> refs = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '$') {
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
                i++;
                continue;
            }
            Optional<Reference> ref = VariableNotExpanded.reference(text, i);
            if (ref.isEmpty()) {
                continue;
            }
            boolean braced = text.charAt(i + 1) == '{';
            if (braced || (i == 0 && ref.get().end() == text.length())) {
                refs.add(new Ref(ref.get().name(), i, ref.get().end()));
            }
            i = ref.get().end() - 1;
        }
        return refs;
    }

    private static Optional<String> why(Unit unit, String section, String key, String name, Set<String> set,
                                        boolean opaque) {
        if (set.contains(name)) {
            return Optional.empty();
        }
        boolean service = unit.type() == UnitType.SERVICE;
        if (name.equals("MAINPID") || name.equals("MAINPIDFDID")) {
            boolean before = !service || key.equals("ExecStart") || key.equals("ExecStartPre")
                    || key.equals("ExecCondition");
            return before ? Optional.of("systemd sets $" + name + " only for control processes (ExecReload=, ExecStop=,"
                    + " …) once the main process is known (systemd.exec(5)), and " + key + "= runs "
                    + (service ? "before that" : "in a socket unit, which has no main process")
                    + ". Pass the PID some other way, or move the command to ExecStartPost=") : Optional.empty();
        }
        if (RESULT.contains(name)) {
            return service && (key.equals("ExecStop") || key.equals("ExecStopPost")) ? Optional.empty()
                    : Optional.of("systemd sets $" + name + " only for ExecStop= and ExecStopPost= (systemd.exec(5))."
                    + " Move the command there");
        }
        if (name.startsWith("MONITOR_")) {
            return service && (key.equals("ExecStart") || key.equals("ExecStartPre")) ? Optional.empty()
                    : Optional.of("systemd sets $" + name + " only for ExecStartPre= and ExecStart= of a unit started"
                    + " by OnFailure=/OnSuccess= (systemd.exec(5))");
        }
        if (LOGIN.contains(name)) {
            boolean login = Settings.inForce(unit, section, "User").isPresent()
                    || Settings.bool(unit, section, "DynamicUser", false)
                    || Settings.inForce(unit, section, "PAMName").isPresent();
            boolean wanted = Settings.bool(unit, section, "SetLoginEnvironment", login);
            if (wanted || Settings.maybeUserUnit(unit)) {
                return Optional.empty();
            }
            return Optional.of("systemd sets $HOME, $LOGNAME and $SHELL only for units with User= (or"
                    + " SetLoginEnvironment=yes) (systemd.exec(5)). Write the path out, or use a specifier such as %h");
        }
        for (String kind : DIRECTORIES) {
            if (name.equals(kind + "_DIRECTORY")) {
                String keyName = kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT) + "Directory";
                return Settings.hasItems(unit, section, keyName) || opaque ? Optional.empty()
                        : Optional.of("systemd sets $" + name + " only when " + keyName + "= is set, and it is not."
                        + " Set " + keyName + "=");
            }
        }
        if (name.equals("CREDENTIALS_DIRECTORY")) {
            boolean credentials = unit.assignments(section).stream().anyMatch(a -> !a.isEmpty()
                    && (a.key().startsWith("LoadCredential") || a.key().startsWith("SetCredential")
                    || a.key().equals("ImportCredential")));
            return credentials || opaque ? Optional.empty() : Optional.of("systemd sets $CREDENTIALS_DIRECTORY only for"
                    + " units with LoadCredential=, SetCredential= or ImportCredential=, and this unit has none");
        }
        if (name.equals("PIDFILE")) {
            return Settings.inForce(unit, section, "PIDFile").isPresent() ? Optional.empty()
                    : Optional.of("systemd sets $PIDFILE only when PIDFile= is set");
        }
        if (opaque || ALWAYS_OR_UNKNOWN.contains(name) || name.startsWith("LC_") || name.equals("TERM")) {
            return Optional.empty();
        }
        return Optional.of(UNSET + name + ", there is no EnvironmentFile= or PassEnvironment=, and systemd does not"
                + " set it (systemd.service(5): \"Variables whose value is not known at expansion time are treated as"
                + " empty strings\"). Set it with Environment=" + name + "=…, or check the spelling; if it is a hook"
                + " for drop-ins, set it to an empty default with Environment=" + name + "=");
    }
}
