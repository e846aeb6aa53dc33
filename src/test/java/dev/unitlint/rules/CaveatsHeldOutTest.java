package dev.unitlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unitlint.testing.CliRun;
import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The held-out check of issue 15 (tools/caveats-heldout.py prints the same figures): in
 * testdata/caveats-heldout/pitfalls/ each unit is wrong in a way a systemd man page documents and
 * loads silently; "# EXPECT" stands above the wrong line. At least 90 % of them must be found at that
 * line, and the well-formed units in testdata/caveats-heldout/good/ must draw no warning or error.
 * The set was written before the rules and is not tuned to them; the misses are listed in the
 * README.
 */
class CaveatsHeldOutTest {

    private static final Path HELDOUT = ProjectPaths.testdata().resolve("caveats-heldout");

    @Test
    void atLeastNinetyPercentOfThePitfallsAreFoundAtTheirLine() throws IOException {
        List<Path> cases = cases(HELDOUT.resolve("pitfalls"));
        Set<String> places = new HashSet<>();
        for (JsonNode f : findings(cases)) {
            if (!f.get("ruleId").asText().equals("SD901")) {
                places.add(Path.of(f.get("file").asText()).toAbsolutePath().normalize() + ":" + f.get("line").asInt());
            }
        }
        int total = 0;
        List<String> missed = new ArrayList<>();
        for (Path file : files(cases)) {
            for (int line : expectedLines(file)) {
                total++;
                String place = file.toAbsolutePath().normalize() + ":" + line;
                if (!places.contains(place)) {
                    missed.add(HELDOUT.relativize(file) + ":" + line);
                }
            }
        }
        assertTrue(total >= 80, "the held-out set has " + total + " pitfalls");
        int found = total - missed.size();
        assertTrue(found * 10 >= total * 9, found + " of " + total + " found; missed " + missed);
    }

    @Test
    void theWellFormedUnitsDrawNoWarningOrError() throws IOException {
        List<String> loud = new ArrayList<>();
        for (JsonNode f : findings(cases(HELDOUT.resolve("good")))) {
            String severity = f.get("severity").asText();
            if (severity.equals("warning") || severity.equals("error")) {
                loud.add(f.get("file").asText() + ":" + f.get("line").asInt() + " " + f.get("ruleId").asText());
            }
        }
        assertEquals(List.of(), loud);
    }

    /** Units standing alone are checked in one call; a folder declaring itself complete in one of its own. */
    private static List<JsonNode> findings(List<Path> cases) throws IOException {
        List<String> alone = new ArrayList<>();
        List<JsonNode> result = new ArrayList<>();
        for (Path c : cases) {
            if (completeSet(c)) {
                result.addAll(run(List.of("--complete", c.toString())));
            } else {
                alone.add(c.toString());
            }
        }
        if (!alone.isEmpty()) {
            result.addAll(run(alone));
        }
        return result;
    }

    private static List<JsonNode> run(List<String> paths) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never",
                "--color", "never"));
        args.addAll(paths);
        CliRun run = CliRun.run(args.toArray(String[]::new));
        List<JsonNode> findings = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("findings").forEach(findings::add);
        return findings;
    }

    private static List<Path> cases(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static List<Path> files(List<Path> cases) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path c : cases) {
            try (Stream<Path> s = Files.walk(c)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static boolean completeSet(Path c) throws IOException {
        for (Path f : files(List.of(c))) {
            if (Files.readString(f, StandardCharsets.UTF_8).contains("# fixture: complete-set")) {
                return true;
            }
        }
        return false;
    }

    /** The line after each "# EXPECT", skipping further comment lines. */
    private static List<Integer> expectedLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("# EXPECT")) {
                int j = i + 1;
                while (j < lines.size() && (lines.get(j).stripLeading().startsWith("#")
                        || lines.get(j).stripLeading().startsWith(";"))) {
                    j++;
                }
                expected.add(j + 1);
            }
        }
        return expected;
    }
}
