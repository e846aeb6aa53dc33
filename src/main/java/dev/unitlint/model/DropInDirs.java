package dev.unitlint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The drop-in folders systemd reads for a unit name, in the order it searches them inside one
 * load-path folder (unit_file_find_dirs() in src/shared/dropin.c, systemd 252): the name's own
 * {@code NAME.TYPE.d}, then for an instance its template's folder, then the folders of each
 * dash prefix from the longest to the shortest ({@code foo-bar-.service.d}, {@code foo-.service.d}
 * for {@code foo-bar-baz.service}). The type-wide folder ({@code service.d}) comes after the
 * named folders of every load path (see {@link #typeWide}).
 *
 * <p>Where two folders hold a {@code .conf} file of the same name, the one found first wins
 * and hides the other; the files that remain are applied sorted by file name
 * (conf_files_list_strv()).
 */
public final class DropInDirs {

    private DropInDirs() {
    }

    /** Folder names (with the {@code .d}) for one unit name, most specific first. */
    public static List<String> forName(UnitName name) {
        List<String> dirs = new ArrayList<>();
        addDirs(name, dirs);
        return dirs;
    }

    private static void addDirs(UnitName name, List<String> dirs) {
        add(dirs, name.name() + ".d");
        if (name.isInstance()) {
            UnitName template = UnitName.parse(name.templateName().orElseThrow()).orElseThrow();
            addDirs(template, dirs);
        }
        // Dash prefixes: "foo-bar-baz" gives "foo-bar-" and "foo-"; a leading dash ends the search.
        String prefix = name.prefix();
        int end = prefix.endsWith("-") ? prefix.length() - 1 : prefix.length();
        int dash = prefix.lastIndexOf('-', end - 1);
        if (dash > 0) {
            String shorter = prefix.substring(0, dash + 1);
            addDirs(new UnitName(shorter + "." + name.type().suffix(), shorter, null, name.type()), dirs);
        }
    }

    private static void add(List<String> dirs, String dir) {
        if (!dirs.contains(dir)) {
            dirs.add(dir);
        }
    }

    /** The type-wide folder, e.g. {@code service.d}: applies to every unit of the type. */
    public static String typeWide(UnitType type) {
        return type.suffix() + ".d";
    }
}
