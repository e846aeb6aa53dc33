package dev.unitlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

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

    /** Terminal devices: pseudo-terminals, virtual consoles and serial lines, the controlling tty, the console. */
    private static final Pattern TERMINAL_DEVICE = Pattern.compile("/dev/(pts/\\d+|tty[A-Za-z0-9]*|console)");

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

    /** @param linkTarget what a {@code /proc/self/fd/N} link points to */
    static boolean isTerminalDevice(String linkTarget) {
        return TERMINAL_DEVICE.matcher(linkTarget).matches();
    }
}
