package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import dev.unitlint.values.ValueProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CapabilityBoundingSet= and AmbientCapabilities= as systemd reads them
 * ({@code config_parse_capability_set()}, {@code capability_set_from_string()}, 252–262): a list
 * of capability names (any case) or numbers 0–63 to keep, or with a leading {@code ~} to drop.
 * systemd drops unknown names without a message (so the set silently differs from what is
 * written), and stops at an unbalanced quote.
 */
public final class CapabilitySet {

    /** Linux capabilities 0–40 (include/uapi/linux/capability.h, through CAP_CHECKPOINT_RESTORE). */
    public static final List<String> NAMES = List.of(
            "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
            "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
            "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE",
            "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT",
            "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE",
            "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG",
            "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE");
    private static final Set<String> KNOWN = Set.copyOf(NAMES);

    /** One word: the capability it names (its number), or −1 when it names none. */
    public record Capability(String word, int start, int end, int number) {
        public boolean known() {
            return number >= 0;
        }
    }

    /** The parsed value: kept or ({@code inverted}) dropped capabilities; a quote error stops it silently. */
    public record Parsed(boolean inverted, List<Capability> capabilities, int syntaxErrorAt) {
    }

    private CapabilitySet() {
    }

    /** capability_from_name(): a number 0–63, or a name in any case. */
    public static int number(String word) {
        CNumbers.Parsed n = CNumbers.safeAtoi(word);
        if (n.ok()) {
            int i = n.value().intValue();
            return i >= 0 && i < 64 ? i : -1;
        }
        return NAMES.indexOf(word.toUpperCase(Locale.ROOT));
    }

    public static Parsed parse(String value) {
        boolean inverted = value.startsWith("~");
        List<Capability> caps = new ArrayList<>();
        int p = inverted ? 1 : 0;
        while (true) {
            ExtractWord.Result r = ExtractWord.extract(value, p, null, ExtractWord.UNQUOTE);
            if (r.status() < 0) {
                return new Parsed(inverted, caps, r.errorAt());
            }
            if (r.status() == 0) {
                return new Parsed(inverted, caps, -1);
            }
            ExtractWord.Word w = r.word();
            caps.add(new Capability(w.text(), w.start(), w.end(), number(w.text())));
            p = r.next();
        }
    }

    static void check(String value, ValueContext c, Problems out) {
        for (Capability cap : parse(value).capabilities()) {
            if (cap.known()) {
                continue;
            }
            String upper = cap.word().toUpperCase(Locale.ROOT);
            String guess = KNOWN.contains("CAP_" + upper) ? "Write CAP_" + upper
                    : upper.startsWith("~") && KNOWN.contains(upper.substring(1))
                    ? "Only the first character of the value may be ~, and it inverts the whole list"
                    : "See capabilities(7) for the names";
            // capability_set_from_string() skips the name without a word: what was written is ignored,
            // an error by the severity policy (README, "Severity"), though verify prints nothing.
            out.add(cap.start(), cap.end(), Kind.CAPABILITY, Effect.WORD_IGNORED, "Unknown capability " + cap.word() + " in "
                    + c.key() + "=: systemd drops unknown names without a message, so the set is not what it says. " + guess);
        }
    }
}
