package dev.unitlint.rules;

import dev.unitlint.testing.ProjectPaths;
import dev.unitlint.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule over its fixtures in {@code testdata/rules/<id>/}. Each unit file there
 * (with its {@code NAME.TYPE.d/} drop-ins) is a case; the expected findings are the
 * {@code # BUG:} markers in the files, and anything else reported fails the case.
 */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicNode> everyRuleMatchesItsFixtures() throws IOException {
        List<DynamicNode> containers = new ArrayList<>();
        for (Rule rule : BuiltInRules.all()) {
            Path folder = ProjectPaths.testdata().resolve("rules").resolve(rule.id());
            List<DynamicNode> cases = new ArrayList<>();
            for (Path entry : cases(folder)) {
                cases.add(DynamicTest.dynamicTest(entry.getFileName().toString(), () -> {
                    RuleTester tester = RuleTester.forRule(rule);
                    if (isLoneDropInFolder(entry)) {
                        addDropIns(tester, entry);
                    } else if (Files.isDirectory(entry)) {
                        tester.addTree(entry);
                    } else {
                        tester.addFile(entry.getFileName().toString(), Files.readAllBytes(entry));
                        Path dropIns = entry.resolveSibling(entry.getFileName() + ".d");
                        if (Files.isDirectory(dropIns)) {
                            addDropIns(tester, dropIns);
                        }
                    }
                    tester.doTest();
                }));
            }
            containers.add(DynamicContainer.dynamicContainer(rule.id(), cases));
        }
        return containers.stream();
    }

    private static void addDropIns(RuleTester tester, Path dropIns) throws IOException {
        try (Stream<Path> files = Files.list(dropIns)) {
            for (Path dropIn : files.sorted().toList()) {
                tester.addFile(dropIns.getFileName() + "/" + dropIn.getFileName(), Files.readAllBytes(dropIn));
            }
        }
    }

    /**
     * Unit files, folders that are whole trees, and drop-in folders without their unit file (a
     * drop-in given alone, as a pre-commit hook passes it); a drop-in folder beside its unit file
     * goes with that file.
     */
    static List<Path> cases(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().endsWith(".d") || isLoneDropInFolder(p))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
    }

    /** {@code NAME.TYPE.d/} with no {@code NAME.TYPE} beside it. */
    static boolean isLoneDropInFolder(Path entry) {
        String name = entry.getFileName().toString();
        return name.endsWith(".d") && Files.isDirectory(entry)
                && !Files.exists(entry.resolveSibling(name.substring(0, name.length() - 2)));
    }
}
