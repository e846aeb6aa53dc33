package dev.unitlint.cli;

import dev.unitlint.lint.Warmup;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/** Entry point of {@code java -jar unitlint.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Reports go out through Utf8Writer, which encodes strings without widening them to UTF-16 first.
        PrintWriter out = new PrintWriter(new dev.unitlint.report.Utf8Writer(System.out), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, Terminal.STDOUT, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs a command line; the exit code is the process's.
     *
     * @param terminal whether {@code out} is a terminal
     */
    static int run(PrintWriter out, PrintWriter err, BooleanSupplier terminal, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // What picocli prints for --version, without first building its model (~50 ms).
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
            return ExitCodes.OK;
        }
        if (args.length > 0 && args[0].equals("check")) {
            // The linter's set-up (~60 ms of a one-file run) goes on beside picocli's.
            Warmup.start();
        }
        try {
            return Cli.forArguments(out, err, terminal, args).execute(args);
        } catch (OutOfMemoryError e) {
            // picocli's handler sees exceptions, not errors: without this a stack trace.
            err.println("unitlint: out of memory: the input needs more than this JVM's heap limit of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; give it more with"
                    + " UNITLINT_JAVA_OPTS=-Xmx1g");
            err.flush();
            return ExitCodes.ERROR;
        }
    }
}
