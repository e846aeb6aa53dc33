package dev.unitlint.rules.restart;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.rules.structure.KeyFixes;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SD303's fix: start-limit settings written in [Service] move to [Unit] of the same file under
 * their current names (StartLimitInterval= becomes StartLimitIntervalSec=), created at the top
 * when the file has no [Unit]. For systemd before 229, where [Service] is their place,
 * StartLimitIntervalSec= is renamed StartLimitInterval= instead.
 *
 * <p>Both sections write the same limit and systemd keeps the value it reads last, so a move is
 * only the whole repair when the file sets that limit nowhere else: then where the line stands
 * in the file changes nothing. When it does, the finding keeps its message and no fix (which of
 * two values was meant is a person's call). The fix takes a list so that one finding may cover
 * the block of such settings in a file.
 */
public final class StartLimitFixes {

    private StartLimitFixes() {
    }

    public static Optional<Fix> moveToUnit(List<Assignment> legacy, int release) {
        if (legacy.isEmpty()) {
            return Optional.empty();
        }
        if (release < StartLimitInServiceSection.MOVED_TO_UNIT_IN) {
            Assignment first = legacy.get(0);
            if (legacy.size() != 1 || !first.key().equals("StartLimitIntervalSec")) {
                return Optional.empty();
            }
            return Fix.of(Applicability.SAFE, "Rename StartLimitIntervalSec= to StartLimitInterval=",
                    List.of(FileEdits.of(first.file()).renameKey(first.entry(), "StartLimitInterval")));
        }
        UnitFile file = legacy.get(0).file();
        List<Assignment> movable = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Assignment a : legacy) {
            String current = currentName(a.key());
            if (a.file() == file && !setElsewhere(file, a, current)) {
                movable.add(a);
                names.add(current);
            }
        }
        if (movable.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < movable.size(); i++) {
            what.append(i == 0 ? "" : ", ").append(movable.get(i).key()).append('=');
            if (!names.get(i).equals(movable.get(i).key())) {
                what.append(" (as ").append(names.get(i)).append("=)");
            }
        }
        return KeyFixes.moveAll(movable, names, "Unit", "Move " + what + " from [Service] to [Unit]");
    }

    /** The [Unit] name of a start-limit setting written in [Service]. */
    static String currentName(String key) {
        return key.equals("StartLimitInterval") ? "StartLimitIntervalSec" : key;
    }

    /** Whether the file writes the same limit anywhere but this line, in [Unit] or [Service], under any name. */
    private static boolean setElsewhere(UnitFile file, Assignment here, String current) {
        for (Section section : file.sections()) {
            if (!section.name().equals("Unit") && !section.name().equals("Service")) {
                continue;
            }
            for (Entry entry : section.entries()) {
                if (entry != here.entry() && entry.isAssignment()
                        && (entry.key().equals(current) || currentName(entry.key()).equals(current))) {
                    return true;
                }
            }
        }
        return false;
    }
}
