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
        description = "List every rule: ID, name, default severity and summary. 'unitlint explain ID' shows one.")
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
        String row = "%-6s %-" + nameWidth + "s %-8s %s%n";
        out.printf(row, "ID", "NAME", "SEVERITY", "SUMMARY");
        for (RuleHeader meta : RuleIndex.get().headers().values()) {
            out.printf(row, meta.id(), meta.name(), meta.severity().label(), meta.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
