package dev.unitlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.unitlint.lint.UnitCollector;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a set of units knows about them together: completeness, ordering, who reads a file. */
class UnitSetTest {

    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final Path dir = fs.getPath("/units");

    private List<Unit> units(String... pathsAndTexts) throws IOException {
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path file = dir.resolve(pathsAndTexts[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndTexts[i + 1]);
        }
        UnitCollector collector = new UnitCollector();
        collector.addPath(dir);
        assertEquals(List.of(), collector.errors());
        return collector.units();
    }

    @Test
    void replacingTheUnitsKeepsWhetherTheSetIsTheWholeSystem() throws IOException {
        List<Unit> units = units("a.service", "[Service]\nExecStart=/bin/true\n");
        // --fix replaces the units after each round: the units given must not become the whole
        // system, or rules about references would report names the run never saw.
        assertFalse(UnitSet.given(units, List.of(), List.of()).withUnits(units).isComplete());
        assertTrue(new UnitSet(units, List.of(), List.of()).withUnits(units).isComplete());
    }

    @Test
    void orderedAfterFollowsAfterAndBeforeOverOtherUnits() throws IOException {
        UnitSet set = UnitSet.given(units(
                "hub.service", "[Unit]\nAfter=mid.service\n",
                "mid.service", "[Unit]\n",
                "part.service", "[Unit]\nBefore=mid.service\n"), List.of(), List.of());
        assertTrue(set.orderedAfter("hub.service", "mid.service"));
        assertTrue(set.orderedAfter("hub.service", "part.service"), "hub after mid, mid after part (Before=)");
        assertFalse(set.orderedAfter("part.service", "hub.service"));
        assertFalse(set.orderedAfter("mid.service", "hub.service"));
    }

    @Test
    void aUnitReadsItsFileAndOwnFolderAloneButSharesTypeWideAndPrefixFolders() throws IOException {
        List<Unit> units = units(
                "web-front.service", "[Service]\nExecStart=/bin/true\n",
                "web-front.service.d/own.conf", "[Service]\nNice=1\n",
                "web-.service.d/prefix.conf", "[Service]\nNice=2\n",
                "service.d/all.conf", "[Service]\nNice=3\n");
        Unit unit = units.get(0);
        List<String> alone = unit.files().stream().filter(unit::readsAlone).map(f -> f.path()).toList();
        assertEquals(List.of("/units/web-front.service", "/units/web-front.service.d/own.conf"), alone);
        assertEquals(4, unit.files().size());
    }
}
