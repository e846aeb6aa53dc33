package dev.unitlint.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The syntax tree is lossless: printing it gives back every byte of every fixture and of
 * every file in the Debian corpus, and the grammar accepts all of them.
 */
class RoundTripTest {

    @Test
    void everyFixturePrintsBackByteForByte() throws IOException {
        assertEquals(List.of(), failures(ProjectPaths.testdata()));
    }

    @Test
    void everyCorpusFilePrintsBackByteForByte() throws IOException {
        Path corpus = ProjectPaths.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        List<String> failures = failures(corpus);
        assertEquals(List.of(), failures);
    }

    private static List<String> failures(Path root) throws IOException {
        List<String> failures = new ArrayList<>();
        int count = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(path);
                UnitFile file = UnitFileParser.parse(path.toString(), bytes);
                count++;
                try {
                    assertArrayEquals(bytes, file.toBytes());
                } catch (AssertionError e) {
                    failures.add(path + ": does not print back");
                }
                file.problems().stream().filter(p -> p.kind() == SyntaxProblem.Kind.PARSER_ERROR)
                        .forEach(p -> failures.add(path + ":" + p.span().startLine() + ": grammar error " + p.detail()));
            }
        }
        if (count == 0) {
            failures.add(root + ": no files found");
        }
        return failures;
    }
}
