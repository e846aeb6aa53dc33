package dev.unitlint.security;

import java.util.Set;

/**
 * The names SystemCallArchitectures= accepts (seccomp_arch_from_string(),
 * src/shared/seccomp-util.c; parisc and riscv64 as bookworm's libseccomp 2.5.4 has them).
 * Unknown names are ignored with a warning.
 *
 * <p>To be replaced by the SystemCallArchitectures= parser of {@code dev.unitlint.values}.
 */
final class Architectures {

    private static final Set<String> NAMES = Set.of(
            "native", "x86", "x86-64", "x32", "arm", "arm64", "mips", "mips64", "mips64-n32", "mips-le", "mips64-le",
            "mips64-le-n32", "parisc", "parisc64", "ppc", "ppc64", "ppc64-le", "riscv64", "s390", "s390x");

    private Architectures() {
    }

    static boolean isKnown(String name) {
        return NAMES.contains(name);
    }
}
