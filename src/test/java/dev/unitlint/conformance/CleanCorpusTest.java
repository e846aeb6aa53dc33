package dev.unitlint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No error-level finding on the corpus units that systemd 252 loads without a single line
 * diagnostic. The list ({@code testdata/conformance/clean-252.txt}) was derived by the
 * conformance harness from {@code systemd-analyze verify} output; the test itself needs no
 * systemd, only the corpus beside the checkout.
 */
class CleanCorpusTest {

    @Test
    void unitsSystemdAcceptsCleanlyGetNoErrors() throws IOException {
        Path corpus = ProjectPaths.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        List<String> clean = Files.readAllLines(ProjectPaths.testdata().resolve("conformance/clean-252.txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertTrue(clean.size() > 1500, "expected the clean list of the whole corpus, found " + clean.size());

        UnitCollector collector = new UnitCollector();
        for (String path : clean) {
            collector.addPath(corpus.resolve(path));
        }
        assertEquals(List.of(), collector.errors());
        List<Finding> errors = new ArrayList<>();
        for (Finding finding : new Linter(LintOptions.defaults().withSystemdVersion(252)).lint(collector.units())) {
            if (finding.severity() == Severity.ERROR) {
                errors.add(finding);
            }
        }
        assertEquals(List.of(), errors.stream().map(Finding::toString).toList(),
                "error findings on units systemd 252 accepts without a diagnostic");
    }
}
