package dev.unitlint.rules.deprecation;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * {@code OnFailureIsolate=}: replaced by {@code OnFailureJobMode=isolate} in systemd 209;
 * still read, with the notice "OnFailureIsolate is deprecated. Please use OnFailureJobMode=
 * instead" (config_parse_job_mode_isolate(), 252 load-fragment.c:4603).
 */
@RuleId("SD705")
public final class OnFailureIsolate implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        for (Assignment a : unit.assignments("Unit", "OnFailureIsolate")) {
            String v = a.value().strip().toLowerCase(java.util.Locale.ROOT);
            boolean on = v.equals("yes") || v.equals("true") || v.equals("1") || v.equals("on") || v.equals("y")
                    || v.equals("t");
            context.reportKey(a, "OnFailureIsolate= is deprecated (systemd logs \"OnFailureIsolate is deprecated."
                    + " Please use OnFailureJobMode= instead\"). Write OnFailureJobMode=" + (on ? "isolate" : "replace"));
        }
    }
}
