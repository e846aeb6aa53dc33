package dev.unitlint.values;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * systemd's command-line syntax for {@code ExecStart=} and the other {@code Exec*=} keys, as
 * {@code config_parse_exec()} (src/core/load-fragment.c, 252 and 257) reads it:
 *
 * <ul>
 *   <li>words are split at blanks by {@code extract_first_word(EXTRACT_UNQUOTE|EXTRACT_CUNESCAPE)}:
 *       {@code "…"} and {@code '…'} quote anywhere in a word, C escapes ({@code \n}, {@code \x41},
 *       {@code \;} …) are decoded in and outside quotes, unknown escapes are kept with their
 *       backslash ("Ignoring unknown escape sequences");</li>
 *   <li>the first word may start with the prefixes {@code @ - : + ! !!}, each at most once, and
 *       {@code +}, {@code !} and {@code !!} exclude each other;</li>
 *   <li>an unquoted {@code ;} standing alone separates commands; {@code \;} standing alone is a
 *       literal {@code ;} argument.</li>
 * </ul>
 *
 * <p>Every word keeps the offsets of its characters in the value, so that rules can point at
 * one character of one word. Specifiers ({@code %n}) and environment variables are not
 * expanded: they are resolved when the unit is loaded or the command runs.
 */
public final class CommandLine {

    /**
     * One word after unquoting and unescaping.
     *
     * @param text    the word as the program receives it (before specifier and variable expansion)
     * @param from    offset of its first character in the value
     * @param to      offset just after its last character in the value
     * @param sources for each character of {@code text}, the offset in the value it comes from
     * @param literal for each character of {@code text}, true when it was quoted or escaped
     */
    public record Word(String text, int from, int to, int[] sources, boolean[] literal) {

        /** True when some character of the word was inside quotes or escaped. */
        public boolean isQuoted() {
            for (boolean b : literal) {
                if (b) {
                    return true;
                }
            }
            return false;
        }

        /** True when the whole word was written without quotes or escapes. */
        public boolean isPlain() {
            return !isQuoted();
        }

        /** The value offset of character {@code i} of the text. */
        public int sourceOf(int i) {
            return sources[i];
        }

        /** The value range [from, to) that characters [i, j) of the text come from. */
        public int[] sourceRange(int i, int j) {
            if (i >= j) {
                int at = i < sources.length ? sources[i] : to;
                return new int[] {at, at};
            }
            return new int[] {sources[i], sources[j - 1] + 1};
        }
    }

    /**
     * One command of a command line.
     *
     * @param first     the first word, prefixes included
     * @param prefixes  the prefix characters systemd took off the first word, in order (e.g. {@code "-+"})
     * @param program   the program path: the first word without its prefixes
     * @param arguments the words after the first one
     */
    public record Command(Word first, String prefixes, String program, List<Word> arguments) {

        public boolean ignoresFailure() {
            return prefixes.contains("-");
        }

        public boolean separateArgv0() {
            return prefixes.contains("@");
        }

        public boolean noEnvironmentExpansion() {
            return prefixes.contains(":");
        }

        /** {@code +}: runs with full privileges, without User=, sandboxing or namespaces. */
        public boolean fullyPrivileged() {
            return prefixes.contains("+");
        }

        /** The argument list the program receives; argv[0] is the program unless {@code @} was given. */
        public List<String> argv() {
            List<String> argv = new ArrayList<>();
            if (!separateArgv0()) {
                argv.add(program);
            }
            for (Word w : arguments) {
                argv.add(w.text());
            }
            return argv;
        }

        /** The program's name: its last path component. */
        public String programName() {
            int slash = program.lastIndexOf('/');
            return slash < 0 ? program : program.substring(slash + 1);
        }
    }

    /** A reason systemd gives up on the rest of the value: an unbalanced quote. */
    public record Problem(String message, int from, int to) {
    }

    private final List<Command> commands;
    private final List<Integer> separators;
    private final Problem problem;

    private CommandLine(List<Command> commands, List<Integer> separators, Problem problem) {
        this.commands = List.copyOf(commands);
        this.separators = List.copyOf(separators);
        this.problem = problem;
    }

    /** The offsets of the lone {@code ;} words that separate commands. */
    public List<Integer> separators() {
        return separators;
    }

    /** The commands read up to the end of the value, or up to a problem. */
    public List<Command> commands() {
        return commands;
    }

    /** The unbalanced quote that stopped the parse, if any. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    private static final String WHITESPACE = " \t\n\r";

    public static CommandLine parse(String value) {
        List<Command> commands = new ArrayList<>();
        List<Integer> separators = new ArrayList<>();
        Cursor cursor = new Cursor(value);
        while (true) {
            cursor.skipBlanks();
            if (cursor.atEnd()) {
                return new CommandLine(commands, separators, null);
            }
            Word first;
            try {
                first = cursor.word();
            } catch (Unbalanced e) {
                return new CommandLine(commands, separators, e.problem);
            }
            if (first.text().equals(";")) {
                separators.add(first.from());
                continue;
            }
            String prefixes = prefixesOf(first.text());
            String program = first.text().substring(prefixes.length());
            List<Word> arguments = new ArrayList<>();
            while (true) {
                cursor.skipBlanks();
                if (cursor.atEnd()) {
                    break;
                }
                if (cursor.standaloneSemicolon()) {
                    separators.add(cursor.pos - 1);
                    break;
                }
                Optional<Word> escaped = cursor.escapedSemicolon();
                if (escaped.isPresent()) {
                    arguments.add(escaped.get());
                    continue;
                }
                try {
                    arguments.add(cursor.word());
                } catch (Unbalanced e) {
                    commands.add(new Command(first, prefixes, program, arguments));
                    return new CommandLine(commands, separators, e.problem);
                }
            }
            commands.add(new Command(first, prefixes, program, arguments));
        }
    }

    /**
     * The words of a value split as {@code extract_first_word(EXTRACT_UNQUOTE|EXTRACT_CUNESCAPE)}
     * splits them (Environment= and command arguments), up to an unbalanced quote.
     */
    public static List<Word> words(String value) {
        List<Word> words = new ArrayList<>();
        Cursor cursor = new Cursor(value);
        while (true) {
            cursor.skipBlanks();
            if (cursor.atEnd()) {
                return words;
            }
            try {
                words.add(cursor.word());
            } catch (Unbalanced e) {
                return words;
            }
        }
    }

    /** The prefix loop of config_parse_exec(): each of {@code - @ :} once, one of {@code + ! !!}. */
    static String prefixesOf(String word) {
        boolean ignore = false, argv0 = false, noEnv = false, privileged = false, noSetuid = false, ambient = false;
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (c == '-' && !ignore) {
                ignore = true;
            } else if (c == '@' && !argv0) {
                argv0 = true;
            } else if (c == ':' && !noEnv) {
                noEnv = true;
            } else if (c == '+' && !privileged && !noSetuid && !ambient) {
                privileged = true;
            } else if (c == '!' && !privileged && !noSetuid && !ambient) {
                noSetuid = true;
            } else if (c == '!' && !privileged && !ambient) {
                noSetuid = false;
                ambient = true;
            } else {
                break;
            }
            i++;
        }
        return word.substring(0, i);
    }

    private static final class Unbalanced extends Exception {
        final Problem problem;

        Unbalanced(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** Reads words the way extract_first_word() does. */
    private static final class Cursor {
        private final String s;
        private int pos;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        void skipBlanks() {
            while (pos < s.length() && WHITESPACE.indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        /** {@code ;} followed by a blank or the end: consumed as a separator. */
        boolean standaloneSemicolon() {
            if (s.charAt(pos) == ';' && (pos + 1 == s.length() || WHITESPACE.indexOf(s.charAt(pos + 1)) >= 0)) {
                pos++;
                return true;
            }
            return false;
        }

        /** {@code \;} followed by a blank or the end: a literal {@code ;} argument. */
        Optional<Word> escapedSemicolon() {
            if (s.startsWith("\\;", pos) && (pos + 2 == s.length() || WHITESPACE.indexOf(s.charAt(pos + 2)) >= 0)) {
                Word w = new Word(";", pos, pos + 2, new int[] {pos + 1}, new boolean[] {true});
                pos += 2;
                return Optional.of(w);
            }
            return Optional.empty();
        }

        Word word() throws Unbalanced {
            int start = pos;
            Chars text = new Chars();
            char quote = 0;
            int quoteStart = -1;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (quote == 0 && WHITESPACE.indexOf(c) >= 0) {
                    break;
                }
                if (c == '\\') {
                    int escapeStart = pos;
                    if (pos + 1 >= s.length()) {
                        // A trailing backslash is kept as it is.
                        text.add('\\', pos, quote != 0);
                        pos++;
                        continue;
                    }
                    int[] decoded = unescape(s, pos + 1);
                    if (decoded == null) {
                        // Unknown escape: systemd keeps the backslash and the character.
                        text.add('\\', pos, true);
                        text.add(s.charAt(pos + 1), pos + 1, true);
                        pos += 2;
                    } else {
                        for (char unit : Character.toChars(decoded[0])) {
                            text.add(unit, escapeStart, true);
                        }
                        pos = decoded[1];
                    }
                    continue;
                }
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        text.add(c, pos, true);
                    }
                    pos++;
                    continue;
                }
                if (c == '"' || c == '\'') {
                    quote = c;
                    quoteStart = pos;
                    pos++;
                    continue;
                }
                text.add(c, pos, false);
                pos++;
            }
            if (quote != 0) {
                throw new Unbalanced(new Problem("Unbalanced quoting", quoteStart, s.length()));
            }
            return new Word(text.toString(), start, pos, Arrays.copyOf(text.sources, text.length),
                    Arrays.copyOf(text.literal, text.length));
        }

        /** The characters of a word with, for each, where it comes from and whether it was quoted or escaped. */
        private static final class Chars {
            private char[] chars = new char[16];
            private int[] sources = new int[16];
            private boolean[] literal = new boolean[16];
            private int length;

            void add(char c, int at, boolean isLiteral) {
                if (length == chars.length) {
                    chars = Arrays.copyOf(chars, length * 2);
                    sources = Arrays.copyOf(sources, length * 2);
                    literal = Arrays.copyOf(literal, length * 2);
                }
                chars[length] = c;
                sources[length] = at;
                literal[length] = isLiteral;
                length++;
            }

            @Override
            public String toString() {
                return new String(chars, 0, length);
            }
        }
    }

    /**
     * cunescape_one(): decodes the escape whose letter is at {@code at}; returns the code point
     * and the offset after the escape, or null for an escape systemd does not know.
     */
    static int[] unescape(String s, int at) {
        char c = s.charAt(at);
        switch (c) {
            case 'a': return new int[] {7, at + 1};
            case 'b': return new int[] {'\b', at + 1};
            case 'f': return new int[] {'\f', at + 1};
            case 'n': return new int[] {'\n', at + 1};
            case 'r': return new int[] {'\r', at + 1};
            case 't': return new int[] {'\t', at + 1};
            case 'v': return new int[] {11, at + 1};
            case 's': return new int[] {' ', at + 1};
            case '\\': case '"': case '\'':
                return new int[] {c, at + 1};
            case 'x':
                return hex(s, at + 1, 2);
            case 'u':
                return hex(s, at + 1, 4);
            case 'U':
                return hex(s, at + 1, 8);
            default:
                if (c >= '0' && c <= '7') {
                    if (at + 3 > s.length()) {
                        return null;
                    }
                    int v = 0;
                    for (int k = 0; k < 3; k++) {
                        char d = s.charAt(at + k);
                        if (d < '0' || d > '7') {
                            return null;
                        }
                        v = v * 8 + (d - '0');
                    }
                    return v == 0 || v > 255 ? null : new int[] {v, at + 3};
                }
                return null;
        }
    }

    private static int[] hex(String s, int at, int digits) {
        if (at + digits > s.length()) {
            return null;
        }
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int d = Character.digit(s.charAt(at + k), 16);
            if (d < 0) {
                return null;
            }
            v = v * 16 + d;
        }
        if (v == 0 || !Character.isValidCodePoint(v)) {
            return null;
        }
        return new int[] {v, at + digits};
    }
}
