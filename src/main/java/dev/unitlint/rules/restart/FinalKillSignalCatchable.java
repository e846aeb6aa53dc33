package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.Signals;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * FinalKillSignal= set to a signal that programs catch or ignore. systemd.kill(5): "The signal
 * configured here should be one that is not typically caught and processed by services (SIGTERM
 * is not suitable)". It is the last resort after TimeoutStopSec=; a process that handles it keeps
 * running and the stop hangs. SIGKILL (the default), or SIGQUIT/SIGABRT for a core dump, are meant.
 */
@RuleId("SD321")
public final class FinalKillSignalCatchable implements Rule {

    /** Signals programs commonly handle or ignore, by number (signal(7), x86/arm numbering). */
    private static final Map<Integer, String> CATCHABLE = Map.ofEntries(
            Map.entry(1, "SIGHUP"), Map.entry(2, "SIGINT"), Map.entry(10, "SIGUSR1"), Map.entry(12, "SIGUSR2"),
            Map.entry(13, "SIGPIPE"), Map.entry(14, "SIGALRM"), Map.entry(15, "SIGTERM"), Map.entry(17, "SIGCHLD"),
            Map.entry(18, "SIGCONT"), Map.entry(20, "SIGTSTP"), Map.entry(21, "SIGTTIN"), Map.entry(22, "SIGTTOU"),
            Map.entry(23, "SIGURG"), Map.entry(28, "SIGWINCH"));

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        Optional<Assignment> signal = Settings.inForce(unit, section.get(), "FinalKillSignal");
        if (signal.isEmpty()) {
            return;
        }
        OptionalInt number = Signals.parse(signal.get().value());
        if (number.isEmpty() || !CATCHABLE.containsKey(number.getAsInt())) {
            return;
        }
        context.reportValue(signal.get(), "FinalKillSignal=" + signal.get().value() + " is a signal programs catch or"
                + " ignore, but it is the last resort for processes that survived the stop signal and"
                + " TimeoutStopSec=: a process that handles it keeps running (systemd.kill(5): \"SIGTERM is not"
                + " suitable\"). Use SIGKILL (the default), or SIGQUIT/SIGABRT to get a core dump");
    }
}
