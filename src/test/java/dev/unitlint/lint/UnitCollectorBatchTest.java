package dev.unitlint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.unitlint.model.Unit;
import dev.unitlint.syntax.UnitFile;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading units a batch of folders at a time (so that a run can drop the syntax trees of one
 * batch before reading the next) gives the same units, with the same drop-ins, and the same
 * errors in the same order, as reading everything at once.
 */
class UnitCollectorBatchTest {

    private static final int FOLDERS = 3;
    private static final int PER_FOLDER = UnitCollector.BATCH_FILES / 2 + 7;

    private static Path tree(FileSystem fs) throws IOException {
        Path root = fs.getPath("/tree");
        for (int f = 0; f < FOLDERS; f++) {
            Path dir = Files.createDirectories(root.resolve("pkg" + f + "/lib/systemd/system"));
            for (int i = 0; i < PER_FOLDER; i++) {
                Files.writeString(dir.resolve("s" + i + ".service"), "[Service]\nExecStart=/bin/true " + i + "\n");
            }
            // Drop-ins: one unit's own folder, and a type-wide one that applies to every service of the folder.
            Files.createDirectories(dir.resolve("s1.service.d"));
            Files.writeString(dir.resolve("s1.service.d/10-own.conf"), "[Service]\nType=oneshot\n");
            Files.createDirectories(dir.resolve("service.d"));
            Files.writeString(dir.resolve("service.d/20-all.conf"), "[Unit]\nDescription=all\n");
            // A folder of drop-ins whose unit is not there, and an unreadable entry.
            Files.createDirectories(dir.resolve("elsewhere.service.d"));
            Files.writeString(dir.resolve("elsewhere.service.d/x.conf"), "[Service]\nUser=x\n");
            Files.createDirectories(dir.resolve("broken.service"));
        }
        return root;
    }

    private static List<String> describe(List<Unit> units) {
        List<String> described = new ArrayList<>();
        for (Unit unit : units) {
            described.add(unit.name() + " " + unit.files().stream().map(UnitFile::path).toList());
        }
        described.sort(null);
        return described;
    }

    @Test
    void batchesHoldWholeFoldersAndGiveTheSameUnitsAndErrors() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = tree(fs);
            UnitCollector all = new UnitCollector();
            all.addPath(root);
            List<Unit> expected = all.units();

            UnitCollector batched = new UnitCollector();
            batched.addPath(root);
            List<UnitCollector.Batch> batches = batched.batches();
            assertTrue(batches.size() > 1, "more files than one batch holds: " + batches.size());
            List<Unit> units = new ArrayList<>();
            for (UnitCollector.Batch batch : batches) {
                units.addAll(batch.get());
            }
            assertEquals(describe(expected), describe(units));
            assertEquals(all.errors(), batched.errors());
            assertEquals(FOLDERS * (PER_FOLDER + 1), units.size());
            Unit s1 = units.stream().filter(u -> u.name().name().equals("s1.service")).findFirst().orElseThrow();
            assertEquals(3, s1.files().size(), s1.files().toString());
        }
    }
}
