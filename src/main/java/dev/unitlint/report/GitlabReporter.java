package dev.unitlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unitlint.findings.Finding;
import java.io.IOException;

/**
 * {@code --format gitlab}: a GitLab Code Quality report (a Code Climate subset): a JSON array,
 * {@code []} when clean, paths relative to the repository root, a stable unique fingerprint.
 */
public final class GitlabReporter implements Reporter {

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        ArrayNode issues = Json.MAPPER.createArrayNode();
        for (ReportedFinding reported : result.reported()) {
            Finding f = reported.finding();
            ObjectNode issue = issues.addObject();
            issue.put("description", f.ruleId() + " " + f.ruleName() + ": " + f.message());
            issue.put("check_name", f.ruleId());
            issue.put("fingerprint", reported.fingerprint());
            issue.put("severity", switch (f.severity()) {
                case ERROR -> "critical";
                case WARNING -> "major";
                case INFO -> "minor";
            });
            issue.putArray("categories").add("Bug Risk");
            ObjectNode location = issue.putObject("location");
            location.put("path", reported.uri());
            location.putObject("lines").put("begin", f.span().startLine()).put("end", f.span().endLine());
        }
        Json.write(issues, out);
    }
}
