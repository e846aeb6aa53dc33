package dev.unitlint.values;

import java.util.regex.Pattern;

/**
 * User and group names as systemd 252's {@code valid_user_group_name()} judges them for
 * User= and Group=: numeric IDs and strict names pass silently; names that break only the
 * strict rules are accepted with a notice; a few are refused outright.
 */
public final class UserGroupNames {

    /** What systemd makes of a name. */
    public enum Verdict { STRICT, RELAXED, REFUSED }

    /** The strict rules: a letter or underscore, then letters, digits, underscores and dashes; at most 31 characters. */
    private static final Pattern STRICT = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,30}");

    private UserGroupNames() {
    }

    public static Verdict judge(String name) {
        if (name.chars().allMatch(c -> c >= '0' && c <= '9') && !name.isEmpty()) {
            return Verdict.STRICT; // a numeric ID
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf(':') >= 0 || name.indexOf('/') >= 0
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Verdict.REFUSED;
        }
        return STRICT.matcher(name).matches() ? Verdict.STRICT : Verdict.RELAXED;
    }
}
