package dev.unitlint.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of {@code java -jar unitlint.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Reports go out through Utf8Writer, which encodes strings without widening them to UTF-16 first.
        PrintWriter out = new PrintWriter(new dev.unitlint.report.Utf8Writer(System.out), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.newCommandLine(out, err, Terminal.STDOUT).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
