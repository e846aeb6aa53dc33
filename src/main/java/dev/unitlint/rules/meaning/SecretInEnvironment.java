package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.CommandLine;
import dev.unitlint.values.CommandLine.Word;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A secret written into Environment=. systemd.exec(5): "environment variables are not suitable for
 * passing secrets (such as passwords, key material, …) to service processes. Environment variables
 * set for a unit are exposed to unprivileged clients via D-Bus IPC … Use LoadCredential=,
 * LoadCredentialEncrypted= or SetCredentialEncrypted=". Recognised by the variable's name.
 */
@RuleId("SD725")
public final class SecretInEnvironment implements Rule {

    private static final Pattern SECRET = Pattern.compile(
            "(^|_)(PASSWORD|PASSWD|PASS|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)($|_)");

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty()) {
            return;
        }
        for (Assignment a : unit.list(section.get(), "Environment")) {
            for (Word w : CommandLine.words(a.value())) {
                String text = w.text();
                int eq = text.indexOf('=');
                if (eq <= 0 || eq == text.length() - 1) {
                    continue;
                }
                String name = text.substring(0, eq);
                String value = text.substring(eq + 1);
                if (!SECRET.matcher(name.toUpperCase(Locale.ROOT)).find()
                        || name.toUpperCase(Locale.ROOT).endsWith("_FILE")
                        || value.startsWith("/") || value.startsWith("%") || value.startsWith("$")) {
                    continue;
                }
                context.report(a.file(), a.entry().value().span(w.from(), w.to()), name + "= looks like a secret, and"
                        + " Environment= is readable by any local user through D-Bus and passed on to child processes"
                        + " (systemd.exec(5): \"not suitable for passing secrets\"). Pass it with LoadCredential= or"
                        + " SetCredentialEncrypted= and read it from $CREDENTIALS_DIRECTORY");
            }
        }
    }
}
