package dev.unitlint.testing;

import dev.unitlint.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in process: its exit code and what it printed. */
public record CliRun(int code, String out, String err) {

    /** A run whose standard output is not a terminal (a pipe, a file), as in CI. */
    public static CliRun run(String... args) {
        return run(false, args);
    }

    /** A run as if standard output were a terminal: what a person at a shell sees. */
    public static CliRun onTerminal(String... args) {
        return run(true, args);
    }

    private static CliRun run(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err), () -> terminal).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
