package dev.unitlint.rules.meaning;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Edit;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number without a unit where systemd's default unit is not the second. systemd.exec(5):
 * "if no time unit is specified for LimitCPU= the default unit of seconds is implied, while for
 * LimitRTTIME= the default unit of microseconds is implied", and TimerSlackNSec= "takes an integer
 * value in nano-seconds if no unit is specified" — "in contrast to most other time span definitions".
 */
@RuleId("SD708")
public final class UnusualDefaultTimeUnit implements Rule {

    private static final Map<String, String> UNIT =
            Map.of("LimitRTTIME", "microseconds", "TimerSlackNSec", "nanoseconds");
    private static final Map<String, String> SUFFIX = Map.of("LimitRTTIME", "us", "TimerSlackNSec", "ns");

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> e : UNIT.entrySet()) {
            Optional<Assignment> a = Settings.inForce(unit, section.get(), e.getKey());
            if (a.isEmpty()) {
                continue;
            }
            String v = a.get().value().strip();
            String soft = v.split(":", 2)[0];
            if (!DIGITS.matcher(soft).matches() || soft.equals("0")) {
                continue;
            }
            context.reportValue(a.get(), e.getKey() + "=" + v + " is " + soft + " " + e.getValue() + ": a"
                    + " number without"
                    + " a unit is read in " + e.getValue() + " here, unlike most time settings (systemd.exec(5)). Write"
                    + " the unit out, e.g. " + soft + SUFFIX.get(e.getKey()) + ", or " + soft + "s if seconds"
                    + " were meant", writeUnitOut(a.get(), SUFFIX.get(e.getKey())));
        }
    }

    /**
     * Writes the unit systemd already reads after each bare number ({@code 500000} →
     * {@code 500000us}, both limits of {@code soft:hard}): the value keeps its meaning and says it.
     * Safe, since systemd reads the same span; whether seconds were meant is the message's question.
     */
    private static Optional<Fix> writeUnitOut(Assignment assignment, String suffix) {
        String text = assignment.entry().value().text();
        FileEdits edits = FileEdits.of(assignment.file());
        List<Edit> inserts = new ArrayList<>();
        int from = 0;
        for (String part : text.split(":", 2)) {
            Matcher number = DIGITS.matcher(part.strip());
            if (number.matches() && !part.strip().equals("0")) {
                int end = from + part.stripTrailing().length();
                inserts.add(edits.replaceInValue(assignment.entry(), end, end, suffix));
            }
            from += part.length() + 1;
        }
        return Fix.of(Applicability.SAFE, "Write the unit out: " + suffix, inserts);
    }
}
