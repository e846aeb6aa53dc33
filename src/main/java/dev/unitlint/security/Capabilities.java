package dev.unitlint.security;

import java.util.List;
import java.util.Locale;

/**
 * Linux capability names and numbers as systemd 252 reads them in CapabilityBoundingSet= and
 * AmbientCapabilities= ({@code capability_from_name()}, src/basic/cap-list.c): a name from
 * linux/capability.h in any case (the lookup table is generated with gperf --ignore-case), or a
 * number from 0 to 63.
 *
 * <p>To be replaced by the capability parser of {@code dev.unitlint.values} when it lands; only
 * {@link #number} and {@link #name} are used.
 */
final class Capabilities {

    /** Index = capability number (include/uapi/linux/capability.h, through CAP_CHECKPOINT_RESTORE = 40). */
    static final List<String> NAMES = List.of(
            "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
            "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
            "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE",
            "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT",
            "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE",
            "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG",
            "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF",
            "CAP_CHECKPOINT_RESTORE");

    /** Every capability bit on: CAP_ALL (UINT64_MAX in capability-util.h). */
    static final long ALL = -1L;

    private Capabilities() {
    }

    /** The capability's number, or -1 when systemd does not know the word (it then skips it silently). */
    static int number(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // safe_atoi(), then 0 <= i < 64.
            try {
                int n = Integer.parseInt(word);
                return n < 64 ? n : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return NAMES.indexOf(word.toUpperCase(Locale.ROOT));
    }

    static long bit(String name) {
        return 1L << NAMES.indexOf(name);
    }

    static String name(int number) {
        return number < NAMES.size() ? NAMES.get(number) : "capability " + number;
    }
}
