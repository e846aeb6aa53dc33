package dev.unitlint.rules.effect;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.Booleans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resource-control settings of systemd.resource-control(5) that only act together with another
 * one: DelegateSubgroup= and CoredumpReceive= need Delegate=, the ManagedOOMMemoryPressure…
 * overrides need ManagedOOMMemoryPressure=kill, CPUSetPartition= needs AllowedCPUs=,
 * CPUQuotaPeriodSec= needs CPUQuota=, and the pressure thresholds need the pressure watch.
 */
@RuleId("SD714")
public final class ResourceSettingWithoutEffect extends IneffectiveSettings {

    private static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(null, "DelegateSubgroup", v -> !v.isBlank(), f -> because(!delegates(f),
                "processes are placed in a subgroup only when delegation is on (systemd.resource-control(5): \"This"
                        + " option has no effect unless control group delegation is turned on via Delegate=\")."
                        + " Set Delegate=yes, or remove the line")));
        rows.add(new Row(null, "CoredumpReceive", IneffectiveSettings::yes, f -> because(!delegates(f),
                "systemd marks the control group for coredump forwarding only when it is delegated"
                        + " (systemd.resource-control(5): \"must also be configured with Delegate=yes\"). Set"
                        + " Delegate=yes")));
        for (String key : List.of("ManagedOOMMemoryPressureLimit", "ManagedOOMMemoryPressureDurationSec")) {
            rows.add(new Row(null, key, v -> !v.isBlank(), f -> because(
                    !f.value("ManagedOOMMemoryPressure").filter("kill"::equals).isPresent(),
                    "systemd-oomd ignores it unless ManagedOOMMemoryPressure=kill (systemd.resource-control(5))."
                            + " Set ManagedOOMMemoryPressure=kill, or remove the line")));
        }
        rows.add(new Row(null, "CPUSetPartition", v -> !v.isBlank(), f -> because(
                !f.hasItems("AllowedCPUs") && !f.hasItems("StartupAllowedCPUs"),
                "a cpuset partition needs the CPUs of AllowedCPUs= (systemd.resource-control(5): \"This setting"
                        + " requires AllowedCPUs= to also be set\"). Set AllowedCPUs=")));
        rows.add(new Row(null, "CPUQuotaPeriodSec", v -> !v.isBlank(), f -> because(!f.isSet("CPUQuota"),
                "it is the period over which CPUQuota= is measured, and there is no CPUQuota=. Set CPUQuota=, or"
                        + " remove the line")));
        for (String kind : List.of("Memory", "CPU", "IO")) {
            rows.add(new Row(null, kind + "PressureThresholdSec", v -> !v.isBlank(), f -> {
                Optional<String> watch = f.value(kind + "PressureWatch");
                boolean off = watch.filter(w -> w.equals("skip") || Booleans.parse(w)
                        .map(b -> !b).orElse(false)).isPresent();
                return because(off, "it is the threshold of the pressure watch, and " + kind + "PressureWatch="
                        + watch.orElse("") + " turns the watch off. Remove one of the two");
            }));
        }
        return List.copyOf(rows);
    }

    public ResourceSettingWithoutEffect() {
        super(ResourceSettingWithoutEffect::table);
    }

    @Override
    boolean appliesTo(Unit unit) {
        return switch (unit.type()) {
            case SERVICE, SOCKET, MOUNT, SWAP, SLICE, SCOPE -> true;
            default -> false;
        };
    }

    /** Delegate= in force: yes, or a list of controllers (an empty value turns it on too). */
    private static boolean delegates(Facts f) {
        List<dev.unitlint.model.Assignment> all = f.unit().assignments(f.cgroupSection(), "Delegate");
        if (all.isEmpty()) {
            return false;
        }
        String last = all.get(all.size() - 1).value().strip();
        return Booleans.parse(last).orElse(true);
    }
}
