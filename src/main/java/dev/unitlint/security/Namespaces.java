package dev.unitlint.security;

import java.util.Map;

/**
 * The CLONE_NEW* flag of each namespace type of RestrictNamespaces= (namespace_info[] in
 * src/basic/namespace-util.c): the bits the assessment tests. The words themselves are parsed
 * by {@link dev.unitlint.values.NamespaceFlags}.
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

    /** The CLONE_NEW* flag of a namespace type name (as NamespaceFlags knows it), 0 for none. */
    static long flag(String name) {
        Long f = FLAGS.get(name);
        return f == null ? 0 : f;
    }
}
