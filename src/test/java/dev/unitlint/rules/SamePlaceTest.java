package dev.unitlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unitlint.testing.CliRun;
import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
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
 * Each problem is reported once: no two rules of the default set report at the same file, line
 * and column, over every rule fixture and (when they are beside the checkout) both corpora.
 * Rules written on separate branches tend to meet at the same word after a merge; this is the
 * scan that catches it. The few pairs below are two different problems that happen to start at
 * the same place, each kept for a reason.
 */
class SamePlaceTest {

    /** Pairs of rules that may report at the same place, and why that is two problems, not one. */
    private static final Map<String, String> DIFFERENT_PROBLEMS = Map.of(
            "SD002+SD401", "a line before any section is ignored (SD002); a service whose every line is ignored"
                    + " has no ExecStart= and is refused (SD401, at line 1 when there is no [Service] header)",
            "SD413+SD416", "an automount for / is refused for two independent reasons: its name does not match"
                    + " Where= (SD413) and / cannot be automounted at all (SD416)");

    @Test
    void noTwoRulesReportAtTheSamePlace() throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never",
                "--color", "never", ProjectPaths.testdata().resolve("rules").toString()));
        ProjectPaths.corpus().ifPresent(corpus -> {
            args.add(corpus.toString());
            Path upstream = corpus.resolveSibling("upstream").resolve("files");
            if (Files.isDirectory(upstream)) {
                args.add(upstream.toString());
            }
        });
        CliRun run = CliRun.run(args.toArray(String[]::new));
        JsonNode report = new ObjectMapper().readTree(run.out());

        Map<String, Set<String>> rulesAtPlace = new TreeMap<>();
        for (JsonNode finding : report.get("findings")) {
            String place = finding.get("file").asText() + ":" + finding.get("line").asInt() + ":"
                    + finding.get("column").asInt();
            rulesAtPlace.computeIfAbsent(place, p -> new TreeSet<>()).add(finding.get("ruleId").asText());
        }
        List<String> twice = new ArrayList<>();
        rulesAtPlace.forEach((place, rules) -> {
            if (rules.size() > 1 && !DIFFERENT_PROBLEMS.containsKey(String.join("+", rules))) {
                twice.add(place + " " + rules);
            }
        });
        assertEquals(List.of(), twice, "places where two rules report; one problem, one finding");
    }
}
