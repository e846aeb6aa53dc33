package dev.unitlint.release;

import dev.unitlint.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes what the packages install besides the program, all generated from the command
 * definitions in {@code dev.unitlint.cli} (never written by hand, so they cannot drift from
 * the options): the man pages as AsciiDoc (picocli's {@link ManPageGenerator}; the release
 * build turns them into troff with asciidoctor), bash completion (picocli's {@link AutoComplete})
 * and zsh and fish completion ({@link ShellCompletion}).
 *
 * <p>Usage: {@code ReleaseDocs OUTDIR} writes {@code OUTDIR/man/unitlint*.adoc} and
 * {@code OUTDIR/completion/{unitlint.bash,_unitlint,unitlint.fish}}.
 */
public final class ReleaseDocs {

    private ReleaseDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ReleaseDocs OUTDIR");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }

    /** Writes the man pages and completion scripts under {@code outDir}. */
    public static void write(Path outDir) throws IOException {
        CommandLine cli = commandLine();
        // One synopsis line: picocli wraps it at the usage width, and a break inside a negatable
        // option ("--[no-]summary") splits its bold markup; asciidoctor and man reflow it anyway.
        cli.setUsageHelpWidth(1000);
        Path man = Files.createDirectories(outDir.resolve("man"));
        int code = ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], false, cli.getCommandSpec());
        if (code != 0) {
            throw new IOException("picocli's ManPageGenerator failed with exit code " + code);
        }
        try (var pages = Files.list(man)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                Files.writeString(page, manPage(Files.readString(page), page.getFileName().toString()));
            }
        }
        Path completion = Files.createDirectories(outDir.resolve("completion"));
        Files.writeString(completion.resolve("unitlint.bash"), bash(cli), StandardCharsets.UTF_8);
        Files.writeString(completion.resolve("_unitlint"), ShellCompletion.zsh(cli.getCommandSpec()), StandardCharsets.UTF_8);
        Files.writeString(completion.resolve("unitlint.fish"), ShellCompletion.fish(cli.getCommandSpec()), StandardCharsets.UTF_8);
    }

    /**
     * The generated AsciiDoc, made right for a man page: globs in descriptions ({@code *.service})
     * are not bold markup, the exit codes are the EXIT STATUS section, and unitlint(1) gets the
     * sections options do not give (examples, files, environment, see also) from
     * {@code tools/release/man/unitlint-sections.adoc}.
     */
    static String manPage(String adoc, String fileName) throws IOException {
        String page = adoc.replaceAll("(?<=[\\s(/])\\*(?=\\.)", "{asterisk}")
                .replaceAll("(?m)^==\\s+Exit codes:\\s*$", "== Exit status")
                .replace(":manmanual: Unitlint Manual", ":manmanual: unitlint manual");
        if (fileName.equals("unitlint.adoc")) {
            String sections = Files.readString(Path.of(System.getProperty("unitlint.root", "."),
                    "tools/release/man/unitlint-sections.adoc"));
            String end = "// end::picocli-generated-full-manpage[]";
            page = page.replace(":mansource:", ":unitlint-home: " + dev.unitlint.BuildInfo.home() + "\n:mansource:")
                    .replace(end, sections + "\n" + end);
        }
        return page;
    }

    /** The command line exactly as {@code unitlint} builds it. */
    static CommandLine commandLine() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return Cli.newCommandLine(sink, sink);
    }

    static String bash(CommandLine cli) {
        return AutoComplete.bash("unitlint", cli);
    }
}
