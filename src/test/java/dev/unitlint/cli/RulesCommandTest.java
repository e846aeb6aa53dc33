package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.testing.CliRun;
import dev.unitlint.rules.RuleMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code unitlint rules} and {@code unitlint explain ID}. */
class RulesCommandTest {

    @Test
    void rulesListsEveryRuleWithNameSeverityDefaultAndSummary() {
        CliRun run = CliRun.run("rules");
        assertEquals(0, run.code());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("ID +NAME +SEVERITY +DEFAULT +SUMMARY"), lines.get(0));
        assertEquals(BuiltInRules.all().size() + 1, lines.size());
        for (RuleMetadata meta : BuiltInRules.metadata().values()) {
            assertTrue(lines.stream().anyMatch(l -> l.matches(meta.id() + " +" + meta.name() + " +"
                    + meta.severity().label() + " +" + (meta.enabledByDefault() ? "on" : "off") + " +\\Q"
                    + meta.summary() + "\\E")), meta.id());
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("SEC005 +private-network +info +off +.*")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("SD301 +restart-always-oneshot +error +on +.*")), run.out());
    }

    @Test
    void explainRendersTheDocumentWithoutItsHeader() {
        CliRun run = CliRun.run("explain", "--color=never", "SD301");
        assertEquals(0, run.code(), run.err());
        String text = run.out();
        assertTrue(text.startsWith("SD301 restart-always-oneshot (error)\n"), text);
        assertFalse(text.contains("---\nid:"), "front matter is stripped");
        assertFalse(text.contains("```"), "code fences are dropped");
        assertFalse(text.contains("\n\n\n"), "no runs of blank lines");
        assertTrue(text.contains("\nBAD\n    # bad.service\n    [Service]\n"), text);
        assertEquals(text, CliRun.run("explain", "--color=never", "restart-always-oneshot").out());
    }

    @Test
    void explainingAnUnknownRuleIsAUsageError() {
        CliRun run = CliRun.run("explain", "SD999");
        assertEquals(ExitCodes.USAGE, run.code());
        assertEquals("unitlint: no rule 'SD999'; 'unitlint rules' lists them\n", run.err());
    }
}
