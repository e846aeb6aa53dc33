package dev.unitlint.rules.exec;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.CommandLine.Command;
import java.util.Optional;
import java.util.Set;

/**
 * MemoryDenyWriteExecute=yes for a program that compiles code at run time. systemd.exec(5): "this
 * option is incompatible with programs and libraries that generate program code dynamically at
 * runtime, including JIT execution engines" — the JVM, Node.js, .NET and others then crash or
 * refuse to start.
 */
@RuleId("SD516")
public final class JitWithMemoryDenyWriteExecute implements Rule {

    /** Programs that are JIT engines by default. */
    private static final Set<String> JIT = Set.of("java", "node", "nodejs", "deno", "bun", "dotnet", "mono", "pypy",
            "pypy3", "luajit", "julia", "erl", "beam.smp", "elixir", "iex");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        Optional<Assignment> mdwe = Settings.ifTrue(unit, "Service", "MemoryDenyWriteExecute");
        if (mdwe.isEmpty()) {
            return;
        }
        for (ExecLine line : ExecLines.inForce(unit)) {
            if (!line.key().equals("ExecStart")) {
                continue;
            }
            for (Command command : line.commandLine().commands()) {
                if (command.fullyPrivileged()) {
                    continue;
                }
                String name = command.programName();
                if (JIT.contains(name) || name.startsWith("qemu-system-")) {
                    context.reportKey(mdwe.get(), "MemoryDenyWriteExecute=yes forbids writable and executable memory,"
                            + " which " + name + " (ExecStart=) needs for the code it compiles at run time: it"
                            + " crashes or"
                            + " refuses to start (systemd.exec(5): \"incompatible with … JIT execution engines\")."
                            + " Remove the line for this service");
                    return;
                }
            }
        }
    }
}
