package dev.unitlint.rules.restart;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Entry;
import java.util.List;
import java.util.Optional;

/**
 * OnFailure= or OnSuccess= naming the unit itself: systemd drops the dependency at load time
 * ("Dependency OnFailure=x.service is dropped."), so nothing runs. To run the unit again, use
 * Restart=.
 */
@RuleId("SD311")
public final class TriggersItself implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        String self = TriggeredUnits.selfName(unit.name());
        for (String key : new String[] {"OnFailure", "OnSuccess"}) {
            for (TriggeredUnits.Name name : TriggeredUnits.of(unit, key)) {
                if (!name.resolved().map(self::equals).orElse(false)) {
                    continue;
                }
                String fix = unit.type() == UnitType.SERVICE && key.equals("OnFailure")
                        ? "To start it again after a failure, use Restart=on-failure; otherwise remove it"
                        : "Remove it";
                context.report(name.assignment().file(), name.assignment().entry().value().span(name.from(), name.to()),
                        key + "=" + name.written() + " names this unit itself: systemd drops the dependency (\"Dependency "
                                + key + "=" + unit.name().name() + " is dropped.\") and nothing is started. " + fix,
                        removal(name));
            }
        }
    }

    /**
     * Takes the name out of the list, with the blanks after it (before it, for the last name):
     * systemd drops it anyway, so nothing changes. The whole line when it is the only name, since
     * an empty OnFailure= would empty the list. None across continuation lines.
     */
    private static Optional<Fix> removal(TriggeredUnits.Name name) {
        Entry entry = name.assignment().entry();
        if (entry.firstLine() != entry.lastLine()) {
            return Optional.empty();
        }
        String text = entry.value().text();
        FileEdits edits = FileEdits.of(name.assignment().file());
        String description = "Remove " + name.written() + ", which systemd drops";
        int from = name.from();
        int to = name.to();
        if (text.substring(0, from).isBlank() && text.substring(to).isBlank()) {
            return Fix.of(Applicability.SAFE, description, List.of(edits.deleteLine(entry)));
        }
        if (!text.substring(to).isBlank()) {
            while (to < text.length() && Character.isWhitespace(text.charAt(to))) {
                to++;
            }
        } else {
            while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
        }
        return Fix.of(Applicability.SAFE, description, List.of(edits.replaceInValue(entry, from, to, "")));
    }
}
