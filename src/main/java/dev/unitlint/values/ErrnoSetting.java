package dev.unitlint.values;

/** config_parse_syscall_errno() (SystemCallErrorNumber=, 252–262): "kill", an errno name, or a number from 1 to 4095. */
final class ErrnoSetting {

    private ErrnoSetting() {
    }

    static void check(String v, ValueContext c, Problems out) {
        if (v.equals("kill")) {
            return;
        }
        int e = Errno.parse(v);
        if (e < 0) {
            out.invalidValue(v, "Failed to parse error number", "Write an errno name such as EPERM or EACCES, a number from"
                    + " 1 to 4095, or kill");
        } else if (e == 0) {
            out.invalidValue(v, "Invalid error number", "0 is not an error; write EPERM, EACCES, another errno, or kill");
        }
    }
}
