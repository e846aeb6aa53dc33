package dev.unitlint.cli;

import static dev.unitlint.testing.CliRun.onTerminal;
import static dev.unitlint.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unitlint.report.ProjectInfo;
import dev.unitlint.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the text report adds for a person at a terminal, and what it leaves out for pipes and
 * machines (issue 12, item 7): the summary line, {@code --statistics}, source lines that do not
 * depend on colour, and a documentation link per finding.
 */
class OutputHabitsTest {

    @TempDir
    Path dir;

    private Path units;
    private Path bad;

    @BeforeEach
    void units() throws Exception {
        units = Files.createDirectories(dir.resolve("units"));
        bad = Files.writeString(units.resolve("bad.service"),
                "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\nStartLimitBurst=3\n");
        Files.writeString(units.resolve("ok.service"), "[Service]\nExecStart=/bin/true\n");
        Files.writeString(units.resolve("also-ok.socket"), "[Socket]\nListenStream=80\n");
    }

    @Test
    void onATerminalEachFindingShowsItsSourceAndDocumentAndASummaryEndsTheReport() {
        CliRun run = onTerminal("check", "--no-config", "--color=never", units.toString());
        assertEquals(ExitCodes.FINDINGS, run.code(), run.err());
        assertEquals(bad + ":4:9: error: Restart=always is not allowed with Type=oneshot: systemd refuses to load"
                + " this service. A oneshot service is never restarted after a clean exit; use Restart=on-failure,"
                + " or a .timer unit to run it again periodically [SD301 restart-always-oneshot]\n"
                + " 4 | Restart=always\n"
                + "   |         ^^^^^^\n"
                + "   = see " + ProjectInfo.ruleDocument("SD301") + "\n", run.out().lines().limit(4)
                .map(l -> l + "\n").reduce("", String::concat));
        List<String> lines = run.out().lines().toList();
        assertEquals("Found 1 error, 1 warning in 1 of 3 files.", lines.get(lines.size() - 1));
        assertEquals("", run.err(), "the summary is part of the report, on standard output (as ruff and mypy)");
    }

    @Test
    void sourceLinesDoNotDependOnColour() {
        // --color=never is what NO_COLOR gives; before, the source lines went with the colour.
        assertTrue(onTerminal("check", "--no-config", "--color=never", bad.toString()).out()
                .contains(" 4 | Restart=always\n"));
        assertTrue(run("check", "--no-config", "--show-source", bad.toString()).out()
                .contains(" 4 | Restart=always\n"), "asked for in a pipe");
        String coloured = onTerminal("check", "--no-config", "--color=always", "--no-show-source", bad.toString()).out();
        assertTrue(coloured.contains("\u001B["), coloured);
        assertFalse(coloured.contains("Restart=always\n"), coloured);
    }

    @Test
    void inAPipeTheReportIsOneLinePerFindingAndNothingElse() {
        CliRun run = run("check", "--no-config", units.toString());
        assertEquals(2, run.out().lines().count(), run.out());
        assertTrue(run.out().lines().allMatch(l -> l.startsWith(bad + ":")), run.out());
    }

    @Test
    void theSummaryCanBeAskedForOrRefused() {
        List<String> piped = run("check", "--no-config", "--summary", units.toString()).out().lines().toList();
        assertEquals("Found 1 error, 1 warning in 1 of 3 files.", piped.get(piped.size() - 1));
        assertFalse(onTerminal("check", "--no-config", "--no-summary", units.toString()).out().contains("Found "));
    }

    @Test
    void aCleanRunOnATerminalSaysSo() {
        CliRun run = onTerminal("check", "--no-config", "--color=never", units.resolve("ok.service").toString(),
                units.resolve("also-ok.socket").toString());
        assertEquals(new CliRun(ExitCodes.OK, "No problems found in 2 files.\n", ""), run);
        assertEquals(new CliRun(ExitCodes.OK, "", ""), run("check", "--no-config",
                units.resolve("ok.service").toString()), "nothing at all in a pipe");
    }

    @Test
    void theSummaryCountsFilesThatCouldNotBeChecked() {
        CliRun run = onTerminal("check", "--no-config", "--color=never", units.resolve("ok.service").toString(),
                units.resolve("missing.service").toString());
        assertEquals(ExitCodes.ERROR, run.code());
        assertEquals("No problems found in 1 file; 1 path could not be checked.\n", run.out());
    }

    @Test
    void machineFormatsHaveNoSummaryOrSourceOnATerminal() throws Exception {
        CliRun run = onTerminal("check", "--no-config", "--format", "json", units.toString());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(2, report.get("findings").size());
        assertFalse(run.out().contains("Found "));
    }

    @Test
    void jsonGivesEachFindingItsDocumentAddress() throws Exception {
        JsonNode report = new ObjectMapper().readTree(run("check", "--no-config", "-f", "json", bad.toString()).out());
        for (JsonNode finding : report.get("findings")) {
            assertEquals(ProjectInfo.HOME + "/blob/main/rules/" + finding.get("ruleId").asText() + ".md",
                    finding.get("url").asText());
        }
        assertEquals(1, report.get("version").asInt(), "a field was added: still version 1");
    }

    @Test
    void statisticsCountFindingsPerRuleInsteadOfListingThem() throws Exception {
        Files.writeString(units.resolve("bad2.service"),
                "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n");
        CliRun run = run("check", "--no-config", "--statistics", units.toString());
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("2  SD301  error    restart-always-oneshot\n"
                + "1  SD303  warning  start-limit-in-service-section\n", run.out());
        CliRun terminal = onTerminal("check", "--no-config", "--color=never", "--statistics", units.toString());
        assertTrue(terminal.out().endsWith("Found 2 errors, 1 warning in 2 of 4 files.\n"), terminal.out());
    }
}
