package dev.unitlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.Unit;
import dev.unitlint.testing.ProjectPaths;
import dev.unitlint.tree.LoadPath;
import dev.unitlint.tree.SystemTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every package of the Debian corpus read as a root ({@code --root PKG}), with the merged
 * view, drop-ins from every folder and the reference rules on: no error-level finding on a
 * unit that systemd 252 accepts (the clean list the conformance harness derives from
 * {@code systemd-analyze verify}; messages that depend on the host, such as missing
 * executables, do not count against a unit).
 */
class CorpusOracleTest {


    @Test
    void mergedChecksAddNoErrorOnUnitsSystemdAccepts() throws IOException {
        Path corpus = ProjectPaths.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        Set<String> accepted = acceptedUnits();
        assertTrue(accepted.size() > 500, "clean list too small: " + accepted.size());

        List<String> falseErrors = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> packages = Files.list(corpus)) {
            for (Path pkg : packages.filter(Files::isDirectory).sorted().toList()) {
                SystemTree tree = SystemTree.load(pkg, LoadPath.SYSTEM);
                Linter linter = new Linter(LintOptions.defaults().withSystemdVersion(252)).withUnitSet(tree.unitSet());
                for (Unit unit : tree.units()) {
                    String base = corpus.relativize(Path.of(unit.files().get(0).path())).toString();
                    if (!unit.hasBase() || !accepted.contains(base)) {
                        continue;
                    }
                    checked++;
                    for (Finding finding : linter.lint(unit)) {
                        if (finding.severity() == Severity.ERROR) {
                            falseErrors.add(unit.name() + ": " + finding.path() + ":" + finding.line() + ": "
                                    + finding.message() + " [" + finding.ruleId() + "]");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 500, "too few accepted units found in the trees: " + checked);
        assertEquals(List.of(), falseErrors.stream().distinct().toList());
    }

    /**
     * The corpus as a whole is not a system (2,000 units from 1,200 packages, none of the
     * units they depend on from elsewhere): read as PATHs without --complete, the rules about
     * missing units and cycles must stay silent rather than guess.
     */
    @Test
    void referenceRulesStaySilentOnThePartialCorpus() {
        Path corpus = ProjectPaths.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        UnitCollector collector = new UnitCollector();
        collector.addPath(corpus);
        List<String> fired = new Linter(LintOptions.defaults()).lint(collector.units()).stream()
                .map(Finding::ruleId)
                .filter(id -> Set.of("SD801", "SD802", "SD803", "SD804").contains(id))
                .toList();
        assertEquals(List.of(), fired);
    }

    /**
     * Corpus-relative paths of the units systemd 252 loads without a refusal or a line
     * diagnostic: testdata/conformance/clean-252.txt, which conformance/run.sh --clean-list
     * derives from systemd-analyze verify (so this test needs no systemd).
     */
    static Set<String> acceptedUnits() throws IOException {
        Set<String> accepted = new HashSet<>();
        for (String line : Files.readAllLines(ProjectPaths.testdata().resolve("conformance/clean-252.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                accepted.add(line.strip());
            }
        }
        return accepted;
    }
}
