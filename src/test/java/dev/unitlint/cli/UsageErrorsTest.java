package dev.unitlint.cli;

import static dev.unitlint.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.model.SystemdVersion;
import dev.unitlint.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes on the command line (issue 12, item 5): one line with the {@code unitlint:} prefix
 * that the README promises, one line saying where help is, nothing on standard output, exit 2.
 * Before, picocli printed its message without the prefix and then 60 lines of usage.
 */
class UsageErrorsTest {

    private static final String CHECK_HINT = "Try 'unitlint check --help' for more information.";

    @TempDir
    Path dir;

    /** The run failed as a usage error with exactly this message, and the hint. */
    private static void assertUsageError(String message, String hint, CliRun run) {
        assertEquals(ExitCodes.USAGE, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(List.of("unitlint: " + message, hint), run.err().lines().toList());
    }

    @Test
    void unknownOptionIsOneLineWithTheHint() {
        assertUsageError("unknown option '--bogus'", CHECK_HINT, run("check", "--bogus", "x.service"));
    }

    @Test
    void unknownOptionCloseToAKnownOneSaysWhichWasMeant() {
        assertUsageError("unknown option '--fromat'; did you mean '--format'?", CHECK_HINT,
                run("check", "--fromat", "json", "x.service"));
    }

    @Test
    void unknownCommandSaysWhichWasMeant() {
        assertUsageError("unknown command 'chek'; did you mean 'check'?",
                "Try 'unitlint --help' for more information.", run("chek", "x.service"));
    }

    @Test
    void fileNamedLikeAnOptionGetsTheDoubleDashTip() {
        assertUsageError("unknown option '-x.service'; to check a file of that name, put -- before it", CHECK_HINT,
                run("check", "-x.service"));
    }

    @Test
    void badEnumValuesListTheChoicesInTheSpellingTheHelpUses() {
        assertUsageError("invalid value 'xml' for --format; expected one of text, json, sarif, checkstyle, github,"
                + " gitlab", CHECK_HINT, run("check", "--format", "xml", "x.service"));
        assertUsageError("invalid value 'loud' for --fail-on; expected one of error, warning, info, never",
                CHECK_HINT, run("check", "--fail-on", "loud", "x.service"));
    }

    @Test
    void systemdVersionThatIsNotANumber() {
        assertUsageError("invalid value 'abc' for --systemd-version; expected a whole number", CHECK_HINT,
                run("check", "--systemd-version", "abc", "x.service"));
    }

    @Test
    void systemdVersionOutsideTheReleasesUnitlintHasDataForNamesTheRange() throws Exception {
        Path unit = Files.writeString(dir.resolve("ok.service"), "[Service]\nExecStart=/bin/true\n");
        String range = "from " + SystemdVersion.OLDEST + " to " + SystemdVersion.NEWEST;
        assertUsageError("--systemd-version must be a systemd release " + range
                + ", the releases unitlint has data for (got 999)", CHECK_HINT,
                run("check", "--systemd-version", "999", unit.toString()));
        assertUsageError("--systemd-version must be a systemd release " + range
                + ", the releases unitlint has data for (got " + (SystemdVersion.OLDEST - 1) + ")", CHECK_HINT,
                run("check", "--systemd-version", String.valueOf(SystemdVersion.OLDEST - 1), unit.toString()));
        assertEquals(ExitCodes.OK,
                run("check", "--systemd-version", String.valueOf(SystemdVersion.NEWEST), unit.toString()).code());
        assertEquals(ExitCodes.OK,
                run("check", "--systemd-version", String.valueOf(SystemdVersion.OLDEST), unit.toString()).code());
    }

    @Test
    void checkWithoutAPath() {
        assertUsageError("no PATH given: name the unit files or folders to check, or a system tree with --root DIR",
                CHECK_HINT, run("check"));
    }

    @Test
    void optionWithoutItsValue() {
        assertUsageError("--format needs a value (FORMAT)", CHECK_HINT, run("check", "x.service", "--format"));
    }

    @Test
    void stdinFilenameWithoutStandardInputIsAnErrorNotIgnored() throws Exception {
        Path unit = Files.writeString(dir.resolve("ok.service"), "[Service]\nExecStart=/bin/true\n");
        assertUsageError("--stdin-filename names standard input, which is read only when a PATH is '-'"
                + " (e.g. --stdin-filename foo.service -)", CHECK_HINT,
                run("check", "--stdin-filename", "foo.service", unit.toString()));
    }

    @Test
    void textReportOptionsWithAMachineFormatAreErrorsNotIgnored() {
        assertUsageError("--statistics is for the text report; --format json has no source lines, summary or"
                + " statistics", CHECK_HINT, run("check", "--format", "json", "--statistics", "x.service"));
        assertUsageError("--show-source is for the text report; --format sarif has no source lines, summary or"
                + " statistics", CHECK_HINT, run("check", "-f", "sarif", "--show-source", "x.service"));
    }

    @Test
    void noCommand() {
        assertUsageError("missing command, such as 'unitlint check PATH...'",
                "Try 'unitlint --help' for more information.", run());
    }

    @Test
    void explainWithoutARule() {
        assertUsageError("missing RULE", "Try 'unitlint explain --help' for more information.", run("explain"));
    }

    @Test
    void anOptionNameMadeOfEscapeSequencesIsPrintedEscaped() {
        // find . -name '*.service' | xargs unitlint check: a file name is an argument.
        CliRun run = run("check", "-\u001B]0;owned\u0007.service");
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().startsWith("unitlint: unknown option '-\\x1b]0;owned\\x07.service'"), run.err());
    }
}
