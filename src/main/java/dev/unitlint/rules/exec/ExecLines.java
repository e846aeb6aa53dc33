package dev.unitlint.rules.exec;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.syntax.Entry;
import dev.unitlint.values.CommandLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command lines of a unit: the non-empty assignments of the keys that systemd reads with
 * {@code config_parse_exec()}. Each assignment is parsed when the unit loads, also one a later
 * empty assignment resets, so parse-time checks look at all of them ({@link #of}); checks of
 * what a command does when it runs look only at those in force ({@link #inForce}).
 */
final class ExecLines {

    /** The keys parsed by config_parse_exec(), per unit type (load-fragment-gperf.gperf.in). */
    static final Map<UnitType, List<String>> KEYS = Map.of(
            UnitType.SERVICE, List.of("ExecCondition", "ExecStartPre", "ExecStart", "ExecStartPost",
                    "ExecReload", "ExecStop", "ExecStopPost"),
            UnitType.SOCKET, List.of("ExecStartPre", "ExecStartPost", "ExecStopPre", "ExecStopPost"));

    /** Programs that are shells: their arguments are shell code or data for a script. */
    static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "busybox",
            "fish", "csh", "tcsh", "rbash");

    /** One command line and the assignment it is written in. */
    record ExecLine(Assignment assignment, CommandLine commandLine) {

        String key() {
            return assignment.key();
        }

        /** Reports at characters [from, to) of the value. */
        void report(RuleContext context, int from, int to, String message) {
            context.report(assignment.file(), assignment.entry().value().span(from, to), message);
        }

        void report(RuleContext context, int from, int to, String message,
                    java.util.Optional<dev.unitlint.findings.Fix> fix) {
            context.report(assignment.file(), assignment.entry().value().span(from, to), message, fix);
        }

        void report(RuleContext context, dev.unitlint.findings.Severity severity, int from, int to, String message) {
            context.report(severity, assignment.file(), assignment.entry().value().span(from, to), message);
        }

        void report(RuleContext context, dev.unitlint.findings.Severity severity, int from, int to, String message,
                    java.util.Optional<dev.unitlint.findings.Fix> fix) {
            context.report(severity, assignment.file(), assignment.entry().value().span(from, to), message, fix);
        }
    }

    private ExecLines() {
    }

    private static final Object ALL = new Object();
    private static final Object IN_FORCE = new Object();

    /** Every command line systemd parses, also those a later empty assignment resets. */
    static List<ExecLine> of(Unit unit) {
        // Five rules read the command lines: each is parsed once per unit.
        return unit.memo(ALL, ExecLines::collectAll);
    }

    /** The command lines in force: those after the last empty assignment of each key. */
    static List<ExecLine> inForce(Unit unit) {
        return unit.memo(IN_FORCE, ExecLines::collectInForce);
    }

    private static List<ExecLine> collectAll(Unit unit) {
        return collect(unit, false);
    }

    private static List<ExecLine> collectInForce(Unit unit) {
        return collect(unit, true);
    }

    private static List<ExecLine> collect(Unit unit, boolean inForceOnly) {
        List<String> keys = KEYS.get(unit.type());
        if (keys == null) {
            return List.of();
        }
        // The lines in force are some of all lines: reuse their parses.
        Map<Entry, CommandLine> parsed = new IdentityHashMap<>();
        if (inForceOnly) {
            for (ExecLine line : of(unit)) {
                parsed.put(line.assignment().entry(), line.commandLine());
            }
        }
        List<ExecLine> lines = new ArrayList<>();
        for (String key : keys) {
            String section = unit.type().ownSection();
            for (Assignment a : inForceOnly ? unit.list(section, key) : unit.assignments(section, key)) {
                if (!a.isEmpty()) {
                    CommandLine commandLine = parsed.get(a.entry());
                    lines.add(new ExecLine(a, commandLine != null ? commandLine : CommandLine.parse(a.value())));
                }
            }
        }
        return Collections.unmodifiableList(lines);
    }

    /**
     * True when the command hands its arguments to a shell or a remote command line: the
     * program or one of its words is a shell ({@code sudo -u x sh -c '…'}), or it is
     * {@code su}, {@code runuser} or {@code ssh}, which pass a command to a shell.
     */
    static boolean runsShell(CommandLine.Command command) {
        if (isShellish(command.programName())) {
            return true;
        }
        for (CommandLine.Word w : command.arguments()) {
            String t = w.text();
            int slash = t.lastIndexOf('/');
            String base = slash < 0 ? t : t.substring(slash + 1);
            if (isShellish(base)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShellish(String name) {
        return SHELLS.contains(name) || name.equals("su") || name.equals("runuser") || name.equals("ssh");
    }
}
