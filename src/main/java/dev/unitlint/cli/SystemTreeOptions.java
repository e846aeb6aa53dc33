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
     * What was read: the units to check, the symbolic links met on the way (for the rules about
     * links), the set references are checked against (or null), and input errors.
     */
    record Inputs(List<Unit> units, List<UnitLink> links, UnitSet unitSet, List<InputError> errors) {
    }

    boolean hasRoot() {
        return root != null;
    }

    Inputs loadRoot(FileSystem fileSystem) {
        SystemTree tree = SystemTree.load(fileSystem.getPath(root), user ? LoadPath.USER : LoadPath.SYSTEM);
        return new Inputs(tree.units(), tree.links(), tree.unitSet(), tree.errors());
    }

    Inputs fromCollector(UnitCollector collector) {
        List<Unit> units = collector.units();
        UnitSet set = complete ? new UnitSet(units, collector.masked(), collector.folderDependencies())
                : UnitSet.given(units, collector.masked(), collector.folderDependencies());
        return new Inputs(units, collector.links(), set, collector.errors());
    }
}
