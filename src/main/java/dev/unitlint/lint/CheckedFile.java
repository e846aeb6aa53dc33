package dev.unitlint.lint;

import dev.unitlint.model.Unit;
import dev.unitlint.suppress.Pragma;
import dev.unitlint.suppress.Pragmas;
import dev.unitlint.syntax.SourceText;
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run keeps of a file once its units are checked: its path, its suppression comments,
 * and its text when something was found in it (for source lines and fingerprints in reports).
 * The syntax tree, several times the file's size, can then be dropped (see {@link
 * Linter#lintBatches}).
 *
 * @param source the file's text, or null when no finding points into it
 */
public record CheckedFile(String path, SourceText source, List<Pragma> pragmas) {

    public CheckedFile {
        pragmas = List.copyOf(pragmas);
    }

    public static CheckedFile of(UnitFile file) {
        return new CheckedFile(file.path(), file.source(), Pragmas.of(file));
    }

    /**
     * The files of units, each once (a drop-in may belong to several units), in unit order.
     *
     * @param withFindings paths of the files whose text is kept
     */
    public static List<CheckedFile> of(List<Unit> units, Set<String> withFindings) {
        List<CheckedFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Unit unit : units) {
            for (UnitFile file : unit.files()) {
                if (seen.add(file.path())) {
                    files.add(new CheckedFile(file.path(), withFindings.contains(file.path()) ? file.source() : null,
                            Pragmas.of(file)));
                }
            }
        }
        return files;
    }
}
