package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.List;
import java.util.Optional;

/**
 * RestrictAddressFamilies= as an allow list without AF_UNIX. systemd.exec(5): "in most cases, the
 * local AF_UNIX address family should be included in the configured allow list as it is frequently
 * used for local communication, including for syslog(2) logging." Without it syslog(), D-Bus, NSS
 * lookups and sd_notify() fail.
 */
@RuleId("SD723")
public final class AddressFamiliesWithoutUnix implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        List<Assignment> items = unit.list(section.get(), "RestrictAddressFamilies").stream()
                .filter(a -> !a.isEmpty()).toList();
        if (items.isEmpty()) {
            return;
        }
        Assignment first = items.get(0);
        String v = first.value().strip();
        if (v.startsWith("~") || v.equals("none")) {
            return;
        }
        boolean unix = false;
        for (Assignment a : items) {
            String text = a.value().strip();
            boolean deny = text.startsWith("~");
            for (String family : text.replace("~", "").split("\\s+")) {
                if (family.equals("AF_UNIX")) {
                    unix = !deny;
                }
            }
        }
        if (!unix) {
            context.reportValue(first, "RestrictAddressFamilies= allows only " + v + ", not AF_UNIX, which most"
                    + " programs"
                    + " need for local communication: syslog(3), D-Bus, name service lookups and sd_notify()"
                    + " (systemd.exec(5): \"the local AF_UNIX address family should be included\"). Add AF_UNIX, unless"
                    + " the program surely needs none of these");
        }
    }
}
