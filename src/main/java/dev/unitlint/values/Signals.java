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

    /** A valid spelling close to {@code text} (case, a missing or doubled SIG), or null. */
    public static String suggest(String text) {
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        // glibc's alias names, which systemd's table does not have.
        switch (upper.startsWith("SIG") ? upper.substring(3) : upper) {
            case "CLD": return "SIGCHLD";
            case "POLL": return "SIGIO";
            case "IOT": return "SIGABRT";
            default: break;
        }
        if (!upper.equals(text) && parse(upper).isPresent()) {
            return upper;
        }
        if (upper.startsWith("SIGSIG") && parse(upper.substring(3)).isPresent()) {
            return upper.substring(3);
        }
        return null;
    }

    /** The signal number, or empty when systemd does not know the signal (signal_from_string()). */
    public static OptionalInt parse(String text) {
        CNumbers.Parsed number = CNumbers.safeAtoi(text);
        if (number.ok()) {
            int n = number.value().intValue();
            return n >= 1 && n <= RTMAX ? OptionalInt.of(n) : OptionalInt.empty();
        }
        String s = text.startsWith("SIG") ? text.substring(3) : text;
        int index = NAMES.indexOf(s);
        if (index >= 0) {
            return OptionalInt.of(index + 1);
        }
        for (String base : new String[] {"RTMIN", "RTMAX"}) {
            if (!s.startsWith(base)) {
                continue;
            }
            boolean min = base.equals("RTMIN");
            String rest = s.substring(5);
            if (rest.isEmpty()) {
                return OptionalInt.of(min ? RTMIN : RTMAX);
            }
            if (rest.charAt(0) != (min ? '+' : '-')) {
                return OptionalInt.empty();
            }
            CNumbers.Parsed offset = CNumbers.safeAtoi(rest);
            if (!offset.ok()) {
                return OptionalInt.empty();
            }
            int n = offset.value().intValue();
            if (min ? n < 0 || n > RTMAX - RTMIN : n > 0 || n < RTMIN - RTMAX) {
                return OptionalInt.empty();
            }
            return OptionalInt.of((min ? RTMIN : RTMAX) + n);
        }
        return OptionalInt.empty();
    }
}
