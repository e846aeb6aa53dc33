package dev.unitlint.rules.structure;

import dev.unitlint.catalog.Directive;
import dev.unitlint.catalog.DirectiveStatus;
import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Edit;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.values.Booleans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fixes of the rules about keys and sections: rename a key (a typo, an old name), move it
 * to the section that has it, rename a section. Each is offered only when it has one evident
 * result; otherwise the finding keeps its message and has no fix.
 */
public final class KeyFixes {

    /**
     * Deprecated or removed keys whose successor takes the same values with the same meaning
     * (systemd.resource-control(5)), so renaming is the whole repair. CPUShares=, BlockIOWeight=
     * and their kin are not here: their successors count on other scales.
     */
    private static final Map<String, String> SAME_VALUES = Map.of(
            "MemoryLimit", "MemoryMax",
            "BlockIOAccounting", "IOAccounting",
            "BlockIOReadBandwidth", "IOReadBandwidthMax",
            "BlockIOWriteBandwidth", "IOWriteBandwidthMax",
            "ManagedOOMMemoryPressureLimitPercent", "ManagedOOMMemoryPressureLimit");

    private KeyFixes() {
    }

    /**
     * SD103: the one key of this section a misspelt key is closest to: a case-only difference,
     * else the single key at the smallest edit distance (within the limit of "did you mean").
     * None when two keys are as close, when the guess is not {@code expected} (the message's),
     * or when the key is a single-value one the unit already sets there (the rename would decide
     * between two values).
     */
    public static Optional<Fix> typo(Unit unit, Assignment assignment, int release, String expected) {
        String key = assignment.key();
        String type = unit.type().suffix();
        List<String> keys = new ArrayList<>();
        for (Directive d : KnownKeys.catalog().directives()) {
            if (d.section().equals(assignment.section()) && d.appliesTo(type) && d.availableIn(release)
                    && d.statusIn(release) == DirectiveStatus.CURRENT) {
                keys.add(d.key());
            }
        }
        String best = null;
        for (String candidate : keys) {
            if (candidate.equalsIgnoreCase(key)) {
                best = candidate;
            }
        }
        if (best == null) {
            int limit = Math.min(3, Math.max(1, key.length() / 3));
            int bestDistance = Integer.MAX_VALUE;
            int atBest = 0;
            for (String candidate : keys) {
                int distance = KnownKeys.distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
                if (distance > limit) {
                    continue;
                }
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                    atBest = 1;
                } else if (distance == bestDistance) {
                    atBest++;
                }
            }
            if (atBest != 1) {
                return Optional.empty();
            }
        }
        if (best == null || !best.equals(expected) || setsSingleValue(unit, assignment.section(), best)) {
            return Optional.empty();
        }
        return rename(assignment, best, Applicability.SAFE, "Rename " + key + "= to " + best + "=");
    }

    /**
     * SD104: moves a key to the one section of this unit type that has it, in the same file
     * (created in the conventional place when missing), keeping its value and continuation
     * lines. None when the unit already sets the key there (the move would add a second value
     * or reorder a list), or the section is [Install] and the key is in a drop-in (systemctl
     * reads [Install] only from the unit file and its own folder; SD109).
     */
    public static Optional<Fix> move(Unit unit, Assignment assignment, String section, int release) {
        String key = assignment.key();
        Optional<Directive> there = KnownKeys.catalog().lookup(unit.type().suffix(), section, key);
        if (there.isEmpty() || !there.get().availableIn(release) || !unit.assignments(section, key).isEmpty()
                || (section.equals(Unit.INSTALL) && !isBase(unit, assignment.file()))) {
            return Optional.empty();
        }
        return moveTo(assignment, section, key, "Move " + key + "= from [" + assignment.section() + "] to [" + section
                + "]");
    }

    /**
     * Moves assignments of one file to a section of it under new names, in one fix: each line
     * deleted where it is, all of them added at the end of the section. Used by SD104 and SD303.
     */
    public static Optional<Fix> moveTo(Assignment assignment, String section, String newKey, String description) {
        return moveAll(List.of(assignment), List.of(newKey), section, description);
    }

    /** Like {@link #moveTo}, for several assignments of one file (same order as {@code newKeys}). */
    public static Optional<Fix> moveAll(List<Assignment> assignments, List<String> newKeys, String section,
                                        String description) {
        if (assignments.isEmpty()) {
            return Optional.empty();
        }
        UnitFile file = assignments.get(0).file();
        FileEdits edits = FileEdits.of(file);
        List<Edit> changes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            Optional<String> moved = edits.movedText(a.entry(), newKeys.get(i));
            if (a.file() != file || moved.isEmpty()) {
                return Optional.empty();
            }
            lines.add(moved.get());
            changes.add(edits.deleteLine(a.entry()));
        }
        if (edits.lastSection(section).isEmpty() && file.sections().stream().anyMatch(s -> !s.header().wellFormed()
                || !(KnownKeys.catalog().isKnownSection(s.name()) || KnownKeys.isExtension(s.name())))) {
            // The section may be there under a name SD101 or SD003 reports ([unit]): once that is
            // repaired, a later round moves the key into it rather than making a second one.
            return Optional.empty();
        }
        changes.add(edits.addToSection(section, lines));
        return Fix.of(Applicability.SAFE, description, changes);
    }

    /**
     * SD106, SD107: writes an old key under the name systemd maps it to, when that is the whole
     * repair: an undocumented alias or an obsolete name systemd remaps (same setting, same
     * values), or a deprecated or removed key whose successor takes the same values and is not
     * set in the unit already. {@code OnFailureIsolate=yes|no} becomes
     * {@code OnFailureJobMode=isolate|replace}, as systemd reads it.
     */
    public static Optional<Fix> successor(Unit unit, Assignment assignment, Directive directive, int release) {
        String key = assignment.key();
        DirectiveStatus status = directive.statusIn(release);
        String section = assignment.section();
        String type = unit.type().suffix();
        String target;
        if (key.equals("OnFailureIsolate")) {
            Optional<Boolean> value = Booleans.parse(assignment.value());
            if (value.isEmpty() || !available(type, section, "OnFailureJobMode", release)) {
                return Optional.empty();
            }
            String mode = value.get() ? "isolate" : "replace";
            FileEdits edits = FileEdits.of(assignment.file());
            List<Edit> changes = List.of(edits.renameKey(assignment.entry(), "OnFailureJobMode"),
                    edits.replace(assignment.entry().value().span(), mode));
            return Fix.of(Applicability.SAFE, "Write OnFailureJobMode=" + mode + " instead of OnFailureIsolate=", changes);
        }
        if (status == DirectiveStatus.ALIAS || status == DirectiveStatus.OBSOLETE_REMAPPED) {
            target = directive.replacement();
        } else if (SAME_VALUES.containsKey(key) && (status == DirectiveStatus.DEPRECATED
                || status == DirectiveStatus.OBSOLETE_IGNORED || status == DirectiveStatus.REMOVED)) {
            target = SAME_VALUES.get(key);
            if (!unit.assignments(section, target).isEmpty()) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        if (!target.matches("[A-Za-z]+") || !available(type, section, target, release)) {
            return Optional.empty();
        }
        return rename(assignment, target, Applicability.SAFE, "Rename " + key + "= to " + target + "=");
    }

    /**
     * SD101: renames an unknown section to the one section of the unit type its name is
     * closest to (a case-only difference, else the single nearest name).
     */
    public static Optional<Fix> sectionName(UnitFile file, Section section, List<String> known, String guess) {
        String name = section.name();
        long asClose = known.stream().filter(k -> k.equalsIgnoreCase(name)).count();
        if (asClose == 0) {
            int best = KnownKeys.distance(name.toLowerCase(Locale.ROOT), guess.toLowerCase(Locale.ROOT));
            asClose = known.stream().filter(k -> KnownKeys.distance(name.toLowerCase(Locale.ROOT),
                    k.toLowerCase(Locale.ROOT)) == best).count();
        }
        if (asClose != 1) {
            return Optional.empty();
        }
        return Fix.of(Applicability.SAFE, "Rename [" + name + "] to [" + guess + "]",
                List.of(FileEdits.of(file).renameSection(section.header(), guess)));
    }

    private static Optional<Fix> rename(Assignment assignment, String newKey, Applicability applicability,
                                        String description) {
        return Fix.of(applicability, description,
                List.of(FileEdits.of(assignment.file()).renameKey(assignment.entry(), newKey)));
    }

    private static boolean available(String type, String section, String key, int release) {
        return KnownKeys.catalog().lookup(type, section, key).filter(d -> d.availableIn(release)).isPresent();
    }

    /** Whether a single-value key is already set in the section (a list key may take one more value). */
    private static boolean setsSingleValue(Unit unit, String section, String key) {
        boolean list = KnownKeys.catalog().lookup(unit.type().suffix(), section, key).map(Directive::isList)
                .orElse(false);
        return !list && !unit.assignments(section, key).isEmpty();
    }

    private static boolean isBase(Unit unit, UnitFile file) {
        return unit.base().map(b -> b == file).orElse(false);
    }
}
