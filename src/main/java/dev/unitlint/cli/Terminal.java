package dev.unitlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Whether standard output is a terminal: what decides colour, source lines and the summary.
 *
 * <p>Java 17 has no {@code isatty(1)}. {@code System.console()} is not it: it exists only when
 * standard input <em>and</em> output are both terminals, so {@code unitlint check - < file},
 * {@code find | xargs unitlint check} and a pre-commit hook (stdin redirected, stdout a terminal)
 * all look like a pipe (picocli's {@code Help.Ansi.AUTO} has the same blind spot). On Linux the
 * answer is in {@code /proc/self/fd/1}: a link to {@code /dev/pts/N} or {@code /dev/ttyX} for a
 * terminal, to {@code pipe:[...]}, {@code socket:[...]}, {@code /dev/null} or a file otherwise.
 * Where there is no {@code /proc} (macOS, Windows) it falls back to {@code System.console()}.
 */
public final class Terminal {

    /** Standard output of this process, looked at once, when first asked. */
    public static final BooleanSupplier STDOUT = new BooleanSupplier() {
        private volatile Boolean answer;

        @Override
        public boolean getAsBoolean() {
            Boolean result = answer;
            if (result == null) {
                result = isTerminal(Path.of("/proc/self/fd/1"));
                answer = result;
            }
            return result;
        }
    };

    /** For runs whose output is not the process's standard output (tests, {@code --output}). */
    public static final BooleanSupplier NONE = () -> false;

    private Terminal() {
    }

    /** @param descriptor a {@code /proc/self/fd/N} link */
    static boolean isTerminal(Path descriptor) {
        try {
            return isTerminalDevice(Files.readSymbolicLink(descriptor).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * Whether a {@code /proc/self/fd/N} link points to a terminal device: a pseudo-terminal
     * ({@code /dev/pts/N}), a virtual console, serial line or the controlling tty
     * ({@code /dev/tty…}), or the console. Plain string tests, not a regular expression: every
     * run asks, on the thread that parses the command line, and the first pattern of a run costs
     * ~10 ms of setting up {@code java.util.regex}.
     *
     * @param linkTarget what the link points to
     */
    static boolean isTerminalDevice(String linkTarget) {
        if (linkTarget.startsWith("/dev/pts/")) {
            return alphanumericRest(linkTarget, "/dev/pts/".length(), false);
        }
        if (linkTarget.startsWith("/dev/tty")) {
            return alphanumericRest(linkTarget, "/dev/tty".length(), true);
        }
        return linkTarget.equals("/dev/console");
    }

    /**
     * Whether {@code text} from {@code from} on is digits only (with {@code lettersToo}, ASCII
     * letters and digits); without letters at least one digit is needed, as in /dev/pts/N.
     */
    private static boolean alphanumericRest(String text, int from, boolean lettersToo) {
        if (from == text.length()) {
            return lettersToo;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!digit && !(lettersToo && letter)) {
                return false;
            }
        }
        return true;
    }
}
