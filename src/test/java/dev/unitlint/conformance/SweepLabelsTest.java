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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * systemd's own verdicts on invalid and borderline values, replayed without systemd: the
 * directive sweep ({@code conformance/sweep.sh --labels}) recorded, for one key per parser (every
 * key where the key matters), what systemd-analyze verify 252 made of each value of the tuning
 * split ({@code testdata/values/sweep-252.tsv}). This test writes the same small units and
 * checks that unitlint agrees: a rejected value is reported at its line (error or warning), a
 * refused unit gets an error, and an accepted value gets no error.
 */
class SweepLabelsTest {

    /** The base unit of each section, as conformance/sweep.py writes it ({n} is the test number). */
    private static final Map<String, String[]> BASES = Map.of(
            "Service", new String[] {"t{n}.service", "[Service]", "ExecStart=/bin/true"},
            "Unit", new String[] {"t{n}.service", "[Service]", "ExecStart=/bin/true"},
            "Install", new String[] {"t{n}.service", "[Service]", "ExecStart=/bin/true"},
            "Socket", new String[] {"t{n}.socket", "[Socket]", "ListenStream=/run/t{n}.sock"},
            "Timer", new String[] {"t{n}.timer", "[Timer]", "OnCalendar=daily"},
            "Path", new String[] {"t{n}.path", "[Path]", "PathExists=/tmp/t{n}"},
            "Mount", new String[] {"sweep-t{n}.mount", "[Mount]", "What=/dev/sda1", "Where=/sweep/t{n}"},
            "Automount", new String[] {"sweep-t{n}.automount", "[Automount]", "Where=/sweep/t{n}"},
            "Swap", new String[] {"dev-t{n}.swap", "[Swap]", "What=/dev/t{n}"},
            "Slice", new String[] {"t{n}.slice", "[Slice]"});

    /**
     * Rules that report a word systemd drops <em>without a message</em>: verify says nothing, so the
     * sweep labels the value "accepted", yet what was written is ignored, which the severity policy
     * makes an error (README, "Severity"). SD206: capability_set_from_string() skips a name it does
     * not know and config_parse_capability_set() logs nothing (systemd 252). An error of theirs on
     * an accepted value is agreement, not a false alarm; any other rule's error still fails.
     */
    static final Set<String> SILENT_DROP_RULES = Set.of("SD206");

    private record Label(String section, String key, String value, char verdict, String file, int line) {
    }

    @TempDir
    Path dir;

    @Test
    void unitlintAgreesWithSystemdOnEveryLabelledValue() throws IOException {
        List<String> rows = Files.readAllLines(ProjectPaths.testdata().resolve("values/sweep-252.tsv"), StandardCharsets.UTF_8);
        List<Label> labels = new ArrayList<>();
        for (String row : rows) {
            if (row.startsWith("#") || row.isEmpty()) {
                continue;
            }
            String[] f = row.split("\t", -1);
            labels.add(write(labels.size(), f[0], f[1], f[2], f[3].charAt(0)));
        }
        assertTrue(labels.size() > 5000, "expected the whole label file, found " + labels.size());

        UnitCollector collector = new UnitCollector();
        collector.addPath(dir);
        Map<String, List<Finding>> byFile = new HashMap<>();
        for (Finding f : new Linter(LintOptions.defaults().withSystemdVersion(252)).lint(collector.units())) {
            byFile.computeIfAbsent(Path.of(f.path()).getFileName().toString(), k -> new ArrayList<>()).add(f);
        }
        List<String> disagreements = new ArrayList<>();
        for (Label label : labels) {
            List<Finding> found = byFile.getOrDefault(label.file(), List.of());
            boolean atLine = found.stream().anyMatch(f -> f.severity() != Severity.INFO
                    && f.span().startLine() <= label.line() && label.line() <= f.span().endLine());
            boolean anyError = found.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            boolean falseError = found.stream().anyMatch(f -> f.severity() == Severity.ERROR
                    && !SILENT_DROP_RULES.contains(f.ruleId()));
            boolean agrees = switch (label.verdict()) {
                case 'R' -> atLine;
                case 'F' -> anyError;
                default -> !falseError;
            };
            if (!agrees) {
                disagreements.add("[" + label.section() + "] " + label.key() + "=" + label.value() + ": systemd "
                        + label.verdict() + ", unitlint " + found.stream().map(f -> f.ruleId() + " " + f.severity()).toList());
            }
        }
        assertEquals(List.of(), disagreements, "values where unitlint disagrees with systemd 252");
    }

    private Label write(int n, String section, String key, String value, char verdict) throws IOException {
        String[] base = BASES.get(section);
        String name = (key.equals("DefaultInstance") ? "t{n}@.service" : base[0]).replace("{n}", Integer.toString(n));
        List<String> lines = new ArrayList<>(List.of("[Unit]", "Description=sweep"));
        for (int i = 1; i < base.length; i++) {
            String line = base[i].replace("{n}", Integer.toString(n));
            if (!section.equals("Unit") && line.split("=", 2)[0].equals(key)) {
                continue; // the key under test replaces the base's own line
            }
            lines.add(line);
        }
        lines.add("[" + section + "]");
        lines.add(key + "=" + value);
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        if (section.equals("Socket")) {
            for (String companion : new String[] {"t" + n + ".service", "t" + n + "@.service"}) {
                Files.writeString(dir.resolve(companion), "[Service]\nExecStart=/bin/true\n", StandardCharsets.UTF_8);
            }
        }
        return new Label(section, key, value, verdict, name, lines.size());
    }
}
