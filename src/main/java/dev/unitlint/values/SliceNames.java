package dev.unitlint.values;

/**
 * Slice names as systemd's {@code slice_name_is_valid()} checks them (src/basic/unit-name.c,
 * 252–262): a plain unit name ending in .slice whose dashes separate non-empty parts (a-b.slice
 * is b inside a), or the root slice -.slice. systemd cannot load a slice named otherwise, so a
 * unit placed in it cannot start.
 */
public final class SliceNames {

    private SliceNames() {
    }

    public static boolean isValid(String name) {
        return problem(name) == null;
    }

    /** Why systemd cannot load a slice of this name, or null when it can. */
    public static String problem(String name) {
        if (name.equals("-.slice")) {
            return null;
        }
        if (!UnitNames.isValid(name) || name.contains("@") || !name.endsWith(".slice")) {
            return "A slice name is a plain unit name ending in .slice, without @";
        }
        String stem = name.substring(0, name.length() - ".slice".length());
        if (stem.startsWith("-") || stem.endsWith("-") || stem.contains("--")) {
            return "Dashes in a slice name separate the names of its parents: no leading, trailing or double dash"
                    + " (e.g. system-foo.slice)";
        }
        return null;
    }
}
