package dev.unitlint.rules.structure;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A key systemd knows, written in a section that does not have it: {@code WantedBy=} in
 * [Service], {@code Description=} in [Install], {@code OnCalendar=} in a service. systemd
 * looks keys up per section, logs "Unknown key" and ignores the line.
 */
@RuleId("SD104")
public final class MisplacedKey implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        String type = unit.type().suffix();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            String section = assignment.section();
            String key = assignment.key();
            List<Directive> elsewhere = KnownKeys.catalog().named(key);
            if (elsewhere.isEmpty() || KnownKeys.directive(unit, assignment).isPresent()
                    || KnownKeys.reportedElsewhere(section, key)) {
                continue;
            }
            List<Directive> ofType = elsewhere.stream().filter(d -> d.appliesTo(type)).toList();
            String where;
            if (!ofType.isEmpty()) {
                where = "it belongs in " + ofType.stream().map(d -> "[" + d.section() + "]").distinct()
                        .collect(Collectors.joining(" or ")) + "; move it there";
            } else {
                where = "it is a setting of " + elsewhere.stream()
                        .map(d -> "[" + d.section() + "] in " + units(d))
                        .distinct().collect(Collectors.joining(" and ")) + ", not of ." + type + " units";
            }
            List<String> sections = ofType.stream().map(Directive::section).distinct().toList();
            context.reportKey(assignment, key + "= is not a [" + section + "] setting: systemd ignores it here (\"Unknown key '"
                    + key + "' in section [" + section + "], ignoring.\"); " + where, sections.size() != 1 ? Optional.empty()
                    : KeyFixes.move(unit, assignment, sections.get(0), context.systemdVersion()));
        }
    }

    private static String units(Directive d) {
        return d.unitTypes().stream().sorted().map(t -> "." + t).collect(Collectors.joining("/")) + " units";
    }
}
