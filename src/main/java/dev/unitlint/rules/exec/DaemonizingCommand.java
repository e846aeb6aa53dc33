package dev.unitlint.rules.exec;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.rules.restart.RestartPolicy;
import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ExecStart= asks the program to put itself in the background (--daemon, --fork, …) while the
 * service is not Type=forking. systemd.service(5): "If the program daemonizes itself (i.e.
 * forks), please use Type=forking instead"; otherwise the process systemd started exits, systemd
 * takes the service for finished and kills what the program left behind.
 */
@RuleId("SD509")
public final class DaemonizingCommand implements Rule {

    /**
     * Options that mean "fork into the background" in the programs that have them. Short forms
     * (-d, -D) and --daemon are left out: many programs use them for "run as a server" without
     * forking (rsync --daemon --no-detach, nix-daemon --daemon).
     */
    private static final Set<String> FLAGS = Set.of("--daemonize", "--daemonise", "-daemonize", "--fork",
            "--background", "-background", "--detach", "--bg");

    /** Options that keep the program in the foreground whatever else the line says. */
    private static final Set<String> FOREGROUND = Set.of("--no-detach", "--nodetach", "--no-fork", "--nofork",
            "--foreground", "--no-daemon", "--nodaemon", "--no-daemonize", "--no-background");

    private static final Set<String> YES = Set.of("", "yes", "true", "1", "on");
    private static final Set<String> NO = Set.of("no", "false", "0", "off");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        RestartPolicy policy = RestartPolicy.of(unit, context.systemdVersion());
        String type = policy.type();
        boolean remains = Settings.bool(unit, "Service", "RemainAfterExit", false);
        if (type.equals("forking") || type.equals("oneshot") && remains) {
            return;
        }
        for (ExecLine line : ExecLines.inForce(unit)) {
            if (!line.key().equals("ExecStart")) {
                continue;
            }
            for (Command command : line.commandLine().commands()) {
                if (ExecLines.runsShell(command)
                        || command.arguments().stream().anyMatch(w -> FOREGROUND.contains(w.text()))) {
                    continue;
                }
                List<Word> args = command.arguments();
                for (int i = 0; i < args.size(); i++) {
                    Word word = args.get(i);
                    String text = word.text();
                    int eq = text.indexOf('=');
                    String flag = eq < 0 ? text : text.substring(0, eq);
                    String value = eq < 0 ? "" : text.substring(eq + 1).toLowerCase(Locale.ROOT);
                    boolean negated = eq < 0 && i + 1 < args.size()
                            && NO.contains(args.get(i + 1).text().toLowerCase(Locale.ROOT));
                    if (FLAGS.contains(flag) && YES.contains(value) && !negated) {
                        line.report(context, word.from(), word.to(), text + " makes " + command.programName()
                                + " fork into the background, but this service is Type=" + type + ": systemd takes the"
                                + " process it started for the service, sees it exit, and stops the service, killing"
                                + " the daemon (systemd.service(5): \"If the program daemonizes itself … please use"
                                + " Type=forking\"). Run it in the foreground (drop " + flag + "), or set"
                                + " Type=forking with PIDFile=");
                        return;
                    }
                }
            }
        }
    }
}
