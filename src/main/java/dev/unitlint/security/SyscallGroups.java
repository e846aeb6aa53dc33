package dev.unitlint.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The system-call groups ({@code @mount}, {@code @system-service}, ...) of a systemd release,
 * as far as they matter for the security assessment: each group's native system calls (x86-64),
 * with the groups it includes expanded. Read from
 * {@code dev/unitlint/security/syscall-groups-<release>.tsv}, which
 * {@code tools/security/syscall-groups.py} derives from systemd's syscall_filter_sets[]
 * (src/shared/seccomp-util.c) and libseccomp: 252 from the installed systemd 252.38, 256 from
 * the v256 tag. Releases before 255 use the 252 table, later ones the 256 table (their groups
 * differ only in a few calls; see the generator).
 *
 * <p>System calls that do not exist on x86-64 are left out: systemd skips them when it assesses
 * a filter (assess_system_call_filter() only looks at names seccomp_syscall_resolve_name()
 * resolves), and a name that does not resolve has no effect on the filter either.
 */
final class SyscallGroups {

    private static volatile SyscallGroups groups252;
    private static volatile SyscallGroups groups256;

    private final Map<String, List<String>> direct;
    private final Set<String> nativeNames = new LinkedHashSet<>();

    private SyscallGroups(Map<String, List<String>> direct) {
        this.direct = direct;
        for (List<String> members : direct.values()) {
            for (String member : members) {
                if (!member.startsWith("@")) {
                    nativeNames.add(member);
                }
            }
        }
    }

    static SyscallGroups forRelease(int release) {
        if (release >= 255) {
            SyscallGroups g = groups256;
            if (g == null) {
                groups256 = g = load("256");
            }
            return g;
        }
        SyscallGroups g = groups252;
        if (g == null) {
            groups252 = g = load("252");
        }
        return g;
    }

    private static SyscallGroups load(String release) {
        String resource = "syscall-groups-" + release + ".tsv";
        Map<String, List<String>> direct = new LinkedHashMap<>();
        try (InputStream in = SyscallGroups.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String name = tab < 0 ? line : line.substring(0, tab);
                String members = tab < 0 ? "" : line.substring(tab + 1).trim();
                direct.put(name, members.isEmpty() ? List.of() : List.of(members.split(" ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SyscallGroups(direct);
    }

    boolean isGroup(String name) {
        return direct.containsKey(name);
    }

    /** Whether the word is a system call that exists on x86-64 (one that can change the assessment). */
    boolean isNativeSyscall(String name) {
        return nativeNames.contains(name);
    }

    /** The group's direct members, other groups included as {@code @name}; empty for an unknown group. */
    Optional<List<String>> members(String group) {
        return Optional.ofNullable(direct.get(group));
    }

    /** Every native system call of the group, with included groups expanded, in table order. */
    Set<String> expand(String group) {
        Set<String> out = new LinkedHashSet<>();
        expand(group, out, new LinkedHashSet<>());
        return out;
    }

    private void expand(String group, Set<String> out, Set<String> seen) {
        if (!seen.add(group)) {
            return;
        }
        for (String member : direct.getOrDefault(group, List.of())) {
            if (member.startsWith("@")) {
                expand(member, out, seen);
            } else {
                out.add(member);
            }
        }
    }
}
