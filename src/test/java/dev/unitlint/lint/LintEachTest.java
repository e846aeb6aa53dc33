package dev.unitlint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.unitlint.findings.Finding;
import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitCollector#lintEach} (unit by unit, in parallel, trees dropped as it goes) finds
 * exactly what linting {@link UnitCollector#units()} finds, drop-ins included, on every thread count.
 */
class LintEachTest {

    private static final Linter LINTER = new Linter(LintOptions.defaults());

    private static List<Finding> allAtOnce(Path root) {
        UnitCollector collector = new UnitCollector();
        collector.addPath(root);
        return LINTER.lint(collector.units());
    }

    private static List<Finding> unitByUnit(Path root, int threads) {
        String previous = System.getProperty("unitlint.threads");
        System.setProperty("unitlint.threads", Integer.toString(threads));
        try {
            UnitCollector collector = new UnitCollector();
            collector.addPath(root);
            List<Finding> findings = collector.lintEach(LINTER::lint);
            assertEquals(List.of(), collector.errors());
            return findings;
        } finally {
            if (previous == null) System.clearProperty("unitlint.threads");
            else System.setProperty("unitlint.threads", previous);
        }
    }

    @Test
    void dropInsAreGroupedWithTheirUnit() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path units = Files.createDirectories(fs.getPath("/units"));
            for (int i = 0; i < 40; i++) {
                Files.writeString(units.resolve("job" + i + ".service"), "[Service]\nType=oneshot\nExecStart=/bin/true\n");
                Files.createDirectories(units.resolve("job" + i + ".service.d"));
                Files.writeString(units.resolve("job" + i + ".service.d/10-restart.conf"), "[Service]\nRestart=always\n");
                Files.writeString(units.resolve("job" + i + ".service.d/20-undo.conf"),
                        "[Service]\nRestart=" + (i % 2 == 0 ? "no" : "always") + "\n");
            }
            Files.createDirectories(units.resolve("orphan.service.d"));
            Files.writeString(units.resolve("orphan.service.d/x.conf"), "[Service]\nStartLimitIntervalSec=5\n");
            List<Finding> expected = allAtOnce(units);
            assertFalse(expected.isEmpty());
            for (int threads : new int[] {1, 2, 7}) {
                assertEquals(expected, unitByUnit(units, threads), threads + " threads");
            }
        }
    }

    @Test
    void sameFindingsAsAllAtOnceOnTheCorpus() {
        Path corpus = ProjectPaths.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        List<Finding> expected = allAtOnce(corpus);
        assertFalse(expected.isEmpty());
        assertEquals(expected, unitByUnit(corpus, 2));
    }
}
