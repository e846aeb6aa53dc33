package dev.unitlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Unit-name validity, specifier expansion and the drop-in folders of a name. */
class NamesAndSpecifiersTest {

    private static UnitName name(String text) {
        return UnitName.parse(text).orElseThrow();
    }

    @Test
    void validNamesFollowUnitNameIsValid() {
        assertTrue(UnitName.isValid("foo.service"));
        assertTrue(UnitName.isValid("foo@.service"));
        assertTrue(UnitName.isValid("foo@bar@baz.service"));
        assertTrue(UnitName.isValid("mnt-data\\x2dold.mount"));
        assertTrue(UnitName.isValid("-.slice"));
        assertFalse(UnitName.isValid("foo"));
        assertFalse(UnitName.isValid("foo.bogus"));
        assertFalse(UnitName.isValid("@foo.service"));
        assertFalse(UnitName.isValid("my!service.service"));
        assertFalse(UnitName.isValid("caf\u00e9.service"));
        assertTrue(UnitName.isValid("a".repeat(247) + ".service"));
        assertFalse(UnitName.isValid("a".repeat(248) + ".service"));
    }

    @Test
    void nameSpecifiersExpandForAnInstance() {
        UnitName unit = name("foo-bar@dev-sda1.service");
        assertEquals(Optional.of("foo-bar@dev-sda1.service foo-bar@dev-sda1 foo-bar foo/bar dev-sda1 dev/sda1 bar bar"),
                SpecifierExpansion.expand("%n %N %p %P %i %I %j %J", unit));
        assertEquals(Optional.of("/dev/sda1"), SpecifierExpansion.expand("%f", unit));
        assertEquals(Optional.of("100%"), SpecifierExpansion.expand("100%%", unit));
        assertEquals(Optional.of("/home/x"), SpecifierExpansion.expand("%f", name("home-x.mount")));
        assertEquals(Optional.of("a b"), SpecifierExpansion.expand("%I", name("x@a\\x20b.service")));
        // Machine-dependent specifiers cannot be expanded by a linter.
        assertEquals(Optional.empty(), SpecifierExpansion.expand("%H.service", unit));
        // A % before anything but a letter or digit, or at the end, stays as it is (specifier_printf()).
        assertEquals(Optional.of("50%-x trailing %"), SpecifierExpansion.expand("50%-x trailing %", unit));
        assertTrue(SpecifierExpansion.hasSpecifier("a%ib"));
        assertFalse(SpecifierExpansion.hasSpecifier("100%% 50%-x"));
    }

    @Test
    void dropInFoldersOfADashedInstance() {
        assertEquals(List.of("foo-bar-baz@x.service.d", "foo-bar-baz@.service.d", "foo-bar-.service.d", "foo-.service.d"),
                DropInDirs.forName(name("foo-bar-baz@x.service")));
        assertEquals(List.of("-.slice.d"), DropInDirs.forName(name("-.slice")));
        assertEquals(List.of("user-1000.slice.d", "user-.slice.d"), DropInDirs.forName(name("user-1000.slice")));
        assertEquals("service.d", DropInDirs.typeWide(UnitType.SERVICE));
    }

    @Test
    void cyclesAreFoundOnceFromTheLeastName() {
        List<UnitSet.Edge> edges = List.of(
                new UnitSet.Edge("c", "a", Optional.empty(), "c->a"),
                new UnitSet.Edge("a", "b", Optional.empty(), "a->b"),
                new UnitSet.Edge("b", "c", Optional.empty(), "b->c"),
                new UnitSet.Edge("b", "d", Optional.empty(), "b->d"),
                new UnitSet.Edge("d", "d", Optional.empty(), "self"));
        List<UnitSet.Cycle> cycles = UnitSet.findCycles(edges);
        assertEquals(1, cycles.size());
        assertEquals(List.of("a", "b", "c"), cycles.get(0).units());
    }
}
