package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.testing.CliRun;
import dev.unitlint.testing.ProjectPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The process's entry point builds only the picocli model a run needs ({@link Cli#forArguments},
 * the {@code --version} shortcut of {@link Main}); every path must behave exactly as the whole
 * command line does.
 */
class StartupPathTest {

    private static CliRun main(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), Terminal.NONE, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static void assertSame(String... args) {
        CliRun whole = CliRun.run(args);
        CliRun started = main(args);
        assertEquals(whole, started, String.join(" ", args));
    }

    @Test
    void versionShortcutPrintsWhatPicocliPrints() {
        assertSame("--version");
        assertSame("-V");
        assertTrue(main("--version").out().startsWith("unitlint "));
    }

    @Test
    void eachSubcommandRunsAsInTheWholeCommandLine() {
        String fixture = ProjectPaths.testdata().resolve("rules/SD301").toString();
        assertSame("check", "--color=never", fixture);
        assertSame("check", "--color=never", "--format", "json", "--select", "SD3", fixture);
        assertSame("check", "--nope");
        assertSame("check", "--help");
        assertSame("rules");
        assertSame("explain", "SD301");
        assertSame("help", "check");
    }

    @Test
    void withoutASubcommandEveryOneIsKnown() {
        assertSame();
        assertSame("--help");
        assertSame("chekc");
        assertTrue(main("--help").out().contains("explain"));
        assertTrue(main("chekc").err().contains("check"), main("chekc").err());
    }
}
