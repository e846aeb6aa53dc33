package dev.unitlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.unitlint.lint.UnitCollector;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitSet#triggersOf}: the timers, paths and sockets that start a unit, now read from an
 * index built once (a scan of every unit per question made the corpus run quadratic). Each case
 * of {@link Trigger} is here: by name, by Unit=/Service=, and an Accept=yes socket's template.
 */
class TriggersOfTest {

    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final Path dir = fs.getPath("/units");

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text);
    }

    private UnitSet given() {
        UnitCollector collector = new UnitCollector();
        collector.addPath(dir);
        assertEquals(List.of(), collector.errors());
        return UnitSet.given(collector.units(), List.of(), List.of());
    }

    private static List<String> names(List<Unit> units) {
        return units.stream().map(u -> u.name().name()).toList();
    }

    private static UnitName name(String name) {
        return UnitName.parse(name).orElseThrow();
    }

    @Test
    void everyKindOfTriggerIsFoundAndNothingElse() throws IOException {
        write("backup.service", "[Service]\nExecStart=/bin/true\n");
        write("backup.timer", "[Timer]\nOnCalendar=daily\n");
        write("nightly.timer", "[Timer]\nOnCalendar=daily\nUnit=backup.service\n");
        write("watch.path", "[Path]\nPathExists=/tmp/x\nUnit=backup.service\n");
        write("other.timer", "[Timer]\nOnCalendar=daily\n");
        write("echo.socket", "[Socket]\nListenStream=7\nAccept=yes\n");
        write("echo@.service", "[Service]\nExecStart=/bin/cat\n");
        write("web.socket", "[Socket]\nListenStream=80\nService=httpd.service\n");
        UnitSet set = given();

        assertEquals(List.of("backup.timer", "nightly.timer", "watch.path"), names(set.triggersOf(name("backup.service"))));
        assertEquals(List.of("echo.socket"), names(set.triggersOf(name("echo@1-2.service"))));
        assertEquals(List.of("echo.socket"), names(set.triggersOf(name("echo@.service"))));
        assertEquals(List.of("web.socket"), names(set.triggersOf(name("httpd.service"))));
        assertEquals(List.of("other.timer"), names(set.triggersOf(name("other.service"))));
        assertEquals(List.of(), set.triggersOf(name("web.service")));
        assertEquals(List.of(), set.triggersOf(name("nothing.service")));
    }
}
