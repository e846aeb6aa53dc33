package dev.unitlint.cli;

import dev.unitlint.findings.SafeText;
import dev.unitlint.report.RuleText;
import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.rules.RuleMetadata;
import dev.unitlint.rules.RuleNames;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unitlint explain ID}: a rule's document, rendered for the terminal. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show a rule's documentation: why it matters, what systemd does, bad and good examples.")
public final class ExplainCommand implements Callable<Integer> {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule ID such as SD301, or a rule name such as restart-always-oneshot.")
    private String rule;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "Colour the text: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ColorChoice color = ColorChoice.AUTO;

    /** Whether standard output is a terminal (set by {@link Cli}). */
    BooleanSupplier terminal = Terminal.NONE;

    @Override
    public Integer call() {
        // Resolved by the rule index generated at build time: only this rule's document is read.
        Optional<RuleMetadata> found = RuleNames.resolve(rule).map(BuiltInRules::metadata);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("unitlint: no rule '" + SafeText.escape(rule) + "'"
                    + RuleNames.hint(rule, "'unitlint rules' lists them"));
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(found.get(), color.enabled(System.getenv(), terminal.getAsBoolean())));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The document without its front matter: a title line with ID, name and severity, the
     * summary, then the Markdown with headings emphasised and code blocks indented (their
     * fences dropped) so that examples can be copied as they are.
     */
    static String render(RuleMetadata meta, boolean color) {
        StringBuilder out = new StringBuilder();
        String title = meta.id() + " " + meta.name() + " (" + meta.severity().label() + ")";
        out.append(color ? BOLD + title + RESET : title).append('\n');
        out.append(meta.summary()).append('\n');
        out.append("Applies to systemd: ").append(meta.systemd()).append('\n');
        boolean inCode = false;
        for (String line : RuleText.bodyWithoutTitle(meta).split("\n", -1)) {
            if (line.startsWith("```")) {
                if (!inCode) {
                    String[] info = line.substring(3).trim().split("\\s+");
                    if (info.length > 1) {
                        out.append("    ").append(color ? DIM + "# " + info[1] + RESET : "# " + info[1]).append('\n');
                    }
                }
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                out.append("    ").append(line).append('\n');
            } else if (line.startsWith("## ")) {
                String heading = line.substring(3).trim().toUpperCase(Locale.ROOT);
                if (!out.toString().endsWith("\n\n")) {
                    out.append('\n');
                }
                out.append(color ? BOLD + heading + RESET : heading).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        String text = out.toString();
        return text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
    }
}
