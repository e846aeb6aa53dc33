package dev.unitlint.rules.meaning;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.List;
import java.util.Optional;

/**
 * MountFlags= that does not do what it says. systemd.exec(5): other file-system namespacing settings
 * "implicitly disable mount and unmount propagation from the unit's processes towards the host by
 * changing the propagation setting of all mount points … to slave first. Setting this option to
 * shared does not reestablish propagation in that case" (warning), and "It is not recommended to use
 * private mount propagation for units, as this means temporary mounts (such as removable media) of
 * the host will stay mounted and thus indefinitely busy in forked off processes" (information).
 */
@RuleId("SD726")
public final class MountPropagationFlags implements Rule {

    private static final List<String> NAMESPACING = List.of("PrivateTmp", "PrivateDevices", "ProtectSystem",
            "ProtectHome", "ReadOnlyPaths", "ReadWritePaths", "InaccessiblePaths", "BindPaths", "BindReadOnlyPaths",
            "TemporaryFileSystem", "PrivateMounts", "ProtectKernelTunables", "ProtectKernelModules",
            "ProtectControlGroups", "DynamicUser", "RootDirectory", "RootImage");

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty() || !unit.hasBase()) {
            return;
        }
        Optional<Assignment> flags = Settings.inForce(unit, section.get(), "MountFlags");
        if (flags.isEmpty()) {
            return;
        }
        String value = flags.get().value().strip();
        if (value.equals("private")) {
            context.report(Severity.INFO, flags.get().file(), flags.get().entry().value().span(), "MountFlags=private"
                    + " keeps every host mount that existed at start busy in this unit's namespace, even after the host"
                    + " unmounts it (removable media stay busy), which systemd.exec(5) advises against. Prefer"
                    + " PrivateMounts=yes, which uses slave propagation");
            return;
        }
        if (!value.equals("shared")) {
            return;
        }
        for (String key : NAMESPACING) {
            Optional<String> v = Settings.value(unit, section.get(), key);
            boolean on = v.isPresent() && !v.get().equals("no") && !v.get().equals("false") && !v.get().equals("0")
                    && !v.get().equals("off");
            if (on) {
                context.reportValue(flags.get(), "MountFlags=shared does not make mounts of this unit visible on the"
                        + " host: " + key + "= already turned propagation towards the host off, and shared \"does not"
                        + " reestablish propagation\" (systemd.exec(5)). Run the mounting command with the '+' prefix,"
                        + " or drop " + key + "= if the unit must mount for the host");
                return;
            }
        }
    }
}
