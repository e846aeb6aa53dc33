package dev.unitlint.rules.meaning;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.TimeSpan;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * CPUQuotaPeriodSec= outside 1ms…1000ms. systemd.resource-control(5): "The period is clamped to the
 * range supported by the kernel, which is [1ms, 1000ms]": CPUQuotaPeriodSec=5s becomes 1s without a
 * word.
 */
@RuleId("SD720")
public final class CpuQuotaPeriodOutOfRange implements Rule {

    static final long MIN = TimeSpan.USEC_PER_MSEC;
    static final long MAX = TimeSpan.USEC_PER_SEC;

    @Override
    public void check(Unit unit, RuleContext context) {
        String section = unit.type().ownSection();
        if (section == null) {
            return;
        }
        Optional<Assignment> period = Settings.inForce(unit, section, "CPUQuotaPeriodSec");
        if (period.isEmpty()) {
            return;
        }
        OptionalLong usec = TimeSpan.parse(period.get().value());
        // infinity asks for the default period (cgroup_cpu_adjust_period_and_log() in src/core/cgroup.c).
        if (usec.isEmpty() || usec.getAsLong() >= MIN && usec.getAsLong() <= MAX
                || usec.getAsLong() == TimeSpan.INFINITY) {
            return;
        }
        long clamped = usec.getAsLong() < MIN ? MIN : MAX;
        context.reportValue(period.get(), "CPUQuotaPeriodSec=" + period.get().value().strip() + " is outside what the"
                + " kernel supports, so systemd clamps it to " + TimeSpan.format(clamped)
                        + " (systemd.resource-control(5):"
                + " \"clamped to the range … [1ms, 1000ms]\"). Write a period from 1ms to 1s",
                usec.getAsLong() > MAX ? Fix.of(Applicability.SAFE, "Write CPUQuotaPeriodSec=1s, the period in force",
                        List.of(FileEdits.of(period.get().file()).replace(period.get().entry().value().span(), "1s")))
                        : Optional.empty());
    }
}
