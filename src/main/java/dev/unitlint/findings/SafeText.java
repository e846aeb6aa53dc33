package dev.unitlint.findings;

/**
 * Makes text from unit files (and their names) safe to print: a file in a pull request must
 * not be able to clear the screen, retitle the terminal, hide findings or reorder what a
 * reviewer reads. Every report quotes file content through {@link #escape}.
 *
 * <p>Escaped, in the notation of systemd's {@code cescape()} and Python's {@code repr()}:
 * <ul>
 *   <li>C0 controls, DEL and C1 controls (U+0080..U+009F, which 8-bit terminals take as
 *       {@code CSI} and {@code OSC}): {@code \t}, {@code \n}, {@code \r}, else {@code \x1b};</li>
 *   <li>bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A..U+202E,
 *       U+2066..U+2069: "Trojan Source") and the line and paragraph separators U+2028,
 *       U+2029: {@code \u202e};</li>
 *   <li>bytes that are not UTF-8, which {@link dev.unitlint.syntax.SourceText} keeps as the
 *       lone surrogates U+DC80..U+DCFF: the original byte, {@code \xe9}; any other lone
 *       surrogate: {@code \udc00}.</li>
 * </ul>
 * A backslash itself is left alone: systemd values are full of them ({@code \x2d} in unit
 * names, {@code \$} in command lines), and doubling each would make every such message harder
 * to read. So {@code \x1b} in a report may also be those four characters in the file; the
 * goal is a safe terminal, not a reversible encoding. Escaping is idempotent.
 */
public final class SafeText {

    private static final int SURROGATE_ESCAPE_BASE = 0xDC80;

    private SafeText() {
    }

    /**
     * Strings found safe lately, by identity: many findings share one message string (the
     * security rules give thousands of services the same message for a setting they all lack),
     * and a string seen safe once need not be scanned again. A racing thread at worst misses the
     * entry and scans; a slot only ever holds a string that was found safe.
     */
    private static final String[] KNOWN_SAFE = new String[512];

    /** The text with every character that could act on a terminal written as an escape. */
    public static String escape(String text) {
        int slot = System.identityHashCode(text) & (KNOWN_SAFE.length - 1);
        if (KNOWN_SAFE[slot] == text) {
            return text;
        }
        String safe = scanAndEscape(text);
        if (safe == text && text.length() > 40) {
            KNOWN_SAFE[slot] = text;
        }
        return safe;
    }

    private static String scanAndEscape(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch < 0x7f) {
                i++; // printable ASCII, nearly every character of a message: no code point needed
                continue;
            }
            int c = text.codePointAt(i);
            if (needsEscape(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
        while (i < n) {
            int c = text.codePointAt(i);
            appendEscaped(out, c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** True for the characters {@link #escape} rewrites. */
    public static boolean needsEscape(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** Appends one code point, escaped when {@link #needsEscape} says so. */
    public static void appendEscaped(StringBuilder out, int c) {
        if (!needsEscape(c)) {
            out.appendCodePoint(c);
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c <= 0xff) {
            out.append("\\x").append(hex(c, 2));
        } else if (c >= SURROGATE_ESCAPE_BASE && c <= SURROGATE_ESCAPE_BASE + 0x7f) {
            // A byte that is not UTF-8 (0x80..0xFF), kept by SourceText as U+DC80 + (byte - 0x80).
            out.append("\\x").append(hex(c - SURROGATE_ESCAPE_BASE + 0x80, 2));
        } else {
            out.append("\\u").append(hex(c, 4));
        }
    }

    private static String hex(int value, int digits) {
        String hex = Integer.toHexString(value);
        return "0".repeat(Math.max(0, digits - hex.length())) + hex;
    }
}
