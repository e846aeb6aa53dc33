package dev.unitlint.values;

import java.util.List;
import java.util.OptionalInt;

/**
 * Signals as systemd's {@code signal_from_string()} reads them: a name with or without
 * {@code SIG} (case-sensitive), a number from 1 to 64, or {@code RTMIN+n} / {@code RTMAX-n}
 * within the real-time range (glibc on Linux: SIGRTMIN is 34, SIGRTMAX 64).
 */
public final class Signals {

    /** Linux signal names in signal-number order (1 = HUP), as systemd's __signal_table has them. */
    public static final List<String> NAMES = List.of(
            "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2",
            "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG",
            "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS");
    public static final int RTMIN = 34;
    public static final int RTMAX = 64;

    private Signals() {
    }

    /** The signal number, or empty when systemd does not know the signal. */
    public static OptionalInt parse(String text) {
        String s = text.startsWith("SIG") ? text.substring(3) : text;
        int index = NAMES.indexOf(s);
        if (index >= 0) {
            return OptionalInt.of(index + 1);
        }
        if (s.startsWith("RTMIN") || s.startsWith("RTMAX")) {
            boolean min = s.startsWith("RTMIN");
            String rest = s.substring(5);
            if (rest.isEmpty()) {
                return OptionalInt.of(min ? RTMIN : RTMAX);
            }
            if (rest.charAt(0) != (min ? '+' : '-') || rest.length() == 1) {
                return OptionalInt.empty();
            }
            return Integers.parseInt(rest.substring(1))
                    .filter(n -> n >= 0 && n <= RTMAX - RTMIN && !rest.substring(1).startsWith("+"))
                    .map(n -> OptionalInt.of(min ? RTMIN + n : RTMAX - n))
                    .orElse(OptionalInt.empty());
        }
        if (text.startsWith("SIG")) {
            // "SIG15" is not a signal: numbers are only accepted without the prefix.
            return OptionalInt.empty();
        }
        return Integers.parseInt(text).filter(n -> n >= 1 && n <= RTMAX)
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
