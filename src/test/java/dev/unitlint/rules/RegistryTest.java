package dev.unitlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.findings.Finding;
import dev.unitlint.testing.FixtureMarkers;
import dev.unitlint.testing.ProjectPaths;
import dev.unitlint.testing.RuleTester;
import dev.unitlint.syntax.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The registry, the rule documents in {@code rules/} and the fixtures in
 * {@code testdata/rules/} match one to one, the metadata is well formed, and every
 * documented example does what its document says.
 */
class RegistryTest {

    private static final Set<String> REQUIRED_HEADINGS =
            Set.of("## Rationale", "## What systemd does", "## Bad", "## Good", "## Versions");

    @Test
    void idsAreWellFormedUniqueAndSorted() {
        List<String> ids = BuiltInRules.all().stream().map(Rule::id).toList();
        ids.forEach(id -> assertTrue(id.matches(RuleMetadata.ID_PATTERN), "rule ID must be SD or SEC and three digits: " + id));
        assertEquals(new TreeSet<>(ids).stream().toList(), ids, "BuiltInRules must list rules sorted by ID, once each");
    }

    @Test
    void everyRuleHasExactlyOneDocumentAndNoDocumentIsStray() throws IOException {
        Set<String> ids = BuiltInRules.all().stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> documents;
        try (Stream<Path> files = Files.list(ProjectPaths.rules())) {
            documents = files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("README.md"))
                    .peek(name -> assertTrue(name.matches(RuleMetadata.ID_PATTERN + "\\.md"), "unexpected file in rules/: " + name))
                    .map(name -> name.substring(0, name.length() - 3))
                    .collect(Collectors.toSet());
        }
        assertEquals(new TreeSet<>(ids), new TreeSet<>(documents), "rules/*.md and BuiltInRules differ");
    }

    @Test
    void everyRuleHasFixturesAndNoFixtureFolderIsStray() throws IOException {
        Set<String> ids = BuiltInRules.all().stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> folders;
        try (Stream<Path> files = Files.list(ProjectPaths.testdata().resolve("rules"))) {
            folders = files.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(new TreeSet<>(ids), new TreeSet<>(folders), "testdata/rules/* and BuiltInRules differ");
    }

    @Test
    void metadataIsWellFormed() {
        Set<String> names = new HashSet<>();
        for (Rule rule : BuiltInRules.all()) {
            RuleMetadata meta = BuiltInRules.metadata(rule.id());
            assertEquals(rule.id(), meta.id(), "rules/" + rule.id() + ".md declares another id");
            assertTrue(meta.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.id() + ": name must be kebab-case");
            assertTrue(names.add(meta.name()), rule.id() + ": name used twice: " + meta.name());
            assertTrue(meta.summary().endsWith("."), rule.id() + ": summary must end with a full stop");
            assertEquals(meta.enabledByDefault(), rule.enabledByDefault(),
                    rule.id() + ": the document's 'default:' and the rule's enabledByDefault() disagree");
            assertTrue(meta.summary().length() <= 200, rule.id() + ": summary too long for SARIF short descriptions");
            for (String heading : REQUIRED_HEADINGS) {
                assertTrue(meta.body().contains("\n" + heading + "\n"), rule.id() + ": document lacks " + heading);
            }
        }
    }

    /**
     * Every document says whether its rule fixes what it finds ({@code fix: none}, {@code safe},
     * {@code unsafe} or {@code safe, unsafe}), and the code agrees: the kinds of fix its rule and fix
     * fixtures produce are exactly those. A rule with fixes explains them under {@code ## Fix} and has
     * fix fixtures ({@code testdata/fixes/<id>/}); no fix fixture folder is stray.
     */
    @TestFactory
    Stream<DynamicTest> documentsSayWhichFixesTheRuleHas() {
        return BuiltInRules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            String document = Files.readString(ProjectPaths.rules().resolve(rule.id() + ".md"));
            String header = document.substring(0, document.indexOf("\n---\n", 3));
            assertTrue(header.matches("(?s).*\nfix: (none|safe|unsafe|safe, unsafe)(\n.*)?"),
                    rule.id() + ": the header must say fix: none, safe, unsafe or 'safe, unsafe'");
            RuleMetadata meta = BuiltInRules.metadata(rule.id());
            assertEquals(meta.fixLabel(), new RuleMetadata(meta.id(), meta.name(), meta.severity(), meta.summary(),
                    meta.systemd(), meta.tags(), meta.body(), List.copyOf(FixFixturesTest.kindsSeen(rule)), meta.enabledByDefault()).fixLabel(),
                    rule.id() + ": the document's fix: and the fixes its fixtures produce differ");
            boolean fixes = !meta.fixes().isEmpty();
            assertEquals(fixes, meta.body().contains("\n## Fix\n"),
                    rule.id() + (fixes ? ": a rule with fixes describes them under ## Fix" : ": ## Fix without fixes"));
            assertEquals(fixes, !FixFixturesTest.cases(rule.id()).isEmpty(),
                    rule.id() + (fixes ? ": no fix fixtures in testdata/fixes/" : ": fix fixtures of a rule without fixes"));
        }));
    }

    @Test
    void noFixFixtureFolderIsStray() throws IOException {
        Set<String> ids = BuiltInRules.all().stream().map(Rule::id).collect(Collectors.toSet());
        try (Stream<Path> folders = Files.list(ProjectPaths.testdata().resolve("fixes"))) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                assertTrue(ids.contains(folder.getFileName().toString()), "testdata/fixes/ of no rule: " + folder);
            }
        }
    }

    /** Each rule's fixture folder shows it firing and shows it silent. */
    @TestFactory
    Stream<DynamicTest> everyRuleHasFiringAndSilentFixtures() {
        return BuiltInRules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            boolean fires = false;
            boolean silent = false;
            Path folder = ProjectPaths.testdata().resolve("rules").resolve(rule.id());
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = SourceText.decode(Files.readAllBytes(file)).text();
                    boolean marked = !FixtureMarkers.read(file.toString(), text).expectations().isEmpty();
                    fires |= marked;
                    silent |= !marked && !file.getParent().getFileName().toString().endsWith(".d");
                }
            }
            assertTrue(fires, rule.id() + ": no fixture with a BUG marker in " + folder);
            assertTrue(silent, rule.id() + ": no fixture without BUG markers (showing the rule silent) in " + folder);
        }));
    }

    /** The Bad example of each document makes the rule fire, the Good one keeps it silent (Checkstyle xdocs). */
    @TestFactory
    Stream<DynamicTest> documentedExamplesBehaveAsDocumented() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : BuiltInRules.all()) {
            RuleMetadata meta = BuiltInRules.metadata(rule.id());
            tests.add(DynamicTest.dynamicTest(rule.id() + " bad", () -> {
                List<RuleDocument.Example> bad = meta.examples("Bad");
                if (bad.isEmpty()) {
                    assertTrue(meta.body().contains("testdata/rules/" + rule.id()),
                            rule.id() + ": without a Bad code block the document must point at its fixtures");
                }
                for (RuleDocument.Example example : bad) {
                    List<Finding> findings = run(rule, example);
                    assertFalse(findings.isEmpty(), rule.id() + ": the Bad example reports nothing:\n" + example.text());
                }
            }));
            tests.add(DynamicTest.dynamicTest(rule.id() + " good", () -> {
                List<RuleDocument.Example> good = meta.examples("Good");
                assertFalse(good.isEmpty(), rule.id() + ": the document has no Good code block");
                for (RuleDocument.Example example : good) {
                    List<Finding> findings = run(rule, example);
                    assertTrue(findings.isEmpty(), rule.id() + ": the Good example reports " + findings);
                }
            }));
        }
        return tests.stream();
    }

    private static List<Finding> run(Rule rule, RuleDocument.Example example) {
        return RuleTester.forRule(rule).addFile(example.fileName(), example.text()).findings();
    }
}
