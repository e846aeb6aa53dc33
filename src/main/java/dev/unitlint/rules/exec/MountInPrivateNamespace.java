package dev.unitlint.rules.exec;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.rules.exec.ExecLines.ExecLine;
import dev.unitlint.values.Booleans;
import dev.unitlint.values.CommandLine.Command;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * mount(8) run by a command other than ExecStart= in a service with a private mount namespace.
 * systemd.exec(5), PrivateMounts=: "File system namespaces are set up individually for each process
 * forked off by the service manager. Mounts established in the namespace of the process created by
 * ExecStartPre= will hence be cleaned up automatically as soon as that process exits and will not be
 * available to subsequent processes forked off for ExecStart=" — and every other file-system
 * sandboxing setting creates such a namespace too.
 */
@RuleId("SD512")
public final class MountInPrivateNamespace implements Rule {

    private static final Set<String> MOUNT_PROGRAMS = Set.of("mount", "umount");

    /** Boolean settings that give each process its own mount namespace when true. */
    private static final List<String> NAMESPACING_BOOLEANS = List.of("PrivateTmp", "PrivateDevices", "PrivateMounts",
            "ProtectKernelTunables", "ProtectKernelModules", "ProtectKernelLogs", "ProtectControlGroups",
            "DynamicUser", "MountAPIVFS", "PrivateNetwork");

    /** List settings that do the same when they have items. */
    private static final List<String> NAMESPACING_LISTS = List.of("ReadWritePaths", "ReadOnlyPaths",
            "InaccessiblePaths", "ExecPaths", "NoExecPaths", "BindPaths", "BindReadOnlyPaths", "TemporaryFileSystem");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.SERVICE || !unit.hasBase()) {
            return;
        }
        Optional<String> why = namespacedBy(unit);
        if (why.isEmpty()) {
            return;
        }
        for (ExecLine line : ExecLines.inForce(unit)) {
            if (line.key().equals("ExecStart")) {
                continue;
            }
            for (Command command : line.commandLine().commands()) {
                if (command.fullyPrivileged() || !MOUNT_PROGRAMS.contains(command.programName())) {
                    continue;
                }
                line.report(context, command.first().from(), command.first().to(), command.programName() + " in "
                        + line.key() + "= works in a mount namespace of its own: " + why.get() + " gives every process"
                        + " a private one, so the mount is gone when the command exits and ExecStart= never sees it"
                        + " (systemd.exec(5), PrivateMounts=). Prefix the command with '+' to mount on the host, or use"
                        + " a .mount unit and RequiresMountsFor=");
                return;
            }
        }
    }

    private static Optional<String> namespacedBy(Unit unit) {
        for (String key : NAMESPACING_BOOLEANS) {
            Optional<String> v = Settings.value(unit, "Service", key);
            if (v.isPresent() && Booleans.parse(v.get()).orElse(!v.get().equals("no"))) {
                return Optional.of(key + "=" + v.get());
            }
        }
        for (String key : List.of("ProtectSystem", "ProtectHome", "ProtectProc", "ProcSubset")) {
            Optional<String> v = Settings.value(unit, "Service", key);
            if (v.isPresent() && !Booleans.parse(v.get()).map(b -> !b).orElse(false)
                    && !v.get().equals("default") && !v.get().equals("all")) {
                return Optional.of(key + "=" + v.get());
            }
        }
        for (String key : NAMESPACING_LISTS) {
            if (Settings.hasItems(unit, "Service", key)) {
                return Optional.of(key + "=");
            }
        }
        for (String key : List.of("RootDirectory", "RootImage")) {
            if (Settings.inForce(unit, "Service", key).isPresent()) {
                return Optional.of(key + "=");
            }
        }
        return Optional.empty();
    }
}
