package dev.unitlint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The compiled catalog a run loads (built from the TSVs by the build, see {@link CompiledCatalog})
 * answers every query exactly as the TSVs it was compiled from.
 */
class CompiledCatalogTest {

    private static final Path TSV_DIR = ProjectPaths.root().resolve("src/main/resources/dev/unitlint/catalog");

    private static DirectiveCatalog fromTsv() throws IOException {
        try (Reader d = reader("directives.tsv"); Reader s = reader("sections.tsv"); Reader e = reader("enums.tsv")) {
            return DirectiveCatalog.load(d, s, e);
        }
    }

    private static Reader reader(String name) throws IOException {
        return Files.newBufferedReader(TSV_DIR.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theShippedCatalogIsTheCompiledOneAndMatchesTheTsvFiles() throws IOException {
        assertTrue(CompiledCatalog.fromClasspath() != null,
                "the build step (exec-maven-plugin, process-classes) did not write " + CompiledCatalog.RESOURCE);
        assertSameAnswers(fromTsv(), DirectiveCatalog.get());
    }

    @Test
    void compilingAndReadingBackKeepsEveryAnswer() throws IOException {
        byte[] compiled;
        try (Reader d = reader("directives.tsv"); Reader s = reader("sections.tsv"); Reader e = reader("enums.tsv")) {
            compiled = CompiledCatalog.compile(d, s, e);
        }
        assertSameAnswers(fromTsv(), DirectiveCatalog.load(compiled));
    }

    @Test
    void aColumnAddedToTheTsvIsCarriedThrough() throws IOException {
        String directives = Files.readString(TSV_DIR.resolve("directives.tsv"));
        String[] lines = directives.split("\n");
        StringBuilder widened = new StringBuilder(lines[0]).append('\n').append(lines[1]).append("\tnew_column\n");
        for (int i = 2; i < lines.length; i++) {
            widened.append(lines[i]).append("\tvalue").append(i).append('\n');
        }
        byte[] compiled = CompiledCatalog.compile(new StringReader(widened.toString()),
                reader("sections.tsv"), reader("enums.tsv"));
        CatalogTable table = CompiledCatalog.read(compiled).directives;
        assertEquals("value2", table.get(0, "new_column"));
        assertEquals(table.get(0, "key"), fromTsv().directives().get(0).key());
    }

    /** What an enum query means, by scanning every entry: the indexes must find exactly these. */
    private static List<EnumValue> scan(List<EnumValue> all, String query) {
        return all.stream().filter(e -> {
            if (query.startsWith("config_parse_")) {
                return e.parsers().contains(query);
            } else if (query.endsWith("_table")) {
                return e.table().equals(query);
            } else if (query.contains(".")) {
                return e.keys().contains(query);
            }
            return e.keys().stream().anyMatch(k -> k.endsWith("." + query));
        }).toList();
    }

    private static void assertSameAnswers(DirectiveCatalog expected, DirectiveCatalog actual) {
        assertEquals(expected.coveredReleases(), actual.coveredReleases());
        assertEquals(expected.directives(), actual.directives());
        assertEquals(expected.enumEntries(), actual.enumEntries());
        assertEquals(expected.unitTypes(), actual.unitTypes());
        for (String type : expected.unitTypes()) {
            assertEquals(expected.sections(type), actual.sections(type), type);
        }
        Set<String> queries = new LinkedHashSet<>(List.of("", "Nope", "Service.Nope", "config_parse_nope", "nope_table",
                "Type", "config_parse_", "_table", "."));
        for (Directive d : expected.directives()) {
            assertEquals(expected.lookup(d.section(), d.key()), actual.lookup(d.section(), d.key()));
            assertEquals(expected.named(d.key()), actual.named(d.key()), d.key());
            for (String type : d.unitTypes()) {
                assertEquals(d, actual.lookup(type, d.section(), d.key()).orElseThrow());
            }
            queries.add(d.key());
            queries.add(d.qualifiedName());
            queries.add(d.parser());
        }
        for (EnumValue e : expected.enumEntries()) {
            queries.add(e.table());
            queries.addAll(e.parsers());
            queries.addAll(e.keys());
        }
        for (String query : queries) {
            assertEquals(scan(expected.enumEntries(), query), actual.enumEntries(query), query);
            assertEquals(expected.enumEntries(query), actual.enumEntries(query), query);
            assertEquals(expected.enumValues(query, 252), actual.enumValues(query, 252), query);
        }
        assertEquals(expected.lookup("Service", "X-Custom"), actual.lookup("Service", "X-Custom"));
    }
}
