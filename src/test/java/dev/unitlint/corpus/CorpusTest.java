package dev.unitlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.findings.Finding;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.Unit;
import dev.unitlint.testing.ProjectPaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The whole Debian corpus goes through every rule without a crash, and twice gives the same output. */
class CorpusTest {

    @Test
    void everyRuleRunsOverTheCorpusStably() {
        Path corpus = ProjectPaths.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        List<Finding> first = lint(corpus);
        List<Finding> second = lint(corpus);
        assertEquals(first, second, "findings differ between two runs over the same files");
    }

    private static List<Finding> lint(Path corpus) {
        UnitCollector collector = new UnitCollector();
        collector.addPath(corpus);
        assertEquals(List.of(), collector.errors());
        List<Unit> units = collector.units();
        assertTrue(units.size() > 2000, "expected the whole corpus, found " + units.size() + " units");
        return new Linter(LintOptions.everyRule()).lint(units);
    }
}
