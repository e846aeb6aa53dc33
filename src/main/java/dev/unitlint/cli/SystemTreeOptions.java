package dev.unitlint.cli;

import dev.unitlint.lint.InputError;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitSet;
import dev.unitlint.tree.LoadPath;
import dev.unitlint.tree.SystemTree;
import java.nio.file.FileSystem;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The options that say what set of units is checked: a whole system tree ({@code --root}),
 * or the files given declared to be every unit ({@code --complete}). Only with one of them
 * are references between units checked.
 */
final class SystemTreeOptions {

    @Option(names = "--root", paramLabel = "DIR",
            description = "Check the whole system under DIR as systemd loads it: the unit load path in priority"
                    + " order (/etc/systemd/system over /usr/lib/systemd/system, ...), masks, aliases, .wants/ and"
                    + " .requires/ folders and every drop-in folder. References between units are checked.")
    String root;

    @Option(names = "--user", description = "With --root: read the user manager's load path (/etc/systemd/user,"
            + " /usr/lib/systemd/user, ...) instead of the system's.")
    boolean user;

    @Option(names = "--complete", description = "The PATHs given are every unit of the system: check references"
            + " between them (missing units, cycles).")
    boolean complete;

    /**
     * What to check: the units, in batches read one after the other (see {@link
     * UnitCollector.Batch}); the symbolic links met on the way (for the rules about links); the
     * set references are checked against (or null); and the paths that could not be read,
     * complete once every batch has been.
     */
    record Inputs(List<? extends Supplier<List<Unit>>> batches, List<UnitLink> links, UnitSet unitSet,
                  Supplier<List<InputError>> errors) {
    }

    boolean hasRoot() {
        return root != null;
    }

    Inputs loadRoot(FileSystem fileSystem) {
        SystemTree tree = SystemTree.load(fileSystem.getPath(root), user ? LoadPath.USER : LoadPath.SYSTEM);
        List<Unit> units = tree.units();
        List<InputError> errors = tree.errors();
        return new Inputs(List.of(() -> units), tree.links(), tree.unitSet(), () -> errors);
    }

    /** The files given, as one batch, and the set they form (every unit of the system with {@code --complete}). */
    Inputs fromCollector(UnitCollector collector) {
        // The rules that look at the set (a cycle among the units given, the timer that starts a
        // service, and with --complete every reference) need every unit given, so all are read.
        List<Unit> units = collector.units();
        UnitSet set = complete ? new UnitSet(units, collector.masked(), collector.folderDependencies())
                : UnitSet.given(units, collector.masked(), collector.folderDependencies());
        return new Inputs(List.of(() -> units), collector.links(), set, collector::errors);
    }
}
