package dev.unitlint.rules.meaning;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.List;

/**
 * RestrictNetworkInterfaces= as an allow list without lo. systemd.resource-control(5): "The loopback
 * interface ("lo") is not treated in any special way, you have to configure it explicitly in the unit
 * file." Without it the service cannot reach 127.0.0.1 or ::1.
 */
@RuleId("SD724")
public final class InterfacesWithoutLoopback implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        String section = unit.type().ownSection();
        if (section == null) {
            return;
        }
        List<Assignment> items = unit.list(section, "RestrictNetworkInterfaces").stream()
                .filter(a -> !a.isEmpty()).toList();
        if (items.isEmpty() || items.get(0).value().strip().startsWith("~")) {
            return;
        }
        boolean lo = false;
        for (Assignment a : items) {
            String text = a.value().strip();
            boolean deny = text.startsWith("~");
            for (String name : text.replace("~", "").split("\\s+")) {
                if (name.equals("lo")) {
                    lo = !deny;
                }
            }
        }
        if (!lo) {
            // A line after the last one adds lo to the allow list whatever those lines say. Unsafe:
            // it opens the sandbox by one interface, the man page's advice for a person to confirm.
            Assignment last = items.get(items.size() - 1);
            context.reportValue(items.get(0), "RestrictNetworkInterfaces=" + items.get(0).value().strip() + " does not"
                    + " list lo, so the service cannot use the loopback interface (127.0.0.1, ::1): lo \"is not treated"
                    + " in any special way\" (systemd.resource-control(5)). Add lo",
                    Fix.of(Applicability.UNSAFE, "Add RestrictNetworkInterfaces=lo", List.of(FileEdits.of(last.file())
                            .insertLinesAfter(last.entry(), List.of("RestrictNetworkInterfaces=lo")))));
        }
    }
}
