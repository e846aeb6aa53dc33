package dev.unitlint.values;

import dev.unitlint.model.UnitType;

/**
 * Unit-name syntax as systemd's {@code unit_name_is_valid()} checks it: at most 255 characters,
 * a known type suffix after the last dot, a non-empty prefix of ASCII letters, digits and
 * {@code :-_.\}, and optionally {@code @} and an instance that may also contain {@code @}
 * (empty for a template).
 */
public final class UnitNames {

    private static final int UNIT_NAME_MAX = 255;

    private UnitNames() {
    }

    public static boolean isValid(String name) {
        if (name.isEmpty() || name.length() > UNIT_NAME_MAX) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || UnitType.fromSuffix(name.substring(dot + 1)).isEmpty()) {
            return false;
        }
        String stem = name.substring(0, dot);
        int at = stem.indexOf('@');
        String prefix = at < 0 ? stem : stem.substring(0, at);
        if (prefix.isEmpty() || !validChars(prefix, false)) {
            return false;
        }
        return at < 0 || validChars(stem.substring(at + 1), true);
    }

    /** unit_instance_is_valid(): a non-empty instance of the characters unit names allow, '@' included. */
    public static boolean isValidInstance(String instance) {
        return !instance.isEmpty() && validChars(instance, true);
    }

    /** unit_name_is_valid(…, UNIT_NAME_TEMPLATE): a template such as foo@.service. */
    public static boolean isTemplate(String name) {
        return isValid(name) && name.contains("@.");
    }

    private static boolean validChars(String s, boolean allowAt) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == ':' || c == '-' || c == '_' || c == '.' || c == '\\' || allowAt && c == '@';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
