package dev.unitlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.findings.Applicability;
import dev.unitlint.findings.Finding;
import dev.unitlint.fix.FixSession;
import dev.unitlint.syntax.SourceText;
import dev.unitlint.testing.ProjectPaths;
import dev.unitlint.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule's fixes over its fix fixtures in {@code testdata/fixes/<id>/}. A case is a
 * unit file ({@code name.service}, with its {@code name.service.d/} drop-ins beside it) or a
 * folder of files; each file with a {@code .fixed} sibling must become exactly that file, every
 * other file must stay as it is. The {@code # BUG:} markers of the fixed files are the findings
 * left after fixing (unsafe fixes not applied, repairs the rule does not know), checked strictly
 * both ways as for rule fixtures; a file that a fix leaves alone is checked the same way. A case
 * with {@code # fixture: unsafe-fixes} applies unsafe fixes too. Fixing the fixed files again
 * must change nothing.
 */
class FixFixturesTest {

    static final Pattern UNSAFE = Pattern.compile("(?m)^\\s*[#;]\\s*fixture:\\s*unsafe-fixes\\s*$");

    @TestFactory
    Stream<DynamicNode> everyFixMakesItsExpectedFile() throws IOException {
        List<DynamicNode> containers = new ArrayList<>();
        for (Rule rule : BuiltInRules.all()) {
            List<DynamicNode> cases = new ArrayList<>();
            for (Path entry : cases(rule.id())) {
                cases.add(DynamicTest.dynamicTest(entry.getFileName().toString(), () -> check(rule, entry)));
            }
            if (!cases.isEmpty()) {
                containers.add(DynamicContainer.dynamicContainer(rule.id(), cases));
            }
        }
        return containers.stream();
    }

    private static void check(Rule rule, Path entry) throws IOException {
        Map<String, byte[]> inputs = inputs(entry);
        boolean unsafe = inputs.values().stream().anyMatch(b -> UNSAFE.matcher(SourceText.decode(b).text()).find());
        RuleTester tester = RuleTester.forRule(rule);
        inputs.forEach(tester::addFile);
        FixSession.Outcome outcome = tester.fix(unsafe);
        assertTrue(outcome.applied() > 0, entry + ": no fix was applied");
        assertTrue(outcome.converged(), entry + ": fixes did not converge");

        Map<String, byte[]> fixed = new LinkedHashMap<>(inputs);
        outcome.changes().values().forEach(c -> fixed.put(tester.relative(c.path()), c.fixed()));
        for (Map.Entry<String, byte[]> file : inputs.entrySet()) {
            Path expectedFile = expectedFile(entry, file.getKey());
            byte[] expected = Files.isRegularFile(expectedFile) ? Files.readAllBytes(expectedFile) : file.getValue();
            // Compared as text for a readable failure, then as bytes for terminators and invalid UTF-8.
            assertEquals(SourceText.decode(expected).text(), SourceText.decode(fixed.get(file.getKey())).text(),
                    file.getKey() + (Files.isRegularFile(expectedFile) ? "" : " (no .fixed file: must stay as it is)"));
            assertTrue(java.util.Arrays.equals(expected, fixed.get(file.getKey())), file.getKey() + ": bytes differ");
        }

        RuleTester left = RuleTester.forRule(rule);
        fixed.forEach(left::addFile);
        left.doTest();

        RuleTester again = RuleTester.forRule(rule);
        fixed.forEach(again::addFile);
        assertEquals(Map.of(), again.fix(unsafe).changes(), entry + ": a second --fix changed the fixed files");
    }

    /** The kinds of fix a rule offers in its fix fixtures and rule fixtures: what its document must say. */
    static Set<Applicability> kindsSeen(Rule rule) throws IOException {
        Set<Applicability> kinds = EnumSet.noneOf(Applicability.class);
        List<Path> all = new ArrayList<>(cases(rule.id()));
        all.addAll(RuleFixturesTest.cases(ProjectPaths.testdata().resolve("rules").resolve(rule.id())));
        for (Path entry : all) {
            RuleTester tester = RuleTester.forRule(rule);
            inputs(entry).forEach(tester::addFile);
            for (Finding finding : tester.findings()) {
                finding.optionalFix().ifPresent(f -> kinds.add(f.applicability()));
            }
        }
        return kinds;
    }

    /** Unit files (without .fixed ones) and folders that are whole cases; drop-in folders go with their unit file. */
    static List<Path> cases(String ruleId) throws IOException {
        Path folder = ProjectPaths.testdata().resolve("fixes").resolve(ruleId);
        return RuleFixturesTest.cases(folder).stream()
                .filter(p -> !p.getFileName().toString().endsWith(".fixed"))
                .toList();
    }

    /** The files of a case by the path they are added under, .fixed files left out. */
    static Map<String, byte[]> inputs(Path entry) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (Files.isDirectory(entry)) {
            // A drop-in folder given alone keeps its name: it is what makes its files drop-ins.
            Path base = RuleFixturesTest.isLoneDropInFolder(entry) ? entry.getParent() : entry;
            try (Stream<Path> walk = Files.walk(entry)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    if (!file.getFileName().toString().endsWith(".fixed")) {
                        files.put(base.relativize(file).toString(), Files.readAllBytes(file));
                    }
                }
            }
            return files;
        }
        files.put(entry.getFileName().toString(), Files.readAllBytes(entry));
        Path dropIns = entry.resolveSibling(entry.getFileName() + ".d");
        if (Files.isDirectory(dropIns)) {
            try (Stream<Path> list = Files.list(dropIns)) {
                for (Path dropIn : list.sorted().toList()) {
                    if (!dropIn.getFileName().toString().endsWith(".fixed")) {
                        files.put(dropIns.getFileName() + "/" + dropIn.getFileName(), Files.readAllBytes(dropIn));
                    }
                }
            }
        }
        return files;
    }

    private static Path expectedFile(Path entry, String relative) {
        Path base = Files.isDirectory(entry) ? entry : entry.getParent();
        return base.resolve(relative + ".fixed");
    }
}
