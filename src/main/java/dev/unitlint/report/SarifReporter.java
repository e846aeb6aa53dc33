package dev.unitlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unitlint.cli.VersionProvider;
import dev.unitlint.findings.Edit;
import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.SafeText;
import dev.unitlint.findings.Severity;
import dev.unitlint.lint.InputError;
import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleMetadata;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0 as GitHub code scanning accepts it (see
 * conventions.md §7). Every rule is listed in {@code tool.driver.rules} so {@code ruleIndex}
 * is the same in every run; paths are relative to {@code %SRCROOT%}, the working directory;
 * suppressed findings are kept with an {@code inSource} suppression; files that could not be
 * read become tool execution notifications and mark the run unsuccessful.
 */
public final class SarifReporter implements Reporter {

    /** The key of unitlint's own fingerprint in {@code partialFingerprints}; bump the suffix if its recipe changes. */
    public static final String FINGERPRINT_KEY = "unitlint/v1";
    private static final String SRCROOT = "%SRCROOT%";
    private static final int MAX_DESCRIPTION = 1024;

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        // The run's header is built as a tree, its results are streamed one at a time: a whole tree
        // of a large run (150,000 findings with the security rules on) does not fit the bounded heap.
        ObjectNode run = Json.object();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "unitlint");
        String version = VersionProvider.version();
        driver.put("version", version);
        if (version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) {
            driver.put("semanticVersion", version);
        }
        driver.put("informationUri", ProjectInfo.HOME);
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : BuiltInRules.all()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(descriptor(BuiltInRules.metadata(rule.id())));
        }

        String root = Uris.directory(result.workingDirectory());
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", root);
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", result.errors().isEmpty());
        if (!result.errors().isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (InputError error : result.errors()) {
                ObjectNode notification = notifications.addObject();
                notification.put("level", "error");
                notification.putObject("message").put("text", error.path() + ": " + error.message());
                artifact(notification.putArray("locations").addObject().putObject("physicalLocation")
                        .putObject("artifactLocation"), Uris.relative(error.path(), result.workingDirectory()));
            }
        }
        invocation.putObject("workingDirectory").put("uri", root);
        run.put("columnKind", "unicodeCodePoints");

        JsonGenerator json = Json.generator(out);
        json.writeStartObject();
        json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        for (Map.Entry<String, JsonNode> field : run.properties()) {
            json.writeFieldName(field.getKey());
            Json.writeTree(json, field.getValue());
        }
        json.writeArrayFieldStart("results");
        PerFile encoded = new PerFile(Uris::encode);
        for (ReportedFinding reported : result.all()) {
            Finding f = reported.finding();
            ObjectNode r = Json.object();
            r.put("ruleId", f.ruleId());
            Integer index = ruleIndex.get(f.ruleId());
            if (index != null) {
                r.put("ruleIndex", index);
            }
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message());
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            artifact(physical.putObject("artifactLocation"), reported.uri(), encoded.of(reported.uri()));
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.span().startLine());
            region.put("startColumn", f.span().startColumn());
            region.put("endLine", f.span().endLine());
            region.put("endColumn", f.span().endColumn());
            if (result.file(f.path()).isPresent()) {
                region.putObject("snippet").put("text", SafeText.escape(result.lineText(f.path(), f.line())));
            }
            r.putObject("partialFingerprints").put(FINGERPRINT_KEY, reported.fingerprint());
            if (f.fix() != null) {
                fix(r.putArray("fixes").addObject(), f.fix(), result);
            }
            if (reported.suppressed()) {
                ObjectNode suppression = r.putArray("suppressions").addObject();
                suppression.put("kind", "inSource");
                if (!reported.justification().isEmpty()) {
                    suppression.put("justification", reported.justification());
                }
            }
            Json.writeTree(json, r);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        Json.end(json, out);
    }

    /**
     * A SARIF fix: one artifact change per file, each edit a replacement of {@code deletedRegion}
     * (empty for an insertion) by {@code insertedContent}. SARIF has no safe/unsafe split, so the
     * applicability is a property.
     */
    private static void fix(ObjectNode node, Fix fix, LintResult result) {
        node.putObject("description").put("text", fix.description());
        Map<String, ArrayNode> byFile = new java.util.LinkedHashMap<>();
        ArrayNode changes = node.putArray("artifactChanges");
        for (Edit edit : fix.edits()) {
            ArrayNode replacements = byFile.computeIfAbsent(edit.path(), path -> {
                ObjectNode change = changes.addObject();
                artifact(change.putObject("artifactLocation"), Uris.relative(path, result.workingDirectory()));
                return change.putArray("replacements");
            });
            ObjectNode replacement = replacements.addObject();
            ObjectNode region = replacement.putObject("deletedRegion");
            region.put("startLine", edit.span().startLine());
            region.put("startColumn", edit.span().startColumn());
            region.put("endLine", edit.span().endLine());
            region.put("endColumn", edit.span().endColumn());
            replacement.putObject("insertedContent").put("text", edit.replacement());
        }
        node.putObject("properties").put("applicability", fix.applicability().label());
    }

    private static void artifact(ObjectNode location, String uri) {
        artifact(location, uri, Uris.encode(uri));
    }

    private static void artifact(ObjectNode location, String uri, String encoded) {
        location.put("uri", encoded);
        if (!uri.startsWith("/")) {
            location.put("uriBaseId", SRCROOT);
        }
    }

    private static ObjectNode descriptor(RuleMetadata meta) {
        ObjectNode rule = Json.object();
        rule.put("id", meta.id());
        rule.put("name", meta.name());
        rule.putObject("shortDescription").put("text", limit(meta.summary()));
        rule.putObject("fullDescription").put("text", limit(RuleText.rationale(meta)));
        rule.put("helpUri", ProjectInfo.ruleDocument(meta.id()));
        String markdown = RuleText.bodyWithoutTitle(meta);
        rule.putObject("help").put("text", RuleText.plain(markdown)).put("markdown", markdown);
        rule.putObject("defaultConfiguration").put("level", level(meta.severity()));
        ObjectNode properties = rule.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags.add("systemd");
        List<String> own = meta.tags();
        own.stream().limit(19).forEach(tags::add);
        properties.put("problem.severity", switch (meta.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "recommendation";
        });
        return rule;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String limit(String text) {
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
}
