package dev.unitlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unitlint.findings.Finding;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.testing.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Two rules never report the same problem at the same place: every rule runs over every fixture
 * (and the corpora beside the checkout, when present) for the oldest and the newest release
 * the value rules follow, and two findings of different rules at one file, line and column are
 * a failure, unless the pair of rules is listed below as reporting different problems there.
 */
class FindingOverlapTest {

    /** Pairs of rules that report different problems at one place, each with why. */
    private static final Set<String> DIFFERENT_PROBLEMS = Set.of(
            // Requires=network.target: a passive target pulled in (SD602), and no ordering (SD603).
            "SD602+SD603",
            // A dependency on an invalid name (SD204) without ordering (SD603, info).
            "SD204+SD603",
            // A file that starts with a line outside any section (SD002) and so has no ExecStart= (SD401).
            "SD002+SD401",
            // An automount for "/": the name cannot match (SD413) and root automounts are refused (SD416).
            "SD413+SD416",
            // "$(date": shell syntax (SD501) and a variable that is not expanded as written (SD502).
            "SD501+SD502");

    @Test
    void noTwoRulesReportAtTheSamePlace() {
        List<Path> inputs = new ArrayList<>();
        inputs.add(ProjectPaths.rules());
        ProjectPaths.corpus().ifPresent(corpus -> {
            for (String sub : new String[] {"debian-bookworm", "upstream/files"}) {
                if (Files.isDirectory(corpus.resolve(sub))) {
                    inputs.add(corpus.resolve(sub));
                }
            }
        });
        Map<String, Set<String>> overlaps = new TreeMap<>();
        for (int release : new int[] {252, 262}) {
            UnitCollector collector = new UnitCollector();
            for (Path input : inputs) {
                collector.addPath(input);
            }
            Map<String, Set<String>> rulesAt = new TreeMap<>();
            for (Finding f : new Linter(LintOptions.defaults().withSystemdVersion(release)).lint(collector.units())) {
                String place = f.path() + ":" + f.span().startLine() + ":" + f.span().startColumn();
                rulesAt.computeIfAbsent(place, p -> new TreeSet<>()).add(f.ruleId());
            }
            for (Map.Entry<String, Set<String>> e : rulesAt.entrySet()) {
                List<String> ids = new ArrayList<>(e.getValue());
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        String pair = ids.get(i) + "+" + ids.get(j);
                        if (!DIFFERENT_PROBLEMS.contains(pair)) {
                            overlaps.computeIfAbsent(pair, p -> new TreeSet<>()).add(e.getKey() + " (" + release + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Map.of(), overlaps, "rules reporting at the same file, line and column");
    }
}
