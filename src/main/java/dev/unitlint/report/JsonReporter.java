package dev.unitlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unitlint.cli.VersionProvider;
import dev.unitlint.findings.Edit;
import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Fix;
import dev.unitlint.lint.InputError;
import java.io.IOException;

/**
 * {@code --format json}: version 1 of unitlint's JSON report, documented in the README.
 * Fields are only ever added within a version; a change that breaks readers bumps it.
 */
public final class JsonReporter implements Reporter {

    /** The schema version written as {@code "version"}. */
    public static final int VERSION = 1;

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        // Streamed one finding at a time: a whole tree of a large run does not fit the bounded heap.
        JsonGenerator json = Json.generator(out);
        json.writeStartObject();
        json.writeNumberField("version", VERSION);
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", "unitlint");
        json.writeStringField("version", VersionProvider.version());
        json.writeEndObject();
        json.writeArrayFieldStart("findings");
        for (ReportedFinding reported : result.reported()) {
            Finding f = reported.finding();
            ObjectNode finding = Json.object()
                    .put("file", f.path())
                    .put("line", f.span().startLine())
                    .put("column", f.span().startColumn())
                    .put("endLine", f.span().endLine())
                    .put("endColumn", f.span().endColumn())
                    .put("severity", f.severity().label())
                    .put("ruleId", f.ruleId())
                    .put("ruleName", f.ruleName())
                    .put("message", f.message())
                    .put("fingerprint", reported.fingerprint())
                    .put("url", ProjectInfo.ruleDocument(f.ruleId()));
            if (f.fix() != null) {
                fix(finding.putObject("fix"), f.fix());
            }
            Json.writeTree(json, finding);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("errors");
        for (InputError error : result.errors()) {
            Json.writeTree(json, Json.object().put("file", error.path()).put("message", error.message()));
        }
        json.writeEndArray();
        json.writeEndObject();
        Json.end(json, out);
    }

    /**
     * {@code "fix": {"applicability", "description", "edits": [{"file", "line", "column", "endLine",
     * "endColumn", "content"}]}}: replace the text between the two positions (end exclusive, as
     * for findings; equal for an insertion) with {@code content}, exactly.
     */
    private static void fix(ObjectNode node, Fix fix) {
        node.put("applicability", fix.applicability().label());
        node.put("description", fix.description());
        ArrayNode edits = node.putArray("edits");
        for (Edit edit : fix.edits()) {
            edits.addObject()
                    .put("file", edit.path())
                    .put("line", edit.span().startLine())
                    .put("column", edit.span().startColumn())
                    .put("endLine", edit.span().endLine())
                    .put("endColumn", edit.span().endColumn())
                    .put("content", edit.replacement());
        }
    }
}
