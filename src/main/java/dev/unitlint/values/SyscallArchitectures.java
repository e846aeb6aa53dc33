package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SystemCallArchitectures= as systemd reads it ({@code config_parse_syscall_archs()} and
 * {@code seccomp_arch_from_string()}, 252–262): architecture identifiers such as {@code native},
 * {@code x86-64}, {@code x86}, {@code arm64}; systemd drops an unknown one with a warning.
 */
public final class SyscallArchitectures {

    /** The identifiers of 252 (with libseccomp 2.5, which has PA-RISC and RISC-V). */
    static final Set<String> NAMES_252 = Set.of("native", "x86", "x86-64", "x32", "arm", "arm64", "mips", "mips64",
            "mips64-n32", "mips-le", "mips64-le", "mips64-le-n32", "parisc", "parisc64", "ppc", "ppc64", "ppc64-le",
            "riscv64", "s390", "s390x");
    /** loongarch64 is in 257's sources (when libseccomp has it). */
    static final int LOONGARCH_FROM = 257;

    public record Architecture(String name, int start, int end, boolean known) {
    }

    private SyscallArchitectures() {
    }

    public static boolean isKnown(String name, int release) {
        return NAMES_252.contains(name) || release >= LOONGARCH_FROM && name.equals("loongarch64");
    }

    /** The words (unquoted), each with whether the release knows it; stops at an unbalanced quote. */
    public static List<Architecture> parse(String value, int release) {
        List<Architecture> out = new ArrayList<>();
        for (ExtractWord.Word w : ExtractWord.split(value, null, ExtractWord.UNQUOTE).words()) {
            out.add(new Architecture(w.text(), w.start(), w.end(), isKnown(w.text(), release)));
        }
        return out;
    }

    static void check(String value, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(value, null, ExtractWord.UNQUOTE);
        for (Architecture a : parse(value, c.release())) {
            if (!a.known()) {
                String lower = a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                String hint = isKnown(lower, c.release()) ? "Write " + lower
                        : "Write native, x86-64, x86, x32, arm64, arm, ppc64-le, s390x, riscv64 or another identifier"
                                + " systemd-analyze lists (uname -m names such as x86_64 and aarch64 are not accepted)";
                out.invalid(a.start(), a.end(), "'" + a.name() + "' is not a system-call architecture", Effect.WORD_IGNORED,
                        "Failed to parse system call architecture \"" + a.name() + "\"", hint);
            }
        }
        if (split.failed()) {
            out.invalid(split.error(), value.length(), "Unbalanced quote in " + c.key() + "=", Effect.REST_IGNORED,
                    "Invalid syntax", "Close the quote");
        }
    }
}
