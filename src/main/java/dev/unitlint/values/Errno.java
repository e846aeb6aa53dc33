package dev.unitlint.values;

/**
 * Error numbers as systemd's {@code parse_errno()} reads them (src/basic/parse-util.c,
 * 252–262): an errno name (EPERM, EACCES, … as the C headers define them) or a number from 0
 * to 4095 (ERRNO_MAX).
 */
public final class Errno {

    static final int ERRNO_MAX = 4095;

    private Errno() {
    }

    /** The error number (0 for "0"), or −1 when systemd refuses the text. */
    public static int parse(String text) {
        if (isName(text)) {
            return 1;
        }
        CNumbers.Parsed n = CNumbers.safeAtoi(text);
        if (!n.ok()) {
            return -1;
        }
        int e = n.value().intValue();
        return e >= 0 && e <= ERRNO_MAX ? e : -1;
    }

    /** An errno name in any case (errno_from_name() is a gperf lookup with --ignore-case). */
    public static boolean isName(String text) {
        return NameTables.get().has("errno", text.toUpperCase(java.util.Locale.ROOT), 0);
    }
}
