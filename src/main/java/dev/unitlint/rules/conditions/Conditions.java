package dev.unitlint.rules.conditions;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Condition…= and Assert…= assignments of a unit, in the order systemd reads them. */
final class Conditions {

    private Conditions() {
    }

    static boolean isCondition(String key) {
        return key.startsWith("Condition");
    }

    static boolean isAssert(String key) {
        return key.startsWith("Assert");
    }

    /** The conditions (or asserts) in force: an empty one of any kind drops all before it. */
    static List<Assignment> inForce(Unit unit, boolean asserts) {
        List<Assignment> result = new ArrayList<>();
        for (Assignment a : unit.assignments("Unit")) {
            if (asserts ? !isAssert(a.key()) : !isCondition(a.key())) {
                continue;
            }
            if (a.isEmpty()) {
                result.clear();
            } else {
                result.add(a);
            }
        }
        return result;
    }

    /** The value without the leading '|' (trigger) and '!' (negation) that systemd strips in that order. */
    static String operand(String value) {
        String v = value.strip();
        if (v.startsWith("|")) {
            v = v.substring(1).stripLeading();
        }
        if (v.startsWith("!")) {
            v = v.substring(1).stripLeading();
        }
        return v;
    }

    static boolean negated(String value) {
        String v = value.strip();
        if (v.startsWith("|")) {
            v = v.substring(1).stripLeading();
        }
        return v.startsWith("!");
    }

    /**
     * SD735, SD736: adds the ordering lines the man page asks for, after the condition (in its
     * file). Unsafe: new ordering may close a cycle with units unitlint does not see.
     */
    static Optional<Fix> addAfter(Assignment condition, List<String> lines) {
        return Fix.of(Applicability.UNSAFE, "Add " + String.join(" and ", lines),
                List.of(FileEdits.of(condition.file()).insertLinesAfter(condition.entry(), lines)));
    }
}
