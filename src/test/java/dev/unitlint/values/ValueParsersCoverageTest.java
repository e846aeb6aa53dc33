package dev.unitlint.values;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.catalog.Directive;
import dev.unitlint.catalog.DirectiveCatalog;
import java.util.Optional;
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
                Optional<ValueParsers.Spec> spec = ValueParsers.spec(parser);
                if (spec.isEmpty() || !spec.get().covered()) {
                    missing.add(ValueParsers.baseName(parser) + " (" + d.qualifiedName() + " in " + release + ")");
                }
            }
        }
        assertTrue(missing.isEmpty(), "parsers without a value check or an any-string mark:\n  " + String.join("\n  ", missing));
    }

    @Test
    void everyListedParserIsCovered() {
        for (ValueParsers.Spec spec : ValueParsers.all().values()) {
            assertTrue(spec.covered(), spec.parser());
        }
    }
}
