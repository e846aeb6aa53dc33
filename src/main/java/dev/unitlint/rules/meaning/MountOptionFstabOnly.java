package dev.unitlint.rules.meaning;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Edit;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FileEdits;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.TimeSpan;
import dev.unitlint.values.UnitNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An fstab-only x-systemd.… option in Options= of a mount unit file. systemd.mount(5) says of
 * x-systemd.device-timeout=, x-systemd.mount-timeout=, x-systemd.makefs, x-systemd.growfs,
 * x-systemd.pcrfs and x-systemd.validatefs: "this option can only be used in /etc/fstab, and will be
 * ignored when part of the Options= setting in a unit file"; the dependency options
 * (x-systemd.requires=, …) and x-systemd.automount are read only by systemd-fstab-generator too
 * (src/fstab-generator; PID 1's mount.c reads only nofail, _netdev, x-systemd.device-bound and
 * x-systemd.graceful-option), so in a unit file they do nothing either.
 */
@RuleId("SD717")
public final class MountOptionFstabOnly implements Rule {

    /** The option, and what a unit file says instead. */
    private static final Map<String, String> INSTEAD = Map.ofEntries(
            Map.entry("x-systemd.device-timeout", "JobRunningTimeoutSec= in the device's drop-in"),
            Map.entry("x-systemd.mount-timeout", "TimeoutSec= in [Mount]"),
            Map.entry("x-systemd.makefs", "Requires= and After= on systemd-makefs@.service"),
            Map.entry("x-systemd.growfs", "Wants= on systemd-growfs@.service"),
            Map.entry("x-systemd.pcrfs", "Wants= on systemd-pcrfs@.service"),
            Map.entry("x-systemd.validatefs", "Wants= on systemd-validatefs@.service"),
            Map.entry("x-systemd.requires", "Requires= and After= in [Unit]"),
            Map.entry("x-systemd.wants", "Wants= and After= in [Unit]"),
            Map.entry("x-systemd.before", "Before= in [Unit]"),
            Map.entry("x-systemd.after", "After= in [Unit]"),
            Map.entry("x-systemd.wanted-by", "WantedBy= in [Install]"),
            Map.entry("x-systemd.required-by", "RequiredBy= in [Install]"),
            Map.entry("x-systemd.requires-mounts-for", "RequiresMountsFor= in [Unit]"),
            Map.entry("x-systemd.wants-mounts-for", "WantsMountsFor= in [Unit]"),
            Map.entry("x-systemd.automount", "an .automount unit of the same name"),
            Map.entry("x-systemd.idle-timeout", "TimeoutIdleSec= in the .automount unit"),
            Map.entry("x-systemd.rw-only", "ReadWriteOnly=yes in [Mount]"));

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.MOUNT) {
            return;
        }
        for (Assignment a : unit.assignments("Mount", "Options")) {
            String text = a.value();
            int start = 0;
            for (String option : text.split(",", -1)) {
                String name = option.strip();
                int eq = name.indexOf('=');
                String key = eq < 0 ? name : name.substring(0, eq);
                if (INSTEAD.containsKey(key)) {
                    int at = text.indexOf(name, start);
                    context.report(a.file(), a.entry().value().span(at, at + name.length()), key + " in Options= of a"
                            + " mount unit file is ignored: systemd-fstab-generator reads it from /etc/fstab,"
                            + " PID 1 does"
                            + " not (systemd.mount(5)). Use " + INSTEAD.get(key) + " instead",
                            asSettings(unit, a, at, name, context.systemdVersion()));
                }
                start += option.length() + 1;
            }
        }
    }

    /**
     * The settings systemd-fstab-generator writes for an option (write_dependency() and
     * write_timeout() in src/fstab-generator/fstab-generator.c), for the options whose meaning
     * in a unit file is exactly that: ordering and requirement options naming units, the
     * mounts-for options, x-systemd.rw-only and x-systemd.mount-timeout=. The option leaves
     * Options= and the settings are added to their section of the same file. Safe: the unit then
     * does what its author wrote for fstab. The others (a device's timeout, makefs, growfs,
     * automount, an install target that also needs systemctl enable, a path where a unit name
     * goes) have no one setting in the unit file, and no fix.
     */
    private static Optional<Fix> asSettings(Unit unit, Assignment options, int at, String option, int release) {
        int eq = option.indexOf('=');
        String key = eq < 0 ? option : option.substring(0, eq);
        String value = eq < 0 ? "" : option.substring(eq + 1);
        boolean unitName = UnitNames.isValid(value);
        boolean path = value.startsWith("/") && !value.contains(" ");
        List<String> lines = switch (key) {
            case "x-systemd.before" -> unitName ? List.of("Before=" + value) : List.of();
            case "x-systemd.after" -> unitName ? List.of("After=" + value) : List.of();
            case "x-systemd.requires" -> unitName ? List.of("After=" + value, "Requires=" + value) : List.of();
            case "x-systemd.wants" -> unitName ? List.of("After=" + value, "Wants=" + value) : List.of();
            case "x-systemd.requires-mounts-for" -> path ? List.of("RequiresMountsFor=" + value) : List.of();
            case "x-systemd.wants-mounts-for" -> path ? List.of("WantsMountsFor=" + value) : List.of();
            case "x-systemd.rw-only" -> eq < 0 ? List.of("ReadWriteOnly=yes") : List.of();
            case "x-systemd.mount-timeout" -> TimeSpan.parse(value).isPresent() ? List.of("TimeoutSec=" + value)
                    : List.of();
            default -> List.of();
        };
        String section = key.equals("x-systemd.rw-only") || key.equals("x-systemd.mount-timeout") ? "Mount" : "Unit";
        for (String line : lines) {
            String setting = line.substring(0, line.indexOf('='));
            if (KnownKeys.catalog().lookup("mount", section, setting).filter(d -> d.availableIn(release)).isEmpty()
                    || section.equals("Mount") && !unit.assignments(section, setting).isEmpty()) {
                return Optional.empty();
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        FileEdits edits = FileEdits.of(options.file());
        return Fix.of(Applicability.SAFE, "Write " + String.join(" and ", lines) + " instead of " + key,
                List.of(removeOption(edits, options, at, option.length()), edits.addToSection(section, lines)));
    }

    /**
     * Takes an option out of Options= with the comma after it and the blanks after that (or the
     * comma before it, for the last option); the whole line when it is the only option.
     */
    private static Edit removeOption(FileEdits edits, Assignment options, int at, int length) {
        String text = options.value();
        int from = at;
        int to = at + length;
        int comma = text.indexOf(',', to);
        if (comma >= 0 && text.substring(to, comma).isBlank()) {
            to = comma + 1;
            while (to < text.length() && (text.charAt(to) == ' ' || text.charAt(to) == '\t')) {
                to++;
            }
        } else {
            int before = text.lastIndexOf(',', from);
            if (before < 0 || !text.substring(before + 1, from).isBlank()) {
                return edits.deleteLine(options.entry());
            }
            from = before;
        }
        return edits.replace(options.entry().value().span(from, to), "");
    }
}
