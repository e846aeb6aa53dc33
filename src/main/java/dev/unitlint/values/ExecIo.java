package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;

/**
 * StandardInput=, StandardOutput= and StandardError= ({@code config_parse_exec_input()} and
 * {@code config_parse_exec_output()}, 252–262): a word of the catalog's table, {@code fd:NAME}
 * (a file-descriptor name), or {@code file:PATH} (and for output {@code append:PATH} and
 * {@code truncate:PATH}) with an absolute, normalized path; specifiers are expanded after the prefix.
 */
final class ExecIo {

    private ExecIo() {
    }

    static void input(String v, ValueContext c, Problems out) {
        if (v.startsWith("fd:") || v.startsWith("file:")) {
            prefixed(v, c, out);
        } else {
            EnumValues.checker("config_parse_exec_input", "Failed to parse input specifier").check(v, c, out);
        }
    }

    static void output(String v, ValueContext c, Problems out) {
        if (v.startsWith("fd:") || v.startsWith("file:") || v.startsWith("append:") || v.startsWith("truncate:")) {
            if (EnumValues.judge("config_parse_exec_output", v, c.release()) == EnumValues.Verdict.TOO_NEW) {
                EnumValues.checker("config_parse_exec_output", "Failed to parse output specifier").check(v, c, out);
                return;
            }
            prefixed(v, c, out);
        } else {
            EnumValues.checker("config_parse_exec_output", "Failed to parse output specifier").check(v, c, out);
        }
    }

    private static void prefixed(String v, ValueContext c, Problems out) {
        int colon = v.indexOf(':');
        String prefix = v.substring(0, colon + 1);
        String rest = v.substring(colon + 1);
        int unknown = Specifiers.firstUnknown(rest, Specifiers.Table.FULL, c.release());
        if (unknown >= 0) {
            out.invalid(colon + 1 + unknown, colon + 3 + unknown, "'" + rest.substring(unknown, unknown + 2)
                    + "' is not a specifier systemd " + c.release() + " knows (in " + c.key() + "=)", Effect.ASSIGNMENT_IGNORED,
                    "Failed to resolve unit specifiers", "Write %% for a literal '%'");
            return;
        }
        if (Specifiers.contains(rest)) {
            return;
        }
        if (prefix.equals("fd:")) {
            if (!UnitChecks.isFdName(rest)) {
                out.invalidValue(v, "Invalid file descriptor name, ignoring: " + rest,
                        "After fd: write the name of a socket's FileDescriptorName= (printable ASCII without ':')");
            }
            return;
        }
        java.util.Optional<SystemdPaths.Problem> p = SystemdPaths.check(rest, SystemdPaths.Check.ABSOLUTE);
        if (p.isPresent()) {
            out.invalid(colon + 1, v.length(), "Invalid " + c.key() + "=" + v + ": the path after " + prefix + " "
                    + p.get().words(), Effect.ASSIGNMENT_IGNORED, c.key() + "= path " + p.get().words(),
                    "Write an absolute path without .. components, e.g. " + prefix + "/var/log/foo.log");
        }
    }
}
