package dev.unitlint.values;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Paths as systemd checks them in unit files: {@code path_simplify_and_warn()}
 * (src/shared/parse-helpers.c) and the predicates of src/basic/path-util.c. systemd first
 * simplifies a path ({@code //} and {@code /./} go away, so {@code /a//b} is fine) and then
 * refuses one that is relative where it must be absolute (or the reverse), too long, or still
 * not normalized — which after simplification means it has a {@code ..} component.
 */
public final class SystemdPaths {

    /** PATH_MAX including the trailing NUL, and NAME_MAX, in bytes. */
    static final int PATH_MAX = 4096;
    static final int NAME_MAX = 255;

    /** What path_simplify_and_warn() is asked to check. */
    public enum Check { ABSOLUTE, RELATIVE, ANY }

    /** What is wrong with a path, worded as systemd's message ("%s= path is not absolute"). */
    public enum Problem {
        NOT_ABSOLUTE("is not absolute"),
        ABSOLUTE("is absolute"),
        INVALID_LENGTH("has invalid length"),
        NOT_NORMALIZED("is not normalized"),
        BELOW_API_VFS("is below API VFS");

        private final String words;

        Problem(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** From 257 some keys refuse paths below /dev, /sys and /proc (PATH_CHECK_NON_API_VFS). */
    public static final int API_VFS_CHECK_FROM = 257;

    private SystemdPaths() {
    }

    /**
     * path_simplify_and_warn() with PATH_CHECK_NON_API_VFS (or …_DEV_OK when {@code devOk}):
     * after the other checks, a path below /proc, /sys or /dev (unless {@code devOk}) is refused.
     */
    public static Optional<Problem> checkOutsideApiVfs(String path, Check check, boolean devOk) {
        Optional<Problem> p = check(path, check);
        if (p.isPresent()) {
            return p;
        }
        String simple = simplify(path);
        for (String api : devOk ? new String[] {"/sys", "/proc"} : new String[] {"/dev", "/sys", "/proc"}) {
            if (simple.equals(api) || simple.startsWith(api + "/")) {
                return Optional.of(Problem.BELOW_API_VFS);
            }
        }
        return Optional.empty();
    }

    /** What path_simplify_and_warn() refuses in {@code path}, or empty when it accepts it. */
    public static Optional<Problem> check(String path, Check check) {
        boolean absolute = path.startsWith("/");
        if (check == Check.ABSOLUTE && !absolute) {
            return Optional.of(Problem.NOT_ABSOLUTE);
        }
        if (check == Check.RELATIVE && absolute) {
            return Optional.of(Problem.ABSOLUTE);
        }
        String simple = simplify(path);
        if (!isValid(simple, true)) {
            return Optional.of(Problem.INVALID_LENGTH);
        }
        if (!isNormalized(simple)) {
            return Optional.of(Problem.NOT_NORMALIZED);
        }
        return Optional.empty();
    }

    /** path_simplify(): drops repeated and trailing slashes and "." components ("./a//b/." → "a/b"). */
    public static String simplify(String path) {
        if (path.isEmpty()) {
            return path;
        }
        StringBuilder out = new StringBuilder();
        boolean absolute = path.startsWith("/");
        if (absolute) {
            out.append('/');
        }
        boolean first = true;
        for (String component : path.split("/", -1)) {
            if (component.isEmpty() || component.equals(".")) {
                continue;
            }
            if (!first) {
                out.append('/');
            }
            out.append(component);
            first = false;
        }
        if (out.length() == 0) {
            out.append('.');
        }
        return out.toString();
    }

    /** path_is_valid() (accept_dot_dot = true) or path_is_safe() (false): non-empty, components and length within limits. */
    public static boolean isValid(String path, boolean acceptDotDot) {
        if (path.isEmpty() || bytes(path) >= PATH_MAX) {
            return false;
        }
        for (String component : path.split("/", -1)) {
            if (bytes(component) > NAME_MAX || !acceptDotDot && component.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** path_is_normalized(): safe, and no "." or "//" left. */
    public static boolean isNormalized(String path) {
        if (!isValid(path, false)) {
            return false;
        }
        if (path.equals(".") || path.startsWith("./") || path.endsWith("/.") || path.contains("/./")) {
            return false;
        }
        return !path.contains("//");
    }

    /** filename_is_valid(): one component, not "." or "..", at most NAME_MAX bytes. */
    public static boolean isFilename(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && bytes(name) <= NAME_MAX;
    }

    static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
