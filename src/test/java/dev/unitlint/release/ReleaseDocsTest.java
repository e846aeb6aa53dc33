package dev.unitlint.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man pages and completion scripts the packages install cover every command and option of
 * the command line (they are generated from it; this catches a generator that drops some).
 * .ci/install-test.sh runs the installed scripts in bash, zsh and fish.
 */
class ReleaseDocsTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void generate() throws IOException {
        ReleaseDocs.write(out);
    }

    @Test
    void everyCommandHasAManPageListingEachOfItsOptions() throws IOException {
        for (CommandSpec command : commands()) {
            String name = command.qualifiedName("-");
            Path page = out.resolve("man/" + name + ".adoc");
            assertTrue(Files.exists(page), page.toString());
            String text = Files.readString(page);
            assertTrue(text.contains("= " + name + "(1)"), name);
            for (OptionSpec option : command.options()) {
                String shown = option.negatable() ? option.longestName().replaceFirst("^--", "--[no-]") : option.longestName();
                assertTrue(text.contains("*" + shown + "*"), name + " " + shown);
            }
        }
    }

    @Test
    void manPagesKeepGlobsAsTextAndHaveAnExitStatusAndSeeAlso() throws IOException {
        String check = Files.readString(out.resolve("man/unitlint-check.adoc"));
        assertTrue(check.contains("({asterisk}.service, {asterisk}.socket"), "globs are not bold markup");
        assertTrue(check.contains("NAME.TYPE.d/{asterisk}.conf"), "globs are not bold markup");
        assertTrue(check.contains("== Exit status"), check);
        String synopsis = check.substring(check.indexOf("== Synopsis"), check.indexOf("// end::picocli-generated-man-section-synopsis"));
        assertEquals(1, synopsis.strip().lines().skip(1).filter(l -> !l.isBlank()).count(),
                "one synopsis line, so that no wrap splits the bold markup of an option: " + synopsis);
        String unitlint = Files.readString(out.resolve("man/unitlint.adoc"));
        assertTrue(unitlint.contains("== Examples") && unitlint.contains("== See also"), unitlint);
        assertTrue(unitlint.indexOf("== See also") < unitlint.indexOf("// end::picocli-generated-full-manpage[]"));
    }

    @Test
    void bashCompletesEveryOptionOfEveryCommand() throws IOException {
        String bash = Files.readString(out.resolve("completion/unitlint.bash"));
        assertTrue(bash.contains("complete -F _complete_unitlint"), "registers a completion function for unitlint");
        for (CommandSpec command : commands()) {
            for (OptionSpec option : command.options()) {
                for (String name : option.names()) {
                    assertTrue(bash.contains(name), command.qualifiedName() + " " + name);
                }
            }
        }
        assertTrue(bash.contains("FORMAT_option_args=(\"text\" \"json\" \"sarif\" \"checkstyle\" \"github\" \"gitlab\")"),
                "--format values");
    }

    @Test
    void zshAndFishCompleteEveryOptionWithItsValues() throws IOException {
        String zsh = Files.readString(out.resolve("completion/_unitlint"));
        String fish = Files.readString(out.resolve("completion/unitlint.fish"));
        assertTrue(zsh.startsWith("#compdef unitlint\n"));
        for (CommandSpec command : commands()) {
            if (command.parent() == null) {
                continue;
            }
            String zshFunction = zshFunction(zsh, "_unitlint_" + command.name());
            String fishCondition = "-n '__fish_seen_subcommand_from " + command.name() + "'";
            for (OptionSpec option : command.options()) {
                for (String name : option.names()) {
                    assertTrue(zshFunction.contains("'" + name) || zshFunction.contains(")" + name)
                            || zshFunction.contains("*" + name), "zsh: " + command.name() + " " + name);
                    String fishName = name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1);
                    assertTrue(fish.lines().anyMatch(l -> l.contains(fishCondition) && l.contains(fishName)),
                            "fish: " + command.name() + " " + name);
                }
            }
        }
        assertTrue(zshFunction(zsh, "_unitlint_check").contains("--fail-on=[")
                && zsh.contains(":LEVEL:(error warning info never)'"), zsh);
        assertTrue(zshFunction(zsh, "_unitlint_check").contains("'*:PATH:_files'"), "check completes files");
        assertTrue(fish.contains(" -l format -x -a 'text json sarif checkstyle github gitlab'"), fish);
        assertTrue(fish.contains(" -l summary -l no-summary -d "), "negatable options complete both forms");
        assertTrue(zshFunction(zsh, "_unitlint_check").contains("'(--summary --no-summary)--no-summary["), zsh);
        assertTrue(fish.contains("complete -c unitlint -n '__fish_seen_subcommand_from check' -F\n"), "check completes files");
        assertFalse(fish.contains("%n"), "no picocli format specifiers in descriptions");
    }

    private static String zshFunction(String script, String name) {
        int start = script.indexOf(name + "() {");
        assertTrue(start >= 0, name);
        return script.substring(start, script.indexOf("\n}\n", start));
    }

    private static List<CommandSpec> commands() {
        List<CommandSpec> all = new ArrayList<>();
        CommandSpec root = ReleaseDocs.commandLine().getCommandSpec();
        all.add(root);
        for (Map.Entry<String, CommandLine> sub : root.subcommands().entrySet()) {
            all.add(sub.getValue().getCommandSpec());
        }
        assertEquals(List.of("unitlint", "check", "security", "rules", "explain", "help"), all.stream().map(CommandSpec::name).toList());
        return all;
    }
}
