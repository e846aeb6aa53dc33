package dev.unitlint.report;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.SafeText;
import dev.unitlint.lint.InputError;
import java.io.IOException;

/**
 * {@code --format github}: GitHub Actions workflow commands, which turn each finding into an
 * annotation on the pull request:
 * {@code ::error file=F,line=L,endLine=L,col=C,endColumn=C,title=T::message}. Escaping follows
 * {@code @actions/core}: {@code % \r \n} in the message; additionally {@code : ,} in properties.
 * Paths are escaped as messages are ({@link SafeText}): the runner's log renders escape sequences.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        for (ReportedFinding reported : result.reported()) {
            Finding f = reported.finding();
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            out.append("::").append(command)
                    .append(" file=").append(property(SafeText.escape(reported.uri())))
                    .append(",line=").append(String.valueOf(f.span().startLine()))
                    .append(",endLine=").append(String.valueOf(f.span().endLine()))
                    .append(",col=").append(String.valueOf(f.span().startColumn()))
                    .append(",endColumn=").append(String.valueOf(f.span().endColumn()))
                    .append(",title=").append(property("unitlint (" + f.ruleId() + " " + f.ruleName() + ")"))
                    .append("::")
                    .append(message(SafeText.escape(f.path()) + ":" + f.line() + ":" + f.column() + ": "
                            + f.ruleId() + " "
                            + f.message()))
                    .append('\n');
        }
        // A file that could not be read fails the run (exit 2 or 3); show it in the annotations too.
        for (InputError error : result.errors()) {
            out.append("::error file=")
                    .append(property(SafeText.escape(Uris.relative(error.path(), result.workingDirectory()))))
                    .append(",title=").append(property("unitlint: cannot check this file"))
                    .append("::").append(message(SafeText.escape(error.toString()))).append('\n');
        }
    }

    static String message(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return message(text).replace(":", "%3A").replace(",", "%2C");
    }
}
