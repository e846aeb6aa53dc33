package dev.unitlint.rules.dependencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.syntax.UnitFileParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dependency lists are split once per unit and key and shared by the dependency rules
 * ({@link Dependencies#of}): lists of the same key name in different sections stay apart, and
 * several keys come back in the order asked, each in the order written.
 */
class DependenciesTest {

    private static Unit unit(String text) {
        return new Unit(UnitName.parse("web.service").orElseThrow(),
                UnitFileParser.parse("web.service", text.getBytes(StandardCharsets.UTF_8)), List.of());
    }

    private static List<String> names(List<Dependencies.Named> named) {
        return named.stream().map(Dependencies.Named::name).toList();
    }

    @Test
    void keysComeInTheOrderAskedAndSectionsStayApart() {
        Unit unit = unit("[Unit]\nAfter=a.service b.service\nBefore=c.target\nAfter=d.socket\n"
                + "[Service]\nExecStart=/usr/bin/web\n[Install]\nWantedBy=multi-user.target\nAlso=x.socket\n");
        assertEquals(List.of("a.service", "b.service", "d.socket"), names(Dependencies.of(unit, "Unit", "After")));
        assertEquals(List.of("a.service", "b.service", "d.socket", "c.target"),
                names(Dependencies.of(unit, "Unit", "After", "Before")));
        assertEquals(List.of("c.target", "a.service", "b.service", "d.socket"),
                names(Dependencies.of(unit, "Unit", "Before", "After")));
        // "After" asked of [Install] after [Unit]'s was kept: not the [Unit] list.
        assertEquals(List.of(), names(Dependencies.of(unit, "Install", "After")));
        assertEquals(List.of("multi-user.target", "x.socket"), names(Dependencies.of(unit, "Install", "WantedBy", "Also")));
        assertTrue(Dependencies.names(unit, "Unit", "c.target", "After", "Before"));
        assertFalse(Dependencies.names(unit, "Unit", "c.target", "After"));
        assertFalse(Dependencies.names(unit, "Install", "a.service", "After", "WantedBy"));
    }

    @Test
    void theSameListsAfterTheUnitForgetsItsAnalyses() {
        Unit unit = unit("[Unit]\nWants=a.service\nWants=b.service c.service\n");
        List<String> before = names(Dependencies.of(unit, "Unit", "Wants"));
        unit.forgetDerived();
        assertEquals(before, names(Dependencies.of(unit, "Unit", "Wants")));
        assertEquals(List.of("a.service", "b.service", "c.service"), before);
    }
}
