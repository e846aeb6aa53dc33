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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every package of the Debian corpus read as a root ({@code --root PKG}), with the merged
 * view, drop-ins from every folder and the reference rules on: no error-level finding on a
 * unit that systemd 252 accepts. What systemd says is in the oracle file, one JSON object per
 * corpus unit ({@code systemd-analyze verify} output); messages that depend on the host
 * (missing executables, units not found on the machine that ran it) are left out.
 */
class CorpusOracleTest {

    private static final Pattern PATH = Pattern.compile("\"path\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern STDERR = Pattern.compile("\"stderr\": \\[(.*)\\]");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void mergedChecksAddNoErrorOnUnitsSystemdAccepts() throws IOException {
        Path corpus = ProjectPaths.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        Path oracle = Path.of(System.getProperty("unitlint.oracle",
                ProjectPaths.root().resolve("../oracle/corpus-verify-252.jsonl").toString()));
        Assumptions.assumeTrue(Files.isRegularFile(oracle), "no systemd 252 oracle at " + oracle);
        Set<String> accepted = acceptedUnits(oracle);
        assertTrue(accepted.size() > 500, "oracle too small: " + accepted.size());

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

    /** Corpus-relative paths of the units systemd 252 loaded without a complaint of its own. */
    static Set<String> acceptedUnits(Path oracle) throws IOException {
        Set<String> accepted = new HashSet<>();
        for (String line : Files.readAllLines(oracle)) {
            Matcher path = PATH.matcher(line);
            Matcher stderr = STDERR.matcher(line);
            if (!path.find() || !stderr.find()) {
                continue;
            }
            boolean clean = true;
            Matcher message = STRING.matcher(stderr.group(1));
            while (message.find()) {
                clean &= hostDependent(message.group(1));
            }
            if (clean) {
                accepted.add(path.group(1));
            }
        }
        return accepted;
    }

    private static boolean hostDependent(String message) {
        return message.contains("is not executable") || message.contains("not found");
    }

}
