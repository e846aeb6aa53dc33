package dev.unitlint.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The line format of the files the build generates for runs to read instead of doing the work
 * again (the rule index, picocli's command model): a first cell saying what the line is, then
 * tab-separated {@code key=value} cells whose values escape {@code \}, tab, newline, carriage
 * return and the unit separator (the command model's list separator) with a backslash. Blank
 * lines and lines starting with {@code #} are comments.
 */
public final class GeneratedTsv {

    /** Separates the items of a list in one value. */
    public static final char LIST = '\u001f';

    private GeneratedTsv() {
    }

    /** Whether a line of the file holds data (not blank, not a comment). */
    public static boolean isData(String line) {
        return !line.isEmpty() && !line.startsWith("#");
    }

    /** A line's cells: the first one as written, then each {@code key=value} cell. */
    public static String[] cells(String line) {
        return line.split("\t", -1);
    }

    /** The {@code key=value} cells after the first, in file order, values unescaped. */
    public static Map<String, String> fields(String[] cells) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < cells.length; i++) {
            int eq = cells[i].indexOf('=');
            fields.put(cells[i].substring(0, eq), unescape(cells[i].substring(eq + 1)));
        }
        return fields;
    }

    /** A line of the file: {@code first}, then each field in the map's order (a null value as empty). */
    public static String line(String first, Map<String, String> fields) {
        StringBuilder out = new StringBuilder(first);
        fields.forEach((key, value) -> out.append('\t').append(key).append('=').append(escape(value == null ? "" : value)));
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case LIST -> out.append("\\u");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'u' -> LIST;
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
