package dev.unitlint.values;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The specifiers systemd expands in unit files ({@code unit_full_printf()}, src/core/unit-printf.c
 * and src/shared/specifier.h): {@code %n}, {@code %i} and the rest. An unknown one makes the
 * expansion fail ("Failed to resolve unit specifiers … Invalid slot").
 */
public final class Specifiers {

    private static final Map<Character, String> MEANINGS = new TreeMap<>();

    static {
        String[][] table = {
            {"A", "operating system image version"}, {"a", "architecture"}, {"B", "operating system build ID"},
            {"b", "boot ID"}, {"C", "cache directory root"}, {"c", "control group path (deprecated)"},
            {"D", "shared data directory"}, {"d", "credentials directory"}, {"E", "configuration directory root"},
            {"f", "unescaped file name"}, {"G", "user GID"}, {"g", "user group"}, {"H", "host name"},
            {"h", "user home directory"}, {"I", "unescaped instance name"}, {"i", "instance name"},
            {"J", "unescaped final component of the prefix"}, {"j", "final component of the prefix"},
            {"L", "log directory root"}, {"l", "short host name"}, {"M", "operating system image identifier"},
            {"m", "machine ID"}, {"N", "full unit name without the type suffix"}, {"n", "full unit name"},
            {"o", "operating system ID"}, {"P", "unescaped prefix name"}, {"p", "prefix name"},
            {"q", "pretty host name"}, {"R", "root control group path (deprecated)"},
            {"r", "control group path of the slice (deprecated)"}, {"S", "state directory root"},
            {"s", "user shell"}, {"T", "directory for temporary files"}, {"t", "runtime directory root"},
            {"U", "user UID"}, {"u", "user name"}, {"V", "directory for larger and persistent temporary files"},
            {"v", "kernel release"}, {"W", "operating system variant ID"}, {"w", "operating system version ID"},
            {"Y", "directory of the unit file"}, {"y", "path of the unit file"},
        };
        for (String[] row : table) {
            MEANINGS.put(row[0].charAt(0), row[1]);
        }
    }

    /** {@code %D} came in 256 (NEWS; the 254 sources lack it, 257's have it). */
    static final int SHARED_DATA_DIRECTORY_KNOWN_FROM = 256;

    /**
     * The specifier tables of src/core/unit-printf.c (252–262): unit_name_printf() knows only
     * the name, system and credential specifiers, because what it expands must stay a valid unit
     * name; unit_full_printf() (and the path, fd, credential and environment variants) knows all.
     */
    public enum Table {
        /** unit_name_printf(): dependencies, Slice=, Unit=, Service=, Sockets=. */
        NAME("ijnNp" + "aAbBHlqmMovwW" + "gGuU"),
        /** unit_full_printf() and its variants: every other key that expands specifiers. */
        FULL(null);

        private final String letters;

        Table(String letters) {
            this.letters = letters;
        }

        /** Whether the table of {@code release} has the specifier. */
        public boolean knows(char letter, int release) {
            if (letters != null && letters.indexOf(letter) < 0) {
                return false;
            }
            return meaning(letter, release).isPresent();
        }
    }

    /** Whether the text has a specifier at all (a '%' followed by a letter or digit, not "%%"). */
    public static boolean contains(String text) {
        if (text.indexOf('%') < 0) {
            return false;
        }
        boolean[] found = {false};
        forEach(text, (i, letter) -> found[0] = true);
        return found[0];
    }

    /** The offset of the first specifier {@code table} does not know in {@code release}, or −1. */
    public static int firstUnknown(String text, Table table, int release) {
        if (text.indexOf('%') < 0 || release < UNKNOWN_REFUSED_FROM) {
            return -1;
        }
        int[] first = {-1};
        forEach(text, (i, letter) -> {
            if (first[0] < 0 && !table.knows(letter, release)) {
                first[0] = i;
            }
        });
        return first[0];
    }

    /**
     * Releases that added specifiers, from systemd NEWS: %S %C %L in 236, %j %J %T %V %E in 239,
     * %g %G in 240, %M %A in 249, %y %Y %q %d in 251, plus %D (see above). Specifiers added at
     * other times are not modelled.
     */
    private static final Map<Character, Integer> ADDED_IN = Map.ofEntries(
            Map.entry('S', 236), Map.entry('C', 236), Map.entry('L', 236),
            Map.entry('j', 239), Map.entry('J', 239), Map.entry('T', 239), Map.entry('V', 239), Map.entry('E', 239),
            Map.entry('g', 240), Map.entry('G', 240), Map.entry('M', 249), Map.entry('A', 249),
            Map.entry('y', 251), Map.entry('Y', 251), Map.entry('q', 251), Map.entry('d', 251));

    /** systemd 236 started refusing unknown specifiers; before, "%x" was kept as it is (NEWS 236). */
    public static final int UNKNOWN_REFUSED_FROM = 236;

    private Specifiers() {
    }

    /** What the specifier expands to, or empty when systemd of that release does not know it. */
    public static Optional<String> meaning(char letter, int systemdVersion) {
        if (letter == 'D' && systemdVersion < SHARED_DATA_DIRECTORY_KNOWN_FROM) {
            return Optional.empty();
        }
        Integer added = ADDED_IN.get(letter);
        if (added != null && systemdVersion < added) {
            return Optional.empty();
        }
        return Optional.ofNullable(MEANINGS.get(letter));
    }

    /** The deprecated control-group specifiers, which systemd warns about when it expands them. */
    public static boolean isDeprecated(char letter) {
        return letter == 'c' || letter == 'r' || letter == 'R';
    }

    /**
     * Calls {@code visitor} with the index of every specifier in {@code text}: a {@code %}
     * followed by an ASCII letter or digit, {@code %%} skipped. specifier_printf()
     * (src/shared/specifier.c) keeps {@code %} followed by anything else, or at the very end,
     * as it is (observed on 252: {@code 50% off} and {@code 50%-x} load, {@code %1} is refused).
     */
    public static void forEach(String text, SpecifierVisitor visitor) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) != '%') {
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '%') {
                i++;
            } else if (next < 128 && Character.isLetterOrDigit(next)) {
                visitor.visit(i, next);
                i++;
            }
        }
    }

    @FunctionalInterface
    public interface SpecifierVisitor {
        void visit(int index, char letter);
    }
}
