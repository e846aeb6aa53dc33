package dev.unitlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The merged view of a unit over its drop-ins, collected from an in-memory folder. */
class UnitMergeTest {

    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final Path dir = fs.getPath("/units");

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Unit collectOnly() {
        UnitCollector collector = new UnitCollector();
        collector.addPath(dir);
        assertEquals(List.of(), collector.errors());
        List<Unit> units = collector.units();
        assertEquals(1, units.size(), units.toString());
        return units.get(0);
    }

    @Test
    void threeDropInsAndAResetGiveTheMergedView() throws IOException {
        write("web-front.service", "[Unit]\nAfter=network.target\n[Service]\nType=simple\n"
                + "ExecStart=/usr/bin/web\nEnvironment=A=1\nEnvironment=B=2\nRestart=no\n[Install]\nWantedBy=multi-user.target\n");
        write("service.d/10-env.conf", "[Service]\nEnvironment=C=3\nRestart=on-failure\n");
        write("web-.service.d/20-reset.conf", "[Service]\nEnvironment=\nEnvironment=D=4\n"
                + "[Install]\nWantedBy=\nWantedBy=rescue.target\n");
        write("web-front.service.d/30-own.conf", "[Service]\nEnvironment=E=5\nRestart=always\n"
                + "[Install]\nWantedBy=graphical.target\n");
        Unit unit = collectOnly();
        assertEquals(List.of("/units/web-front.service", "/units/service.d/10-env.conf",
                "/units/web-.service.d/20-reset.conf", "/units/web-front.service.d/30-own.conf"),
                unit.files().stream().map(f -> f.path()).toList());
        // The empty assignment in 20-reset.conf drops A, B and C.
        assertEquals(List.of("D=4", "E=5"), unit.list("Service", "Environment").stream().map(Assignment::value).toList());
        Assignment restart = unit.last("Service", "Restart").orElseThrow();
        assertEquals("always", restart.value());
        assertEquals("/units/web-front.service.d/30-own.conf", restart.file().path());
        assertEquals(3, restart.entry().firstLine());
        // Single keys set only in the base stay there.
        assertEquals("/units/web-front.service", unit.last("Service", "Type").orElseThrow().file().path());
        // systemctl reads [Install] from the unit's own drop-in folder, not from a dash-prefix one.
        assertEquals(List.of("multi-user.target", "graphical.target"),
                unit.list("Install", "WantedBy").stream().map(Assignment::value).toList());
        // The scan view UnitSet's passes use answers the same, without the index.
        Unit scanned = unit.scanView();
        for (String[] asked : new String[][] {{"Service", "Environment"}, {"Service", "Restart"},
                {"Install", "WantedBy"}, {"Unit", "After"}, {"Unit", "Nothing"}}) {
            assertEquals(unit.assignments(asked[0], asked[1]), scanned.assignments(asked[0], asked[1]), asked[1]);
            assertEquals(unit.list(asked[0], asked[1]), scanned.list(asked[0], asked[1]), asked[1]);
        }
        assertEquals(unit.assignments("Service"), scanned.assignments("Service"));
        assertEquals(unit.assignments("Install"), scanned.assignments("Install"));
    }

    @Test
    void aMoreSpecificFolderHidesTheSameFileNameInATypeWideOne() throws IOException {
        write("app.service", "[Service]\nExecStart=/usr/bin/app\n");
        write("service.d/50-x.conf", "[Service]\nNice=1\n");
        write("app.service.d/50-x.conf", "[Service]\nNice=2\n");
        Unit unit = collectOnly();
        assertEquals(2, unit.files().size());
        assertEquals("2", unit.last("Service", "Nice").orElseThrow().value());
    }

    @Test
    void instanceFilesTakeTheirTemplatesFolder() throws IOException {
        write("sync@home.service", "[Service]\nExecStart=/usr/bin/sync %i\n");
        write("sync@.service.d/10.conf", "[Service]\nNice=5\n");
        Unit unit = collectOnly();
        assertTrue(unit.last("Service", "Nice").isPresent());
    }
}
