package dev.unitlint.cli;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.SafeText;
import dev.unitlint.fix.FixSession;
import dev.unitlint.fix.UnifiedDiff;
import dev.unitlint.model.Unit;
import dev.unitlint.report.AtomicFile;
import dev.unitlint.report.LintResult;
import dev.unitlint.report.ReportedFinding;
import dev.unitlint.syntax.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystem;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The part of {@code check --fix} and {@code --diff} after linting: runs the {@link FixSession},
 * then prints the diff or writes the files, and says on standard error what was fixed and what
 * is left. Standard input is never written: its fixed text is printed instead.
 */
final class FixRun {

    private final String stdinPath;
    private final FileSystem fileSystem;
    private final PrintWriter out;
    private final PrintWriter err;
    private LintResult lastResult;
    private boolean printedStdin;

    /**
     * @param stdinPath the name standard input's file has in findings, or null when it is not read
     */
    FixRun(String stdinPath, FileSystem fileSystem, PrintWriter out, PrintWriter err) {
        this.stdinPath = stdinPath;
        this.fileSystem = fileSystem;
        this.out = out;
        this.err = err;
    }

    /**
     * Fixes in rounds; {@code check} gives the report of a set of units, and only the findings it
     * reports are fixed (not suppressed ones, not excluded files, not those in the baseline).
     */
    FixSession.Outcome fix(List<Unit> units, LintResult first, Function<List<Unit>, LintResult> check,
                           boolean unsafe) {
        FixSession.Outcome outcome = FixSession.run(units, current -> {
            lastResult = current == units ? first : check.apply(current);
            return lastResult.reported().stream().map(ReportedFinding::finding).toList();
        }, unsafe);
        if (!outcome.converged()) {
            err.println("unitlint: fixes were still changing the files after " + FixSession.MAX_ROUNDS
                    + " rounds; stopped there");
        }
        return outcome;
    }

    /** The report of the fixed units: the findings left. */
    LintResult lastResult() {
        return lastResult;
    }

    /** Whether standard input's (fixed) text went to standard output, so the report must go elsewhere. */
    boolean printedStdin() {
        return printedStdin;
    }

    /** {@code --diff}: the changes as a unified diff on standard output, a summary on standard error. */
    void printDiff(FixSession.Outcome outcome, boolean unsafe) {
        for (FixSession.FileChange change : outcome.changes().values()) {
            String path = change.path().equals(stdinPath) ? "-" : change.path();
            out.print(UnifiedDiff.of(path, SourceText.decode(change.original()).text(),
                    SourceText.decode(change.fixed()).text()));
        }
        out.flush();
        err.println("unitlint: would fix " + summary(outcome, unsafe));
        err.flush();
    }

    /**
     * {@code --fix}: writes each changed file atomically, keeping its mode and owner, unless it
     * changed since it was read; standard input's text goes to standard output.
     *
     * @return false when a file could not be written
     */
    boolean write(FixSession.Outcome outcome, boolean unsafe) {
        boolean ok = true;
        for (FixSession.FileChange change : outcome.changes().values()) {
            if (change.path().equals(stdinPath)) {
                continue;
            }
            try {
                AtomicFile.replace(fileSystem.getPath(change.path()), change.original(), change.fixed());
            } catch (AtomicFile.ChangedSinceRead e) {
                err.println("unitlint: " + SafeText.escape(change.path()) + ": not fixed: it changed since it was read;"
                        + " run again");
                ok = false;
            } catch (IOException e) {
                err.println("unitlint: " + SafeText.escape(change.path()) + ": cannot write the fixed file: "
                        + e.getMessage());
                ok = false;
            }
        }
        if (stdinPath != null) {
            // As ruff and prettier do with '-': the text, fixed or not, is the output.
            FixSession.FileChange change = outcome.changes().get(stdinPath);
            String text = change != null ? SourceText.decode(change.fixed()).text()
                    : outcome.units().stream().flatMap(u -> u.files().stream())
                            .filter(f -> f.path().equals(stdinPath)).findFirst().map(f -> f.print()).orElse("");
            out.print(text);
            out.flush();
            printedStdin = true;
        }
        err.println("unitlint: fixed " + summary(outcome, unsafe));
        err.flush();
        return ok;
    }

    /** "3 findings in 2 files (SD103 1, SD303 2); 1 more with --unsafe-fixes". */
    private static String summary(FixSession.Outcome outcome, boolean unsafe) {
        int files = outcome.changes().size();
        StringBuilder text = new StringBuilder();
        text.append(plural(outcome.applied(), "finding")).append(" in ").append(plural(files, "file"));
        Map<String, Integer> byRule = outcome.appliedByRule();
        if (!byRule.isEmpty()) {
            text.append(" (").append(byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (!unsafe) {
            long more = outcome.findings().stream().map(Finding::fix)
                    .filter(f -> f != null && !f.isSafe()).count();
            if (more > 0) {
                text.append("; ").append(more).append(" more with --unsafe-fixes");
            }
        }
        return text.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
