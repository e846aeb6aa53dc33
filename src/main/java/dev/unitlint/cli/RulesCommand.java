package dev.unitlint.cli;

import dev.unitlint.rules.RuleHeader;
import dev.unitlint.rules.RuleIndex;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code unitlint rules}: every rule as a table of ID, name, severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List every rule: ID, name, default severity, whether it runs by default, and summary.",
            "Rules that are off by default (the security rules, SECnnn) run when selected: --select SEC.",
            "'unitlint explain ID' shows one."})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int nameWidth = "NAME".length();
        // The headers generated at build time say all this table needs; no document is read.
        for (RuleHeader meta : RuleIndex.get().headers().values()) {
            nameWidth = Math.max(nameWidth, meta.name().length());
        }
        String row = "%-6s %-" + nameWidth + "s %-8s %-7s %s%n";
        out.printf(row, "ID", "NAME", "SEVERITY", "DEFAULT", "SUMMARY");
        for (RuleHeader meta : RuleIndex.get().headers().values()) {
            out.printf(row, meta.id(), meta.name(), meta.severity().label(), meta.enabledByDefault() ? "on" : "off",
                    meta.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
