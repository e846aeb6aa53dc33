package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * With {@code --complete} over more files than one batch holds, references are checked against
 * every unit (gathered in a first pass) although the units are checked a batch at a time: a
 * unit named in another batch is found, one named nowhere is reported, and a cycle through
 * units of different batches is reported once.
 */
class CompleteSetBatchesTest {

    @Test
    void referencesAcrossBatchesAreResolved() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path first = Files.createDirectories(fs.getPath("/tree/a"));
            Path last = Files.createDirectories(fs.getPath("/tree/z"));
            for (int i = 0; i < 600; i++) {
                Files.writeString(first.resolve("fill" + i + ".service"), "[Service]\nExecStart=/bin/true\n");
            }
            Files.writeString(first.resolve("early.service"),
                    "[Unit]\nWants=late.service\nRequires=nowhere.service\nAfter=late.service\n"
                            + "[Service]\nExecStart=/bin/true\n");
            Files.writeString(last.resolve("late.service"),
                    "[Unit]\nAfter=early.service\n[Service]\nExecStart=/bin/true\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err), fs)
                    .execute("check", "--color=never", "--complete", "--select", "SD8", "/tree");
            String report = out.toString();
            assertEquals("", err.toString());
            assertEquals(ExitCodes.FINDINGS, code, report);
            assertTrue(report.contains("early.service:3:10: warning: Requires=nowhere.service names a unit"), report);
            assertTrue(!report.contains("Wants=late.service names a unit"), report);
            assertEquals(1, report.lines().filter(l -> l.contains("[SD802 ordering-cycle]")).count(), report);
            assertTrue(report.contains("2 units form a cycle: early.service after late.service after early.service"),
                    report);
        }
    }
}
