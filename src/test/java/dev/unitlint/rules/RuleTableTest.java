package dev.unitlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule table in README.md is generated from the rule documents. Run
 * {@code mvn test -Dtest=RuleTableTest -Dunitlint.updateDocs=true} to rewrite it.
 */
class RuleTableTest {

    private static final String START = "<!-- rules:start (generated from rules/*.md by RuleTableTest) -->";
    private static final String END = "<!-- rules:end -->";

    static String table() {
        StringBuilder table = new StringBuilder("| ID | Name | Severity | Summary |\n|---|---|---|---|\n");
        for (Rule rule : BuiltInRules.all()) {
            RuleMetadata meta = BuiltInRules.metadata(rule.id());
            table.append("| [").append(meta.id()).append("](rules/").append(meta.id()).append(".md) | `")
                    .append(meta.name()).append("` | ").append(meta.severity().label()).append(" | ")
                    .append(meta.summary().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    @Test
    void readmeRuleTableIsUpToDate() throws IOException {
        Path readme = ProjectPaths.root().resolve("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md lacks the rule table markers");
        String current = text.substring(start + START.length() + 1, end);
        if (Boolean.getBoolean("unitlint.updateDocs")) {
            Files.writeString(readme, text.substring(0, start + START.length() + 1) + table() + text.substring(end));
            return;
        }
        assertEquals(table(), current,
                "README.md rule table is stale; run mvn test -Dtest=RuleTableTest -Dunitlint.updateDocs=true");
    }
}
