package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import dev.unitlint.values.ValueProblem.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * SystemCallFilter= and SystemCallLog= as systemd reads them ({@code config_parse_syscall_filter()},
 * {@code config_parse_syscall_log()} and {@code seccomp_parse_syscall_filter()}, 252–262): an
 * allow-list of system calls and {@code @groups}, or a deny-list after a leading {@code ~};
 * in a deny-list of SystemCallFilter= each entry may end in {@code :ERRNO} (or {@code :kill}).
 * Words are split by {@code extract_first_word()} without quoting. systemd drops, with a
 * warning, a word naming no system call, an unknown group, an errno it cannot parse, and an
 * errno on an allow-list entry.
 */
public final class SyscallFilter {

    /**
     * One entry: the name ({@code read} or {@code @system-service}) and the errno after ':' if
     * any, each with offsets in the value.
     */
    public record Entry(String name, int start, int nameEnd, String errno, int end) {
        public boolean isGroup() {
            return name.startsWith("@");
        }

        public boolean hasErrno() {
            return errno != null;
        }
    }

    /** The parsed value: deny-list ({@code inverted}) or allow-list, its entries, and where a syntax error stopped it. */
    public record Parsed(boolean inverted, List<Entry> entries, int syntaxErrorAt) {
    }

    private SyscallFilter() {
    }

    /** Parses SystemCallFilter= ({@code withErrno}) or SystemCallLog= (no errno part). */
    public static Parsed parse(String value, boolean withErrno) {
        boolean inverted = value.startsWith("~");
        List<Entry> entries = new ArrayList<>();
        int p = inverted ? 1 : 0;
        while (true) {
            ExtractWord.Result r = ExtractWord.extract(value, p, null, 0);
            if (r.status() < 0) {
                return new Parsed(inverted, entries, r.errorAt());
            }
            if (r.status() == 0) {
                return new Parsed(inverted, entries, -1);
            }
            ExtractWord.Word w = r.word();
            String text = w.text();
            int colon = withErrno ? text.indexOf(':') : -1;
            if (colon < 0) {
                entries.add(new Entry(text, w.start(), w.end(), null, w.end()));
            } else {
                int nameEnd = Math.min(w.end(), w.start() + colon);
                entries.add(new Entry(text.substring(0, colon), w.start(), nameEnd, text.substring(colon + 1), w.end()));
            }
            p = r.next();
        }
    }

    /** Whether the release knows the system-call group ("@system-service"). */
    public static boolean isGroup(String name, int release) {
        return NameTables.get().has("syscall_group", name, release);
    }

    /**
     * Whether systemd can resolve the system-call name: libseccomp 2.5.4 (Debian bookworm, the
     * host of 252) knows it, or, for later releases, the release's own system-call list has it.
     */
    public static boolean isSyscall(String name, int release) {
        NameTables names = NameTables.get();
        return names.has("libseccomp_syscall", name, release) || release > 252 && names.has("syscall_list", name, release);
    }

    /** seccomp_parse_errno_or_action(): "kill", an errno name, or a number from 0 to 4095. */
    public static boolean isErrnoOrAction(String text) {
        return text.equals("kill") || Errno.parse(text) >= 0;
    }

    static void checkFilter(String value, ValueContext c, Problems out) {
        check(value, c, out, true);
    }

    static void checkLog(String value, ValueContext c, Problems out) {
        check(value, c, out, false);
    }

    private static void check(String value, ValueContext c, Problems out, boolean withErrno) {
        Parsed parsed = parse(value, withErrno);
        int release = c.release();
        for (Entry e : parsed.entries()) {
            String word = value.substring(e.start(), e.end());
            if (withErrno && e.hasErrno() && (e.name().isEmpty() || !isErrnoOrAction(e.errno()))) {
                out.invalid(e.start(), e.end(), "'" + word + "' is not SYSCALL:ERRNO", Effect.WORD_IGNORED,
                        "Failed to parse syscall:errno", "Write a system call or @group, then optionally :EPERM or"
                                + " another errno name or number, or :kill");
                continue;
            }
            if (withErrno && e.hasErrno() && !parsed.inverted()) {
                out.invalid(e.start(), e.end(), "An error number on an allow-listed system call ('" + word + "')",
                        Effect.WORD_IGNORED, "Allow-listed system calls cannot take error number",
                        "ERRNO applies only to a deny-list (a value starting with ~); write " + e.name()
                                + " here, or move it to a SystemCallFilter=~… line");
                continue;
            }
            if (e.isGroup()) {
                if (!isGroup(e.name(), release)) {
                    String later = NameTables.get().hasLater("syscall_group", e.name(), release)
                            ? " (it was added after systemd " + release + ")" : "";
                    String guess = Spelling.closest(e.name(), NameTables.get().names("syscall_group", release))
                            .map(g -> "; did you mean " + g + "?").orElse("");
                    out.report(e.start(), e.nameEnd(), Kind.SYSCALL_GROUP, "Unknown system call group " + e.name() + later,
                            Effect.WORD_IGNORED, "Unknown system call group, ignoring: " + e.name(),
                            "systemd-analyze syscall-filter lists the groups" + guess);
                }
                continue;
            }
            if (!isSyscall(e.name(), release)) {
                String hint;
                if (e.name().startsWith("~") && (isSyscall(e.name().substring(1), release) || isGroup(e.name().substring(1), release))) {
                    hint = "Only the first character of the value may be ~, and it inverts the whole list: write "
                            + c.key() + "=~" + e.name().substring(1) + " on a line of its own";
                } else {
                    hint = "Write system-call names as the kernel spells them (e.g. read, openat) or @groups"
                            + " (systemd-analyze syscall-filter lists both)";
                }
                out.invalid(e.start(), e.nameEnd(), "'" + e.name() + "' is not a system call", Effect.WORD_IGNORED,
                        "Failed to parse system call, ignoring: " + e.name(), hint);
            }
        }
        if (parsed.syntaxErrorAt() >= 0) {
            out.invalid(parsed.syntaxErrorAt(), value.length(), "A trailing backslash in " + c.key() + "=",
                    Effect.REST_IGNORED, "Invalid syntax", "Remove the backslash");
        }
    }
}
