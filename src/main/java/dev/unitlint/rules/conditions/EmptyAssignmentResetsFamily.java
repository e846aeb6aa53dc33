package dev.unitlint.rules.conditions;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An empty assignment that resets more than its own key. systemd.unit(5): "If any of these options
 * is assigned the empty string, the list of conditions is reset completely, all previous condition
 * settings (of any kind) will have no effect" (asserts likewise); systemd.timer(5): an empty On…=
 * resets "both monotonic timers and OnCalendar= timers"; systemd.socket(5): an empty Listen…= resets
 * "all prior uses of any of these options"; systemd.path(5) the same for the Path…= watches. Written
 * to drop one kind, it drops the others too. Reported when an assignment of another key of the
 * family came before it.
 */
@RuleId("SD730")
public final class EmptyAssignmentResetsFamily implements Rule {

    /**
     * A family of keys that share one list, and the words for the message. {@code required}: a
     * unit whose list ends up empty is refused (a timer, socket or path unit without triggers),
     * which SD409, SD410 and SD412 report; the reset is then left to them.
     */
    private record Family(String section, Predicate<String> member, String what, String manPage, boolean required) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("Unit", Conditions::isCondition, "every condition (Condition…=) of the unit", "systemd.unit(5)",
                    false),
            new Family("Unit", Conditions::isAssert, "every assertion (Assert…=) of the unit", "systemd.unit(5)",
                    false),
            new Family("Timer", k -> k.startsWith("On") && (k.endsWith("Sec") || k.equals("OnCalendar")),
                    "every trigger of the timer, OnCalendar= and the monotonic On…Sec= alike",
                    "systemd.timer(5)", true),
            new Family("Socket", k -> k.startsWith("Listen"), "every listener (Listen…=) of the socket",
                    "systemd.socket(5)", true),
            new Family("Path", k -> k.startsWith("Path") || k.equals("DirectoryNotEmpty"),
                    "every watch (PathExists=, PathChanged=, …) of the path unit", "systemd.path(5)", true));

    @Override
    public void check(Unit unit, RuleContext context) {
        for (Family family : FAMILIES) {
            List<Assignment> members = unit.assignments(family.section()).stream()
                    .filter(a -> family.member().test(a.key()) && !a.key().equals("OnClockChange")
                            && !a.key().equals("OnTimezoneChange")).toList();
            if (family.required() && (members.isEmpty() || members.get(members.size() - 1).isEmpty())) {
                continue;
            }
            List<Assignment> before = new ArrayList<>();
            for (Assignment a : members) {
                if (!a.isEmpty()) {
                    before.add(a);
                    continue;
                }
                Set<String> others = new LinkedHashSet<>();
                for (Assignment b : before) {
                    if (!b.key().equals(a.key())) {
                        others.add(b.key() + "=");
                    }
                }
                if (!others.isEmpty()) {
                    context.reportKey(a, "An empty " + a.key() + "= resets " + family.what() + ", not only "
                            + a.key() + "= (" + family.manPage() + "), so " + String.join(", ", others) + " set before"
                            + " it no longer apply. Repeat the settings that should stay after this line");
                }
                before.clear();
            }
        }
    }
}
