package dev.unitlint.rules.deprecation;

import java.util.List;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Applicability;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * {@code StandardOutput=} or {@code StandardError=} set to {@code syslog} or
 * {@code syslog+console}: obsolete since systemd 246, read as {@code journal} and
 * {@code journal+console} with a warning (config_parse_exec_output(), 252 load-fragment.c:1421).
 */
@RuleId("SD701")
public final class StandardOutputSyslog implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.type().hasExecContext()) {
            return;
        }
        for (String key : new String[] {"StandardOutput", "StandardError"}) {
            for (Assignment a : unit.assignments(unit.type().ownSection(), key)) {
                String value = a.value().strip();
                if (value.equals("syslog") || value.equals("syslog+console")) {
                    String replacement = value.replace("syslog", "journal");
                    context.reportValue(a, key + "=" + value + " is obsolete: systemd logs \"Standard output type "
                            + value + " is obsolete, automatically updating to " + replacement + "\" and uses "
                            + replacement + ". Write " + key + "=" + replacement + (value.equals("syslog")
                            ? ", or remove the line (journal is the default)" : ""),
                            Fix.of(Applicability.SAFE, "Write " + key + "=" + replacement, List.of(
                                    FileEdits.of(a.file()).replace(a.entry().value().span(), replacement))));
                }
            }
        }
    }
}
