package dev.unitlint.values;

import java.util.regex.Pattern;

/**
 * User and group names as systemd's {@code valid_user_group_name()} judges them for User=,
 * Group= and SupplementaryGroups= (VALID_USER_ALLOW_NUMERIC | VALID_USER_RELAX | VALID_USER_WARN,
 * src/basic/user-util.c, 252–262): a numeric ID or a name passing the strict rules is fine; a
 * name that breaks only the strict rules is accepted with a notice; a few are refused, and then
 * systemd refuses the whole unit.
 */
public final class UserGroupNames {

    /** What systemd makes of a name. */
    public enum Verdict { STRICT, RELAXED, REFUSED }

    /** The strict rules: a letter or underscore, then letters, digits, underscores and dashes; at most 31 characters. */
    private static final Pattern STRICT = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,30}");

    private UserGroupNames() {
    }

    /** parse_uid(): decimal without sign, leading zero or blank, 32 bits, not 65535 or 4294967295. */
    public static boolean isUid(String s) {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')
                || s.length() > 1 && s.charAt(0) == '0') {
            return false;
        }
        long uid = Long.parseLong(s);
        return uid <= 0xFFFF_FFFFL && uid != 0xFFFF_FFFFL && uid != 0xFFFFL;
    }

    public static Verdict judge(String name) {
        if (isUid(name)) {
            return Verdict.STRICT;
        }
        if (name.isEmpty() || name.startsWith(" ") || name.endsWith(" ") || name.equals(".") || name.equals("..")
                || name.indexOf(':') >= 0 || name.indexOf('/') >= 0 || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || name.chars().allMatch(c -> c >= '0' && c <= '9')
                || name.startsWith("-") && name.length() > 1 && name.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Verdict.REFUSED;
        }
        return STRICT.matcher(name).matches() ? Verdict.STRICT : Verdict.RELAXED;
    }
}
