package dev.unitlint.rules.restart;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.values.TimeSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Start-limit settings in {@code [Service]}. systemd 229 moved StartLimitInterval=,
 * StartLimitBurst=, StartLimitAction=, FailureAction= and RebootArgument= to {@code [Unit]}
 * and still reads the old names in {@code [Service]}; but StartLimitIntervalSec=, the new
 * name, does not exist in {@code [Service]}: systemd drops it as an unknown key and the
 * default limit stays in force.
 */
@RuleId("SD303")
public final class StartLimitInServiceSection implements Rule {

    /** NEWS for 229: "have been moved from the [Service] section of unit files to [Unit]". */
    static final int MOVED_TO_UNIT_IN = 229;

    private static final List<String> MOVED_KEYS =
            List.of("StartLimitInterval", "StartLimitBurst", "StartLimitAction", "FailureAction", "RebootArgument");

    /**
     * One finding per file for the legacy names in its [Service] section, at the first of them:
     * they are one mistake with one fix (move the block to [Unit]). They still work, but each
     * writes the same setting as its [Unit] spelling, and systemd keeps whichever it reads last
     * (the unit file top to bottom, then the drop-ins in order), so the section does not decide
     * which one counts; the message says, key by key, where that bites.
     */
    private static void reportLegacy(Unit unit, List<Assignment> legacy, RuleContext context) {
        List<String> names = new ArrayList<>();
        List<String> modern = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        // Whether every legacy line repeats the value in force in [Unit]: the two spellings written
        // side by side so that the unit also loads on systemd before 229 (step-ca). Nothing can
        // surprise then, a drop-in's [Unit] line is read after both: redundant, so information.
        boolean mirrored = true;
        for (Assignment here : legacy) {
            String key = here.key();
            String canonical = key.equals("StartLimitInterval") ? "StartLimitIntervalSec" : key;
            if (!names.contains(key + "=")) {
                names.add(key + "=");
                modern.add(canonical + "=");
            }
            List<Assignment> same = new ArrayList<>(unit.assignments("Unit", canonical));
            if (!canonical.equals(key)) {
                same.addAll(unit.assignments("Unit", key));
            }
            List<Assignment> inUnit = List.copyOf(same);
            same.addAll(unit.assignments("Service", key));
            Assignment winner = unit.latest(same).orElse(here);
            mirrored &= !inUnit.isEmpty() && sameValue(key, here.value(), inUnit.get(inUnit.size() - 1).value());
            if (!winner.equals(here)) {
                conflicts.add(key + "=" + here.value() + " has no effect: " + winner.key() + "=" + winner.value() + " in ["
                        + winner.section() + "] (" + where(here, winner) + ") is read later");
            } else if (!inUnit.isEmpty()) {
                Assignment overridden = inUnit.get(inUnit.size() - 1);
                conflicts.add(key + "=" + here.value() + " overrides " + overridden.key() + "=" + overridden.value()
                        + " in [Unit] (" + where(here, overridden) + "), which has no effect");
            }
        }
        Assignment first = legacy.get(0);
        boolean one = names.size() == 1;
        if (mirrored) {
            context.report(Severity.INFO, first.file(), first.entry().keySpan(), join(names) + " in [Service] "
                    + (one ? "repeats" : "repeat") + " [Unit] " + join(modern) + " with the same "
                    + (one ? "value" : "values") + ": the pre-229 spelling, for older systemd releases; since 229 "
                    + (one ? "it is" : "they are") + " redundant. Remove " + (one ? "it" : "them")
                    + " unless the unit must load on systemd before 229",
                    StartLimitFixes.moveToUnit(legacy, context.systemdVersion()));
            return;
        }
        String message = join(names) + " in [Service] " + (one ? "is the pre-229 place" : "are the pre-229 places")
                + " of [Unit] " + join(modern) + ". " + (one ? "It still works" : "They still work") + ", but "
                + (one ? "it sets" : "each sets") + " the same limit as the [Unit] spelling, and systemd keeps whichever"
                + " it reads last (this file top to bottom, then the drop-ins), whatever the section"
                + (conflicts.isEmpty() ? ", so a [Unit] setting in a drop-in replaces " + (one ? "it" : "them")
                        : ": here " + String.join("; ", conflicts))
                + ". Write " + (one ? "it" : "them") + " once, in [Unit] as " + join(modern);
        context.report(Severity.WARNING, first.file(), first.entry().keySpan(), message,
                StartLimitFixes.moveToUnit(legacy, context.systemdVersion()));
    }

    /** Equal values, the interval compared as a time span (StartLimitInterval=30 is StartLimitIntervalSec=30s). */
    private static boolean sameValue(String key, String a, String b) {
        if (key.equals("StartLimitInterval")) {
            OptionalLong x = TimeSpan.parse(a);
            return x.isPresent() && x.equals(TimeSpan.parse(b));
        }
        return a.strip().equals(b.strip());
    }

    private static String join(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String where(Assignment from, Assignment other) {
        String line = "line " + other.entry().firstLine();
        return other.file().equals(from.file()) ? line : line + " of " + other.file().path();
    }

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE) {
            return;
        }
        boolean moved = context.systemdVersion() >= MOVED_TO_UNIT_IN;
        Map<UnitFile, List<Assignment>> legacyByFile = new LinkedHashMap<>();
        for (Assignment assignment : unit.assignments("Service")) {
            String key = assignment.key();
            if (key.equals("StartLimitIntervalSec")) {
                String fix = moved
                        ? "move it to [Unit]"
                        : "write StartLimitInterval= instead (systemd " + context.systemdVersion()
                                + " has no StartLimitIntervalSec=)";
                context.report(Severity.ERROR, assignment.file(), assignment.entry().keySpan(),
                        "StartLimitIntervalSec= is not a [Service] setting: systemd ignores it here (\"Unknown key\")"
                                + " and the default start limit (10s, 5 starts) stays in force; " + fix,
                        StartLimitFixes.moveToUnit(List.of(assignment), context.systemdVersion()));
            } else if (moved && MOVED_KEYS.contains(key)) {
                legacyByFile.computeIfAbsent(assignment.file(), f -> new ArrayList<>()).add(assignment);
            }
        }
        legacyByFile.values().forEach(legacy -> reportLegacy(unit, legacy, context));
    }
}
