package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.Words;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A capability name in CapabilityBoundingSet= or AmbientCapabilities= that Linux does not
 * have ({@code CAP_NET_ADMINN}, {@code NET_ADMIN} without the prefix). systemd drops unknown
 * names without a message, so the service runs without the capability it was meant to keep
 * (or keeps one it was meant to lose, with {@code ~}).
 */
@RuleId("SD206")
public final class UnknownCapability implements Rule {

    /** Linux capabilities 0–40 (include/uapi/linux/capability.h, through CAP_CHECKPOINT_RESTORE). */
    static final Set<String> CAPABILITIES = Set.of(
            "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
            "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
            "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE",
            "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT",
            "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE",
            "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG",
            "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE");

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            if (directive.isEmpty() || !directive.get().parserIn(release).equals("config_parse_capability_set")) {
                continue;
            }
            String value = assignment.value();
            for (Words.Word w : Words.split(value, value.startsWith("~") ? 1 : 0)) {
                String word = w.text();
                int start = w.start();
                int i = w.end();
                if (word.chars().allMatch(Character::isDigit) || CAPABILITIES.contains(word.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                String guess = CAPABILITIES.contains("CAP_" + word.toUpperCase(Locale.ROOT))
                        ? "; write CAP_" + word.toUpperCase(Locale.ROOT)
                        : "; see capabilities(7) for the names";
                context.report(assignment.file(), assignment.entry().value().span(start, i),
                        "Unknown capability " + word + " in " + assignment.key() + "=: systemd drops unknown names without a"
                                + " message, so the set is not what it says" + guess);
            }
        }
    }
}
