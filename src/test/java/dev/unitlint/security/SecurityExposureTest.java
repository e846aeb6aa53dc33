package dev.unitlint.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.Unit;
import dev.unitlint.security.SecurityAssessment.Result;
import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * unitlint's assessment of the services in {@code testdata/security/exposure/} against what
 * systemd-analyze security --offline=true (252) said of them, recorded beside each as
 * {@code NAME.expected.json} by {@code conformance/security.py --write-expected}: the exposure,
 * the label and every check's badness. The suite needs no systemd; the harness re-measures.
 */
class SecurityExposureTest {

    private static final Path FOLDER = ProjectPaths.testdata().resolve("security").resolve("exposure");

    @TestFactory
    Stream<DynamicTest> exposureLabelAndEveryBadnessAreSystemds() throws IOException {
        UnitCollector collector = new UnitCollector();
        collector.addPath(FOLDER);
        List<Unit> units = collector.units();
        assertTrue(collector.errors().isEmpty(), collector.errors().toString());
        assertTrue(units.size() >= 8, "expected the hand-written services, found " + units);
        ObjectMapper mapper = new ObjectMapper();
        return units.stream().map(unit -> DynamicTest.dynamicTest(unit.name().name(), () -> {
            String file = unit.base().orElseThrow().path();
            Path expectedFile = Path.of(file.substring(0, file.length() - ".service".length()) + ".expected.json");
            JsonNode expected = mapper.readTree(Files.readString(expectedFile));
            SecurityAssessment assessment = SecurityAssessment.assess(unit, 252, SecurityPolicy.NONE, List.of());
            assertNull(assessment.loadError());
            assertEquals(expected.get("exposure").asText(), assessment.formattedExposure(), "exposure");
            assertEquals(expected.get("label").asText(), assessment.label(), "label");
            Map<String, Result> byField = new java.util.HashMap<>();
            assessment.checks().forEach(r -> byField.put(r.check().jsonField(), r));
            assertEquals(expected.get("badness").size(), byField.size(), "systemd 252 has 81 checks");
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("badness").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Result r = byField.get(e.getKey());
                assertTrue(r != null, "no check " + e.getKey());
                if (e.getValue().isNull()) {
                    assertTrue(!r.applies(), e.getKey() + " should not apply: " + r);
                } else {
                    assertTrue(r.applies(), e.getKey() + " should apply");
                    assertEquals(e.getValue().asInt(), r.badness(), e.getKey());
                }
            }
        }));
    }
}
