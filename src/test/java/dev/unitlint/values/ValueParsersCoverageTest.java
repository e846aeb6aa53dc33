package dev.unitlint.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.catalog.Directive;
import dev.unitlint.catalog.DirectiveCatalog;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every directive of the catalog, in every covered release from 252 on, has a parser that
 * ValueParsers knows: a value check, the rule that checks it, or an explicit "accepts any
 * string" mark. A new parser in a new catalog release makes this test fail until it is listed.
 */
class ValueParsersCoverageTest {

    @Test
    void everyDirectiveHasAValueCheckOrAnAnyStringMark() {
        TreeSet<String> missing = uncovered(ValueParsers::spec);
        assertTrue(missing.isEmpty(), "parsers without a value check or an any-string mark:\n  " + String.join("\n  ", missing));
    }

    /** The check above can fail: a parser left out of ValueParsers shows up with its directives. */
    @Test
    void aParserWithNeitherIsReported() {
        TreeSet<String> missing = uncovered(parser -> ValueParsers.baseName(parser).equals("config_parse_bool")
                ? Optional.empty() : ValueParsers.spec(parser));
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("config_parse_bool (Service.RemainAfterExit in 252)")),
                String.join("\n", missing));
        assertTrue(missing.stream().allMatch(m -> m.startsWith("config_parse_bool ")), String.join("\n", missing));
    }

    /** "parser (Section.Key in release)" for every directive, from 252 on, whose parser {@code lookup} does not cover. */
    private static TreeSet<String> uncovered(Function<String, Optional<ValueParsers.Spec>> lookup) {
        DirectiveCatalog catalog = DirectiveCatalog.get();
        TreeSet<String> missing = new TreeSet<>();
        for (int release : catalog.coveredReleases()) {
            if (release < 252) {
                continue;
            }
            for (Directive d : catalog.directives()) {
                if (!d.releasesPresent().contains(release)) {
                    continue;
                }
                String parser = d.parserIn(release);
                Optional<ValueParsers.Spec> spec = lookup.apply(parser);
                if (spec.isEmpty() || !spec.get().covered()) {
                    missing.add(ValueParsers.baseName(parser) + " (" + d.qualifiedName() + " in " + release + ")");
                }
            }
        }
        return missing;
    }

    /**
     * Specs are made on first use ({@code ValueParsers.define}, a switch): the same one each
     * time, under the catalog's "(ltype)" spelling too, named after the parser asked for, with
     * the unit types of the settings only some types support, from 252's table and the later one.
     */
    @Test
    void specsAreMadeOnceAndNamedAfterTheirParser() {
        ValueParsers.Spec bool = ValueParsers.spec("config_parse_bool").orElseThrow();
        assertSame(bool, ValueParsers.spec("config_parse_bool").orElseThrow());
        assertSame(bool, ValueParsers.spec("config_parse_bool(0)").orElseThrow());
        assertEquals("config_parse_bool", bool.parser());
        assertTrue(bool.rejectsEmpty());
        assertEquals(Set.of("service", "scope", "slice"),
                ValueParsers.spec("config_parse_managed_oom_mode").orElseThrow().unitTypes());
        assertEquals(Set.of("service", "scope", "slice"),
                ValueParsers.spec("config_parse_managed_oom_rules").orElseThrow().unitTypes());
        assertTrue(ValueParsers.spec("config_parse_managed_oom_rules").orElseThrow().anyString());
        assertTrue(ValueParsers.spec("config_parse_no_such_parser").isEmpty());
        DirectiveCatalog catalog = DirectiveCatalog.get();
        for (int release : catalog.coveredReleases()) {
            for (Directive d : catalog.directives()) {
                if (d.releasesPresent().contains(release)) {
                    String parser = d.parserIn(release);
                    ValueParsers.spec(parser).ifPresent(spec ->
                            assertEquals(ValueParsers.baseName(parser), spec.parser(), d.qualifiedName()));
                }
            }
        }
    }
}
