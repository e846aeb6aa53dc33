package dev.unitlint.security;

import java.util.Map;
import java.util.Optional;

/**
 * Namespace types of RestrictNamespaces= (namespace_info[] in src/basic/namespace-util.c,
 * namespace_flags_from_string() in src/shared/nsflags.c): the CLONE_NEW* flag of each name.
 * A word that is not one of the names makes systemd ignore the whole assignment.
 *
 * <p>To be replaced by the RestrictNamespaces= parser of {@code dev.unitlint.values}.
 */
final class Namespaces {

    static final long CLONE_NEWNS = 0x00020000L;
    static final long CLONE_NEWCGROUP = 0x02000000L;
    static final long CLONE_NEWUTS = 0x04000000L;
    static final long CLONE_NEWIPC = 0x08000000L;
    static final long CLONE_NEWUSER = 0x10000000L;
    static final long CLONE_NEWPID = 0x20000000L;
    static final long CLONE_NEWNET = 0x40000000L;
    static final long CLONE_NEWTIME = 0x00000080L;

    /** NAMESPACE_FLAGS_ALL: every type but time. */
    static final long ALL = CLONE_NEWCGROUP | CLONE_NEWIPC | CLONE_NEWNET | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUSER
            | CLONE_NEWUTS;
    /** NAMESPACE_FLAGS_INITIAL (ULONG_MAX): RestrictNamespaces= never set, every type allowed. */
    static final long INITIAL = -1L;

    private static final Map<String, Long> FLAGS = Map.of(
            "cgroup", CLONE_NEWCGROUP, "ipc", CLONE_NEWIPC, "net", CLONE_NEWNET, "mnt", CLONE_NEWNS,
            "pid", CLONE_NEWPID, "user", CLONE_NEWUSER, "uts", CLONE_NEWUTS, "time", CLONE_NEWTIME);

    private Namespaces() {
    }

    /** The flags of a list of names, or empty when a word is not a namespace type. */
    static Optional<Long> parse(String value) {
        long flags = 0;
        for (String word : ServiceSettings.words(value, false)) {
            Long f = FLAGS.get(word);
            if (f == null) {
                return Optional.empty();
            }
            flags |= f;
        }
        return Optional.of(flags);
    }
}
