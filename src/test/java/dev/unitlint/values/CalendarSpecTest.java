package dev.unitlint.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CalendarSpec agrees with systemd-analyze calendar of systemd 252 on every recorded specification. */
class CalendarSpecTest {

    @Test
    void agreesWithSystemd252() throws IOException {
        List<String> lines = Files.readAllLines(ProjectPaths.testdata().resolve("values/calendar-252.tsv"), StandardCharsets.UTF_8);
        List<String> disagreements = new ArrayList<>();
        int cases = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", 2);
            boolean systemdAccepts = cols[0].equals("OK");
            cases++;
            if (CalendarSpec.isValid(cols[1]) != systemdAccepts) {
                disagreements.add((systemdAccepts ? "systemd accepts " : "systemd rejects ") + "'" + cols[1] + "'");
            }
        }
        assertTrue(cases > 100, "expected the recorded specifications, found " + cases);
        assertEquals(List.of(), disagreements);
    }
}
