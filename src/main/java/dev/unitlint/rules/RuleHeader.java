package dev.unitlint.rules;

import dev.unitlint.findings.Severity;
import java.util.Map;

/**
 * The header of a rule document ({@code rules/<id>.md}): what a run needs to stamp findings
 * and list rules, without the Markdown body. Read from the {@link RuleIndex} generated at
 * build time, so a lint run never parses the documents.
 *
 * @param id       stable ID such as {@code SD301}
 * @param name     kebab-case name
 * @param severity default severity
 * @param summary  one sentence
 * @param fields   every header field of the document as written ({@code id}, {@code name},
 *                 {@code systemd}, {@code tags}, and any field a later document adds)
 */
public record RuleHeader(String id, String name, Severity severity, String summary, Map<String, String> fields) {

    public RuleHeader {
        fields = Map.copyOf(fields);
    }

    /** A header field, or the empty string when the document does not have it. */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /**
     * Whether the rule runs when no selection names it: unless its document says
     * {@code default: off} (rules that only run when selected).
     */
    public boolean enabledByDefault() {
        return !"off".equals(field("default"));
    }

    /** The header of a full document, for callers that have read one. */
    public static RuleHeader of(RuleMetadata meta) {
        return new RuleHeader(meta.id(), meta.name(), meta.severity(), meta.summary(), Map.of(
                "id", meta.id(), "name", meta.name(), "severity", meta.severity().label(), "summary", meta.summary(),
                "systemd", meta.systemd(), "tags", String.join(", ", meta.tags())));
    }
}
