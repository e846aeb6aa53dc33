package dev.unitlint.rules.exec;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.CommandLine.Command;
import java.util.Optional;
import java.util.Set;

/**
 * Prefixes of a command line that do not do what they are likely meant to (systemd.service(5),
 * "Special executable prefixes"):
 * <ul>
 *   <li>{@code -} on the main {@code ExecStart=} of a service with {@code Restart=on-failure}
 *       (or on-abnormal, on-abort): a failing exit then counts as success, so the service is
 *       never restarted;</li>
 *   <li>{@code +} on the main {@code ExecStart=} of a service with {@code User=} or
 *       {@code DynamicUser=}: the daemon runs as root without any sandboxing (information: the
 *       prefix is deliberate syntax, rarely an accident);</li>
 *   <li>{@code !} or {@code !!} without {@code User=}, {@code Group=} or {@code DynamicUser=}:
 *       they only skip credential changes, of which there are none.</li>
 * </ul>
 */
@RuleId("SD505")
public final class ExecPrefixMisuse implements Rule {

    private static final Set<String> RESTART_ON_FAILURE = Set.of("on-failure", "on-abnormal", "on-abort");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!ExecLines.KEYS.containsKey(unit.type())) {
            return;
        }
        String section = unit.type().ownSection();
        Optional<Assignment> user = nonEmpty(unit.last(section, "User"));
        Optional<Assignment> group = nonEmpty(unit.last(section, "Group"));
        boolean dynamicUser = unit.last(section, "DynamicUser").map(a -> isTrue(a.value())).orElse(false);
        Optional<String> restart = unit.type() == UnitType.SERVICE
                ? unit.last(section, "Restart").map(Assignment::value) : Optional.empty();
        // A oneshot service runs its ExecStart= lines one after the other; '+' on a helper step is common.
        boolean oneshot = unit.last(section, "Type").map(a -> a.value().equals("oneshot")).orElse(false);
        for (ExecLine line : ExecLines.inForce(unit)) {
            boolean mainProcess = unit.type() == UnitType.SERVICE && line.key().equals("ExecStart");
            for (Command command : line.commandLine().commands()) {
                int from = command.first().from();
                int to = from + command.prefixes().length();
                if (mainProcess && command.ignoresFailure() && restart.isPresent()
                        && RESTART_ON_FAILURE.contains(restart.get())) {
                    int dash = from + command.prefixes().indexOf('-');
                    line.report(context, Severity.WARNING, dash, dash + 1, "the '-' prefix makes systemd treat a"
                            + " failing exit of the main process as success, so Restart=" + restart.get()
                            + " does not restart it when it exits with an error or is killed (only timeouts and the"
                            + " watchdog still count). Remove '-' (use SuccessExitStatus= for exit codes that are not"
                            + " failures)");
                }
                // Information: '+' is opt-out syntax nobody writes by accident (rpm-ostreed's main process
                // starts privileged on purpose, a comment says so), unlike '-' above, whose effect on
                // restarts goes unseen.
                if (mainProcess && !oneshot && command.fullyPrivileged() && (user.isPresent() || dynamicUser)) {
                    int plus = from + command.prefixes().indexOf('+');
                    line.report(context, Severity.INFO, plus, plus + 1, "the '+' prefix runs the main process"
                            + " as root with no sandboxing: " + (dynamicUser ? "DynamicUser=" : "User=")
                            + " and the other security settings of the unit do not apply to it. Unless the daemon"
                            + " is meant to start privileged, remove '+', or keep it only on helper commands such as"
                            + " ExecStartPre=");
                }
                if (command.prefixes().contains("!") && user.isEmpty() && group.isEmpty() && !dynamicUser) {
                    int bang = from + command.prefixes().indexOf('!');
                    String written = command.prefixes().contains("!!") ? "!!" : "!";
                    line.report(context, Severity.INFO, bang, bang + written.length(), "the '" + written
                            + "' prefix only skips the change to User= and Group=, and this unit sets neither:"
                            + " it has no effect. Remove it, or set User=");
                }
            }
        }
    }

    private static Optional<Assignment> nonEmpty(Optional<Assignment> a) {
        return a.filter(x -> !x.isEmpty());
    }

    private static boolean isTrue(String v) {
        return Set.of("1", "yes", "y", "true", "t", "on").contains(v.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
