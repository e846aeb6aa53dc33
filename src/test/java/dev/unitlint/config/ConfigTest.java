package dev.unitlint.config;

import static dev.unitlint.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.cli.ExitCodes;
import dev.unitlint.findings.Severity;
import dev.unitlint.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .unitlint.yaml}: discovery, reading with line numbers, and how it combines with the command line. */
class ConfigTest {

    @TempDir
    Path dir;


    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Fires SD301 (error, line 4) and, with systemd < 229 irrelevant, nothing else. */
    private static final String ONESHOT_ALWAYS = "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n";
    /** Fires SD301 only before systemd 244. */
    private static final String ONESHOT_ON_FAILURE = "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=on-failure\n";

    @Test
    void isFoundUpwardFromTheWorkingDirectoryButNotAboveTheRepositoryRoot() throws Exception {
        Path config = write("repo/.unitlint.yaml", "fail-on: error\n");
        Files.createDirectories(dir.resolve("repo/.git"));
        Path deep = Files.createDirectories(dir.resolve("repo/units/web"));
        assertEquals(Optional.of(config), ConfigFinder.find(deep));

        write("outer/.unitlint.yml", "fail-on: error\n");
        Path inner = Files.createDirectories(dir.resolve("outer/repo/units"));
        Files.createDirectories(dir.resolve("outer/repo/.git"));
        assertEquals(Optional.empty(), ConfigFinder.find(inner), "the search stops at the repository root");
    }

    @Test
    void readsEverySetting() throws Exception {
        Path file = write(".unitlint.yaml", """
                # settings for this repository
                systemd-version: 252
                fail-on: error
                select: [SD0, SD3]
                ignore:
                  - SD302
                severity:
                  SD303: warning
                exclude: ["vendor/**", "*.generated.service"]
                overrides:
                  - paths: ["legacy/**"]
                    ignore: [SD301]
                    severity: {SD001: info}
                """);
        Config config = ConfigReader.read(file);
        assertEquals(Optional.of(252), config.systemdVersion());
        assertEquals(Optional.of("error"), config.failOn());
        assertEquals(List.of("SD0", "SD3"), config.select());
        assertEquals(List.of("SD302"), config.ignore());
        assertEquals(Severity.WARNING, config.severity().get("SD303"));
        assertEquals(2, config.exclude().size());
        assertEquals(Set.of("SD301"), config.overrides().get(0).ignore());
        assertEquals(Severity.INFO, config.overrides().get(0).severity().get("SD001"));
        assertTrue(RuleSelection.disabled(config.select(), config.ignore()).contains("SD302"));
        assertFalse(RuleSelection.disabled(config.select(), config.ignore()).contains("SD301"));
    }

    @Test
    void mistakesAreReportedWithTheirLine() throws Exception {
        assertError("systemd-version: 252\nseverity:\n  SD303: loud\n", ":3: severity must be error, warning or info");
        assertError("fail-on: warning\nignroe: [SD301]\n", ":2: unknown key 'ignroe'");
        assertError("select:\n  - SD301\n  - XX999\n", ":3: 'XX999' is not a unitlint rule ID");
        assertError("systemd-version: two-five-two\n", ":1: systemd-version must be a whole number");
        assertError("fail-on: [error\n", ": not valid YAML");
        assertError("overrides:\n  - ignore: [SD301]\n", ":2: an overrides entry needs 'paths:'");
        assertError("ignore: [SD301]\nignore: [SD302]\n", ":2: 'ignore' is set twice");
    }

    private void assertError(String yaml, String expected) throws Exception {
        Path file = write("bad.yaml", yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigReader.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage() + " should contain " + expected);
    }

    @Test
    void aBadConfigurationFileIsAOneLineUsageError() throws Exception {
        Path config = write(".unitlint.yaml", "fail-on: sometimes\n");
        Path unit = write("job.service", ONESHOT_ALWAYS);
        CliRun run = run("check", "--config", config.toString(), unit.toString());
        assertEquals(ExitCodes.USAGE, run.code());
        assertEquals("unitlint: " + config + ":1: fail-on must be one of error, warning, info, never (got 'sometimes')\n",
                run.err());
        assertEquals(ExitCodes.USAGE, run("check", "--config", dir.resolve("none.yaml").toString(), unit.toString()).code());
    }

    @Test
    void theFileSetsTheTargetReleaseAndTheCommandLineWins() throws Exception {
        Path config = write(".unitlint.yaml", "systemd-version: 243\n");
        Path unit = write("job.service", ONESHOT_ON_FAILURE);
        assertEquals(ExitCodes.FINDINGS, run("check", "-c", config.toString(), unit.toString()).code());
        assertEquals(ExitCodes.OK,
                run("check", "-c", config.toString(), "--systemd-version", "257", unit.toString()).code());
    }

    @Test
    void failOnFromTheFileAndFromTheCommandLine() throws Exception {
        Path config = write(".unitlint.yaml", "fail-on: never\n");
        Path unit = write("job.service", ONESHOT_ALWAYS);
        assertEquals(ExitCodes.OK, run("check", "-c", config.toString(), unit.toString()).code());
        assertEquals(ExitCodes.FINDINGS, run("check", "-c", config.toString(), "--fail-on", "error", unit.toString()).code());
    }

    @Test
    void selectAndIgnoreFromTheCommandLineAndTheFile() throws Exception {
        Path unit = write("job.service", ONESHOT_ALWAYS + "Bogus\n");
        assertEquals(2, run("check", "--no-config", unit.toString()).out().lines().count());
        CliRun ignored = run("check", "--no-config", "--ignore", "SD301", unit.toString());
        assertTrue(ignored.out().contains("SD001") && !ignored.out().contains("SD301"), ignored.out());
        CliRun selected = run("check", "--no-config", "--select", "SD3", unit.toString());
        assertTrue(!selected.out().contains("SD001") && selected.out().contains("SD301"), selected.out());
        CliRun unknown = run("check", "--no-config", "--select", "SD301,NOPE", unit.toString());
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertTrue(unknown.err().startsWith("unitlint: --select: 'NOPE' is not a unitlint rule"), unknown.err());

        Path config = write(".unitlint.yaml", "ignore: [SD301]\n");
        assertFalse(run("check", "-c", config.toString(), unit.toString()).out().contains("SD301"));
        assertTrue(run("check", "-c", config.toString(), "--select", "SD301", unit.toString()).out().contains("SD301"),
                "a rule selected on the command line runs even when the file ignores it");
    }

    @Test
    void severityPerRuleAndPerPathOverridesAndExcludes() throws Exception {
        write("units/job.service", ONESHOT_ALWAYS);
        write("legacy/old.service", ONESHOT_ALWAYS);
        write("vendor/theirs.service", ONESHOT_ALWAYS);
        Path config = write(".unitlint.yaml", """
                severity: {SD301: warning}
                exclude: ["vendor/**"]
                overrides:
                  - paths: ["legacy/**"]
                    severity: {SD301: info}
                """);
        CliRun run = run("check", "--color=never", "-c", config.toString(), dir.toString());
        assertEquals(2, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("units/job.service:4:9: warning:"), run.out());
        assertTrue(run.out().contains("legacy/old.service:4:9: info:"), run.out());
        CliRun named = run("check", "-c", config.toString(), dir.resolve("vendor/theirs.service").toString());
        assertEquals(new CliRun(ExitCodes.OK, "", ""), named, "excluded even when named on the command line");
    }

    @Test
    void globsWithoutASlashMatchFileNamesAnywhere() {
        PathGlob glob = new PathGlob("*.generated.service");
        assertTrue(glob.matches(Path.of("a/b/x.generated.service")));
        assertFalse(glob.matches(Path.of("a/b/x.service")));
        assertTrue(new PathGlob("units").matches(Path.of("units/a/x.service")));
    }
}
