package dev.unitlint.testing;

import dev.unitlint.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in process: its exit code and what it printed. */
public record CliRun(int code, String out, String err) {

    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
