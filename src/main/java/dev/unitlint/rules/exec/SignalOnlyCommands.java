package dev.unitlint.rules.exec;

import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Word;
import java.util.List;
import java.util.Optional;

/**
 * Recognises "kill [-SIGNAL | -s SIGNAL] $MAINPID": a command that only sends a signal to the main
 * process and returns.
 */
final class SignalOnlyCommands {

    private SignalOnlyCommands() {
    }

    /** The signal the command sends ("TERM" when none is named), or empty when it is not such a command. */
    static Optional<String> signalToMainPid(Command command) {
        if (!command.programName().equals("kill")) {
            return Optional.empty();
        }
        List<Word> args = command.arguments();
        String signal = "TERM";
        int i = 0;
        if (i < args.size() && args.get(i).text().equals("-s") && i + 1 < args.size()) {
            signal = args.get(i + 1).text();
            i += 2;
        } else if (i < args.size() && args.get(i).text().startsWith("-") && args.get(i).text().length() > 1) {
            signal = args.get(i).text().substring(1);
            i++;
        }
        if (i != args.size() - 1) {
            return Optional.empty();
        }
        String target = args.get(i).text();
        if (!target.equals("$MAINPID") && !target.equals("${MAINPID}")) {
            return Optional.empty();
        }
        if (signal.startsWith("SIG")) {
            signal = signal.substring(3);
        }
        return Optional.of(signal.chars().allMatch(Character::isDigit) ? "signal " + signal : "SIG" + signal);
    }
}
