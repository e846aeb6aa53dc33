package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.Words;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The same exit status or signal in RestartPreventExitStatus= and RestartForceExitStatus=.
 * service_shall_restart() tests the prevent list first, so the status never forces a restart.
 */
@RuleId("SD309")
public final class ExitStatusContradiction implements Rule {

    /** The LSB names exit_status_from_string() accepts besides numbers (src/basic/exit-status.c). */
    private static final Map<String, Integer> LSB_NAMES = Map.of("SUCCESS", 0, "FAILURE", 1, "INVALIDARGUMENT", 2,
            "NOTIMPLEMENTED", 3, "NOPERMISSION", 4, "NOTINSTALLED", 5, "NOTCONFIGURED", 6, "NOTRUNNING", 7);

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE) {
            return;
        }
        Map<String, Word> prevented = words(unit, "RestartPreventExitStatus");
        for (Map.Entry<String, Word> forced : words(unit, "RestartForceExitStatus").entrySet()) {
            Word prevent = prevented.get(forced.getKey());
            if (prevent == null) {
                continue;
            }
            Word word = forced.getValue();
            context.report(word.assignment.file(), word.assignment.entry().value().span(word.from, word.to),
                    word.text + " is in both RestartForceExitStatus= and RestartPreventExitStatus= (line "
                            + prevent.assignment.entry().firstLine() + "): systemd checks the prevent list first, so"
                            + " this status never restarts the service. Remove it from one of the two lists");
        }
    }

    private record Word(Assignment assignment, String text, int from, int to) {
    }

    /** The statuses of a list setting in force, by normalised form (15, SIGTERM). */
    private static Map<String, Word> words(Unit unit, String key) {
        Map<String, Word> result = new LinkedHashMap<>();
        for (Assignment assignment : unit.list("Service", key)) {
            for (Words.Word word : Words.split(assignment.value())) {
                result.putIfAbsent(normalise(word.text()), new Word(assignment, word.text(), word.start(), word.end()));
            }
        }
        return result;
    }

    static String normalise(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        if (upper.chars().allMatch(Character::isDigit)) {
            return upper.length() <= 3 ? "status:" + Integer.parseInt(upper) : "word:" + upper;
        }
        if (LSB_NAMES.containsKey(upper)) {
            return "status:" + LSB_NAMES.get(upper);
        }
        return "signal:" + (upper.startsWith("SIG") ? upper.substring(3) : upper);
    }
}
