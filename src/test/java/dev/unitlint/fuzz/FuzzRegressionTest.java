package dev.unitlint.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.unitlint.testing.ProjectPaths;
import dev.unitlint.syntax.UnitFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Inputs that fuzzing (or a bug report) found breaking a property, kept in {@code testdata/fuzz/}:
 * each file is parsed as a service and checked against every {@link Properties} property.
 */
class FuzzRegressionTest {

    @TestFactory
    Stream<DynamicTest> everyFuzzFixtureKeepsEveryProperty() throws IOException {
        Path dir = ProjectPaths.testdata().resolve("fuzz");
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(dir)) {
            fixtures = files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertFalse(fixtures.isEmpty(), "no fixtures in " + dir);
        return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(fixture);
            UnitFile file = Properties.parseRoundTripsWithSpansInside("fixture.service", bytes);
            Properties.checkIsStable(Properties.unit("fixture.service", file, List.of()));
        }));
    }
}
