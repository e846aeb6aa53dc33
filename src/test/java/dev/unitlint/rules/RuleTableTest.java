package dev.unitlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.security.SecurityCheck;
import dev.unitlint.security.SecurityChecks;
import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule tables in README.md are generated from the rule documents: the rules on by default,
 * and the security rules (off by default) with their check's weight and range. Run
 * {@code mvn test -Dtest=RuleTableTest -Dunitlint.updateDocs=true} to rewrite them.
 */
class RuleTableTest {

    private static final String START = "<!-- rules:start (generated from rules/*.md by RuleTableTest) -->";
    private static final String END = "<!-- rules:end -->";
    private static final String SECURITY_START =
            "<!-- security-rules:start (generated from rules/SEC*.md by RuleTableTest) -->";
    private static final String SECURITY_END = "<!-- security-rules:end -->";

    static String table() {
        StringBuilder table = new StringBuilder("| ID | Name | Severity | Summary |\n|---|---|---|---|\n");
        for (Rule rule : BuiltInRules.all()) {
            RuleMetadata meta = BuiltInRules.metadata(rule.id());
            if (!meta.enabledByDefault()) {
                continue;
            }
            table.append("| [").append(meta.id()).append("](rules/").append(meta.id()).append(".md) | `")
                    .append(meta.name()).append("` | ").append(meta.severity().label()).append(" | ")
                    .append(escape(meta.summary())).append(" |\n");
        }
        return table.toString();
    }

    static String securityTable() {
        StringBuilder table = new StringBuilder("| ID | Name | systemd's check | Weight | Range |\n|---|---|---|---|---|\n");
        for (SecurityCheck check : SecurityChecks.all()) {
            RuleMetadata meta = BuiltInRules.metadata(check.id());
            table.append("| [").append(meta.id()).append("](rules/").append(meta.id()).append(".md) | `")
                    .append(meta.name()).append("` | `").append(escape(check.setting())).append("` | ")
                    .append(check.weight()).append(" | ").append(check.range()).append(" |\n");
        }
        return table.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }

    @Test
    void readmeRuleTablesAreUpToDate() throws IOException {
        Path readme = ProjectPaths.root().resolve("README.md");
        String text = Files.readString(readme);
        String updated = replace(replace(text, START, END, table()), SECURITY_START, SECURITY_END, securityTable());
        if (Boolean.getBoolean("unitlint.updateDocs")) {
            Files.writeString(readme, updated);
            return;
        }
        assertEquals(text, updated,
                "README.md rule tables are stale; run mvn test -Dtest=RuleTableTest -Dunitlint.updateDocs=true");
    }

    private static String replace(String text, String startMarker, String endMarker, String table) {
        int start = text.indexOf(startMarker);
        int end = text.indexOf(endMarker);
        assertTrue(start >= 0 && end > start, "README.md lacks the markers " + startMarker + " ... " + endMarker);
        return text.substring(0, start + startMarker.length() + 1) + table + text.substring(end);
    }
}
