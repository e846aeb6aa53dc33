package dev.unitlint.rules.exec;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.CommandLine.Command;
import dev.unitlint.values.CommandLine.Word;
import java.util.Optional;
import java.util.Set;

/**
 * /dev/stderr or /dev/stdout opened by a command whose output goes to the journal.
 * systemd.exec(5), StandardOutput=: "in this case, stdout (or stderr) will be an AF_UNIX stream
 * socket, and not a pipe or FIFO that can be reopened. This means when executing shell scripts the
 * construct echo "hello" > /dev/stderr for writing text to stderr will not work. To mitigate this
 * use the construct echo "hello" >&2 instead".
 */
@RuleId("SD513")
public final class DevStderrWithJournal implements Rule {

    private static final Set<String> JOURNAL = Set.of("journal", "journal+console", "kmsg", "kmsg+console", "syslog",
            "syslog+console");

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty() || !unit.hasBase()) {
            return;
        }
        String input = Settings.value(unit, section.get(), "StandardInput").orElse("null");
        boolean fromInput = input.startsWith("tty") || input.equals("socket") || input.startsWith("fd");
        String out = Settings.value(unit, section.get(), "StandardOutput").orElse(fromInput ? "inherit" : "journal");
        String err = Settings.value(unit, section.get(), "StandardError").orElse("inherit");
        err = err.equals("inherit") ? out : err;
        for (ExecLine line : ExecLines.inForce(unit)) {
            for (Command command : line.commandLine().commands()) {
                for (Word word : command.arguments()) {
                    for (String device : new String[] {"/dev/stderr", "/dev/stdout"}) {
                        int at = word.text().indexOf(device);
                        if (at < 0 || !JOURNAL.contains(device.endsWith("err") ? err : out)) {
                            continue;
                        }
                        int[] range = word.sourceRange(at, at + device.length());
                        line.report(context, range[0], range[1], device + " cannot be opened here: standard "
                                + (device.endsWith("err") ? "error" : "output") + " of this unit goes to the journal"
                                + " through a socket, which cannot be reopened by path (systemd.exec(5)). Write >&"
                                + (device.endsWith("err") ? "2" : "1") + " instead of > " + device + ", or give the"
                                + " program '-' or no log file");
                        return;
                    }
                }
            }
        }
    }
}
