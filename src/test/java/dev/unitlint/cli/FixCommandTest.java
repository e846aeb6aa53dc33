package dev.unitlint.cli;

import static dev.unitlint.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unitlint.report.AtomicFile;
import dev.unitlint.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --fix}, {@code --diff} and {@code --unsafe-fixes} on real files in a temporary folder. */
class FixCommandTest {

    private static final String UNIT = """
            [Unit]
            Description=Backup
            After=network-online.target

            [Service]
            Type=oneshot
            ExecStart=/usr/bin/backup
            Restart=always
            StandardOutput=syslog
            """;

    @TempDir
    Path dir;

    private Path unit(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void fixAppliesSafeFixesKeepsTheModeAndReportsWhatIsLeft() throws Exception {
        Path file = unit("backup.service", UNIT);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        CliRun result = run("check", "--no-config", "--fix", file.toString());
        assertEquals(ExitCodes.FINDINGS, result.code(), result.err());
        assertEquals("""
                [Unit]
                Description=Backup
                After=network-online.target
                Wants=network-online.target

                [Service]
                Type=oneshot
                ExecStart=/usr/bin/backup
                Restart=always
                StandardOutput=journal
                """, Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        // Restart=always is left: its fix is unsafe.
        assertTrue(result.out().contains("[SD301 restart-always-oneshot]"), result.out());
        assertFalse(result.out().contains("SD701"), result.out());
        assertTrue(result.err().contains("unitlint: fixed 2 findings in 1 file (SD601 1, SD701 1);"
                + " 1 more with --unsafe-fixes"), result.err());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void unsafeFixesAreAppliedOnlyWhenAskedFor() throws Exception {
        Path file = unit("backup.service", UNIT);
        CliRun result = run("check", "--no-config", "--fix", "--unsafe-fixes", file.toString());
        assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
        assertTrue(Files.readString(file).contains("Restart=on-failure\n"));
        assertFalse(result.out().contains("SD301"), result.out());
    }

    @Test
    void diffPrintsAUnifiedDiffAndWritesNothing() throws Exception {
        Path file = unit("backup.service", UNIT);
        FileTime before = Files.getLastModifiedTime(file);
        CliRun result = run("check", "--no-config", "--diff", file.toString());
        assertEquals(ExitCodes.FINDINGS, result.code(), "--diff exits 1 when there is something to change");
        assertEquals(UNIT, Files.readString(file));
        assertEquals(before, Files.getLastModifiedTime(file));
        // What GNU diff -u prints for these two texts (one hunk: the changes are 6 lines apart).
        assertEquals("--- " + file + "\n+++ " + file + "\n"
                + "@@ -1,9 +1,10 @@\n"
                + " [Unit]\n Description=Backup\n After=network-online.target\n+Wants=network-online.target\n"
                + " \n [Service]\n Type=oneshot\n ExecStart=/usr/bin/backup\n Restart=always\n"
                + "-StandardOutput=syslog\n+StandardOutput=journal\n", result.out());
        assertTrue(result.err().contains("unitlint: would fix 2 findings in 1 file"), result.err());
    }

    @Test
    void diffOfACleanFileIsEmptyAndExitsZero() throws Exception {
        Path file = unit("clean.service", "[Service]\nExecStart=/usr/bin/true\n");
        CliRun result = run("check", "--no-config", "--diff", file.toString());
        assertEquals(ExitCodes.OK, result.code(), result.err());
        assertEquals("", result.out());
    }

    @Test
    void suppressedFindingsAndExcludedRulesAreNotFixed() throws Exception {
        String text = "[Service]\nExecStart=/usr/bin/daemon\n# unitlint: disable=SD701 -- read by a log shipper\n"
                + "StandardOutput=syslog\nPIDFile=/var/run/daemon.pid\n";
        Path file = unit("daemon.service", text);
        CliRun result = run("check", "--no-config", "--fix", "--ignore", "SD703", file.toString());
        assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
        assertEquals(text, Files.readString(file));
    }

    @Test
    void standardInputIsNeverWrittenItsFixedTextGoesToStandardOutput() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("[Service]\nExecStart=/usr/bin/d\nStandardError=syslog"
                    .getBytes(StandardCharsets.UTF_8)));
            CliRun result = run("check", "--no-config", "--fix", "--stdin-filename", "d.service", "-");
            assertEquals(ExitCodes.OK, result.code(), result.err());
            assertEquals("[Service]\nExecStart=/usr/bin/d\nStandardError=journal", result.out());
            assertTrue(result.err().contains("unitlint: fixed 1 finding in 1 file (SD701 1)"), result.err());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void jsonAndSarifCarryTheEdits() throws Exception {
        Path file = unit("backup.service", UNIT);
        ObjectMapper json = new ObjectMapper();
        JsonNode report = json.readTree(run("check", "--no-config", "--format", "json", file.toString()).out());
        JsonNode fix = null;
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("ruleId").asText().equals("SD701")) {
                fix = finding.get("fix");
            }
        }
        assertEquals("safe", fix.get("applicability").asText());
        JsonNode edit = fix.get("edits").get(0);
        assertEquals(9, edit.get("line").asInt());
        assertEquals(16, edit.get("column").asInt());
        assertEquals(22, edit.get("endColumn").asInt());
        assertEquals("journal", edit.get("content").asText());

        JsonNode sarif = json.readTree(run("check", "--no-config", "--format", "sarif", file.toString()).out());
        boolean found = false;
        for (JsonNode result : sarif.get("runs").get(0).get("results")) {
            if (result.get("ruleId").asText().equals("SD601")) {
                JsonNode replacement = result.get("fixes").get(0).get("artifactChanges").get(0)
                        .get("replacements").get(0);
                assertEquals(4, replacement.get("deletedRegion").get("startLine").asInt());
                assertEquals(1, replacement.get("deletedRegion").get("startColumn").asInt());
                assertEquals(4, replacement.get("deletedRegion").get("endLine").asInt());
                assertEquals(1, replacement.get("deletedRegion").get("endColumn").asInt());
                assertEquals("Wants=network-online.target\n", replacement.get("insertedContent").get("text").asText());
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void aFileThatChangedSinceItWasReadIsNotReplaced() throws Exception {
        Path file = unit("a.service", "[Service]\nExecStart=/usr/bin/a\n");
        byte[] read = Files.readAllBytes(file);
        Files.writeString(file, "[Service]\nExecStart=/usr/bin/b\n");
        assertThrows(AtomicFile.ChangedSinceRead.class,
                () -> AtomicFile.replace(file, read, "fixed".getBytes(StandardCharsets.UTF_8)));
        assertEquals("[Service]\nExecStart=/usr/bin/b\n", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
        AtomicFile.replace(file, Files.readAllBytes(file), "fixed".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("fixed".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void theOwnerIsKept() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        Path file = unit("backup.service", UNIT);
        Files.setAttribute(file, "unix:uid", 4321);
        Files.setAttribute(file, "unix:gid", 4322);
        assertEquals(ExitCodes.FINDINGS, run("check", "--no-config", "--fix", file.toString()).code());
        assertTrue(Files.readString(file).contains("StandardOutput=journal"));
        assertEquals(4321, Files.getAttribute(file, "unix:uid"));
        assertEquals(4322, Files.getAttribute(file, "unix:gid"));
    }

    @Test
    void fixOptionsThatMakeNoSenseAreUsageErrors() throws Exception {
        Path file = unit("a.service", "[Service]\nExecStart=/usr/bin/a\n");
        CliRun unsafeAlone = run("check", "--unsafe-fixes", file.toString());
        assertEquals(ExitCodes.USAGE, unsafeAlone.code());
        assertTrue(unsafeAlone.err().contains("--unsafe-fixes applies fixes: use it with --fix or --diff"),
                unsafeAlone.err());
        CliRun withBaseline = run("check", "--fix", "--write-baseline", dir.resolve("b.json").toString(),
                file.toString());
        assertEquals(ExitCodes.USAGE, withBaseline.code());
    }
}
