package dev.unitlint.config;

import static dev.unitlint.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.cli.ExitCodes;
import dev.unitlint.rules.RuleNames;
import dev.unitlint.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule names are accepted wherever rule IDs are (issue 12, item 7): {@code --select},
 * {@code --ignore}, {@code disable=} comments and every rule list of the configuration file;
 * before, only {@code explain} knew names.
 */
class RuleNamesTest {

    /** SD301 (error, line 4) and SD001 (line 5). */
    private static final String TWO_FINDINGS = "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\nBogus\n";

    @TempDir
    Path dir;

    private Path unit;

    @BeforeEach
    void unit() throws Exception {
        unit = Files.writeString(dir.resolve("job.service"), TWO_FINDINGS);
    }

    private static List<String> rules(CliRun run) {
        return run.out().lines().map(l -> l.replaceAll(".*\\[(SD\\d+) .*", "$1")).toList();
    }

    @Test
    void resolvesIdsInAnyCaseAndNames() {
        assertEquals(Optional.of("SD301"), RuleNames.resolve("restart-always-oneshot"));
        assertEquals(Optional.of("SD301"), RuleNames.resolve(" Restart-Always-Oneshot "));
        assertEquals(Optional.of("SD301"), RuleNames.resolve("sd301"));
        assertEquals(Optional.empty(), RuleNames.resolve("restart-always"));
        assertEquals(Set.of("SD301"), RuleSelection.expand("restart-always-oneshot"));
        assertEquals(Set.of(), RuleSelection.expand("restart-always"), "a name is not a prefix");
    }

    @Test
    void selectAndIgnoreTakeNames() {
        assertEquals(List.of("SD301"), rules(run("check", "--no-config", "--select", "restart-always-oneshot",
                unit.toString())));
        assertEquals(List.of("SD001"), rules(run("check", "--no-config", "--ignore", "restart-always-oneshot",
                unit.toString())));
        assertEquals(List.of("SD301", "SD001"), rules(run("check", "--no-config", "--select",
                "missing-equals,SD3", unit.toString())));
    }

    @Test
    void aMisspeltNameIsAUsageErrorThatSaysWhichWasMeant() {
        CliRun run = run("check", "--no-config", "--select", "restart-always-oneshoot", unit.toString());
        assertEquals(ExitCodes.USAGE, run.code());
        assertEquals("unitlint: --select: 'restart-always-oneshoot' is not a unitlint rule ID, ID prefix or name;"
                + " did you mean 'restart-always-oneshot'?\nTry 'unitlint check --help' for more information.\n",
                run.err());
    }

    @Test
    void explainSuggestsTheNameMeant() {
        CliRun run = run("explain", "restart-always-oneshoot");
        assertEquals(ExitCodes.USAGE, run.code());
        assertEquals("unitlint: no rule 'restart-always-oneshoot'; did you mean 'restart-always-oneshot'?\n",
                run.err());
        assertEquals(ExitCodes.OK, run("explain", "--color=never", "sd301").code());
    }

    @Test
    void suppressionCommentsTakeNames() throws Exception {
        Path suppressed = Files.writeString(dir.resolve("suppressed.service"), """
                [Service]
                Type=oneshot
                ExecStart=/bin/true
                # unitlint: disable=restart-always-oneshot -- a patched systemd
                Restart=always
                """);
        CliRun run = run("check", "--no-config", suppressed.toString());
        assertEquals(new CliRun(ExitCodes.OK, "", ""), run, "suppressed, and SD901 sees the suppression used");

        Path fileWide = Files.writeString(dir.resolve("file-wide.service"),
                "# unitlint: disable-file=Restart-Always-Oneshot,missing-equals\n" + TWO_FINDINGS);
        assertEquals(new CliRun(ExitCodes.OK, "", ""), run("check", "--no-config", fileWide.toString()));
    }

    @Test
    void anUnusedOrUnknownNameInACommentIsReportedAsWritten() throws Exception {
        Path unused = Files.writeString(dir.resolve("unused.service"), """
                [Service]
                # unitlint: disable=missing-equals
                ExecStart=/bin/true
                # unitlint: disable=restart-alway-oneshot
                Type=simple
                """);
        CliRun run = run("check", "--no-config", "--fail-on", "info", unused.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).contains(":2:1: info: disable=missing-equals suppresses nothing: missing-equals"
                + " reports nothing on line 3."), lines.get(0));
        assertTrue(lines.get(1).contains(":4:1: info: restart-alway-oneshot is not a unitlint rule, so this"
                + " suppression suppresses nothing; did you mean 'restart-always-oneshot'?"), lines.get(1));
    }

    @Test
    void theConfigurationFileTakesNamesInEveryRuleList() throws Exception {
        Path config = Files.writeString(dir.resolve(".unitlint.yaml"), """
                select: [restart-always-oneshot, missing-equals, start-limit-in-service-section]
                ignore: [missing-equals]
                severity:
                  restart-always-oneshot: warning
                overrides:
                  - paths: ["legacy/**"]
                    ignore: [restart-always-oneshot]
                    severity: {start-limit-in-service-section: error}
                """);
        Path legacy = Files.createDirectories(dir.resolve("legacy"));
        Files.writeString(legacy.resolve("old.service"), TWO_FINDINGS + "[Service]\nStartLimitBurst=3\n");
        CliRun run = run("check", "-c", config.toString(), unit.toString(), legacy.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).contains("job.service:4:9: warning: Restart=always"), lines.get(0));
        assertTrue(lines.get(1).contains("old.service:7:1: error: StartLimitBurst="), lines.get(1));
        assertFalse(run.out().contains("SD001"), run.out());

        Path bad = Files.writeString(dir.resolve("bad.yaml"), "ignore: [restart-always-oneshoot]\n");
        CliRun error = run("check", "-c", bad.toString(), unit.toString());
        assertEquals(ExitCodes.USAGE, error.code());
        assertTrue(error.err().contains(":1: 'restart-always-oneshoot' is not a unitlint rule ID, ID prefix or"
                + " name; did you mean 'restart-always-oneshot'?"), error.err());
    }
}
