package dev.unitlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.unitlint.cli.Cli;
import dev.unitlint.findings.Finding;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.testing.ProjectPaths;
import dev.unitlint.tree.LoadPath;
import dev.unitlint.tree.SystemTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Debian corpus in both layouts a copy of {@code ../shared} may have: its 183 symbolic
 * links ({@code SYMLINKS.tsv}: path, tab, target) as real links, as a {@code cp -a} keeps them
 * and CI's copy may hold them, and as plain files holding the target, as an archive without
 * links leaves them. Both are recreated in an in-memory tree from whatever the copy beside this
 * checkout holds, so the test runs the same on every machine (and skips without the corpus).
 *
 * <p>Every absolute link target is also planted outside the tree, as a unit systemd refuses:
 * if unitlint ever followed a link onto "the host", that refusal would show.
 */
class CorpusLayoutsTest {

    private static final String DECOY = "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n";
    private static final Set<String> LINK_RULES = Set.of("SD006", "SD007", "SD008", "SD009", "SD010");

    private static FileSystem fs;
    private static Path linked;
    private static Path plain;
    /** Link path (relative to the corpus) to target, from SYMLINKS.tsv. */
    private static final Map<String, String> links = new LinkedHashMap<>();

    @BeforeAll
    static void recreateBothLayouts() throws IOException {
        Path corpus = ProjectPaths.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        Path list = corpus.resolve("SYMLINKS.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(list), "the corpus has no SYMLINKS.tsv");
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length == 2) {
                links.put(fields[0], fields[1]);
            }
        }
        assertTrue(links.size() > 100, "SYMLINKS.tsv lists only " + links.size() + " links");
        fs = Jimfs.newFileSystem(Configuration.unix());
        linked = fs.getPath("/copies/linked/debian-bookworm");
        plain = fs.getPath("/copies/plain/debian-bookworm");
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String relative = corpus.relativize(file).toString();
                if (!links.containsKey(relative)) {
                    byte[] bytes = Files.readAllBytes(file);
                    write(linked.resolve(relative), bytes);
                    write(plain.resolve(relative), bytes);
                }
            }
        }
        for (Map.Entry<String, String> link : links.entrySet()) {
            Path path = linked.resolve(link.getKey());
            Files.createDirectories(path.getParent());
            Files.createSymbolicLink(path, fs.getPath(link.getValue()));
            write(plain.resolve(link.getKey()), link.getValue().getBytes(StandardCharsets.UTF_8));
            if (link.getValue().startsWith("/") && !link.getValue().equals("/dev/null")) {
                write(fs.getPath(link.getValue()), DECOY.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (fs != null) {
            fs.close();
        }
    }

    private static void write(Path path, byte[] bytes) throws IOException {
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }

    private static boolean isLink(Path layout, String path) {
        return links.containsKey(layout.relativize(layout.getFileSystem().getPath(path)).toString());
    }

    /** Linting the whole corpus takes seconds: each layout is linted once for all the tests. */
    private static final Map<Path, List<Finding>> findings = new LinkedHashMap<>();

    /** The findings of a run as {@code ./unitlint check DIR} makes them. */
    private static synchronized List<Finding> findings(Path layout) {
        return findings.computeIfAbsent(layout, l -> {
            UnitCollector collector = new UnitCollector();
            collector.addPath(l);
            assertEquals(List.of(), collector.errors());
            // As the CLI runs: the units given form a set (cycles among them are reported).
            UnitSet given = UnitSet.given(collector.units(), collector.masked(), collector.folderDependencies());
            return new Linter(LintOptions.defaults()).withUnitSet(given).lint(collector.units(), collector.links());
        });
    }

    /** The findings on files that are regular in both layouts, with paths relative to the layout. */
    private static List<String> onRegularFiles(Path layout) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings(layout)) {
            String path = layout.relativize(fs.getPath(f.path())).toString();
            if (!links.containsKey(path)) {
                lines.add(path + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message());
            }
        }
        return lines;
    }

    @Test
    void withRealLinksEachUnitFileIsCheckedOnceAndNoLinkIsAnError() {
        UnitCollector collector = new UnitCollector();
        collector.addPath(linked);
        assertEquals(List.of(), collector.errors());
        Set<String> bases = new HashSet<>();
        for (Unit unit : collector.units()) {
            if (unit.hasBase()) {
                String base = unit.base().orElseThrow().path();
                assertTrue(bases.add(base), "unit file checked twice: " + base);
                assertTrue(!isLink(linked, base), "a link checked as a unit file: " + base);
            }
        }
        assertTrue(bases.size() > 2000, "expected the whole corpus, found " + bases.size() + " unit files");
    }

    @Test
    void nothingOutsideTheTreeIsReadAndLinksGetOnlyLinkFindings() {
        Set<String> outsideLinks = new TreeSet<>();
        for (Finding f : findings(linked)) {
            assertTrue(f.path().startsWith(linked + "/"), "a finding outside the tree: " + f);
            if (isLink(linked, f.path())) {
                assertTrue(LINK_RULES.contains(f.ruleId()), "a link linted as a unit file: " + f);
            }
            if (f.ruleId().equals("SD007")) {
                outsideLinks.add(linked.relativize(fs.getPath(f.path())).toString());
            }
        }
        // Exactly the absolute links of unit folders lead out; the .wants/ ones are read by name only.
        Set<String> expected = new TreeSet<>();
        links.forEach((path, target) -> {
            String folder = fs.getPath(path).getParent().getFileName().toString();
            if (target.startsWith("/") && !target.equals("/dev/null") && !folder.matches(".*\\.(wants|requires|upholds)")) {
                expected.add(path);
            }
        });
        assertEquals(expected, outsideLinks);
    }

    /**
     * The layouts differ only at the links: every finding on a regular file is the same; in the
     * plain layout each copied link is itself reported (SD002 under a unit name, SD009 in .wants/).
     */
    @Test
    void bothLayoutsFindTheSameOnRegularFiles() {
        assertEquals(onRegularFiles(plain), onRegularFiles(linked));
    }

    /** {@code ./unitlint check DIR} with real links: findings make the exit code, and nothing is written to stderr. */
    @Test
    void theCommandLineExitsWithFindingsNotErrors() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err), fs)
                .execute("check", "--color=never", "--no-config", linked.toString());
        assertEquals("", err.toString());
        assertEquals(1, code);
        assertEquals(findings(linked).size(), out.toString().lines().count());
    }

    /** Each package read as a system root ({@code --root PKG}): links resolve inside it, and none is an error. */
    @Test
    void everyPackageAsARootReadsWithoutErrors() throws IOException {
        List<String> errors = new ArrayList<>();
        try (Stream<Path> packages = Files.list(linked)) {
            for (Path pkg : packages.filter(Files::isDirectory).sorted().toList()) {
                SystemTree tree = SystemTree.load(pkg, LoadPath.SYSTEM);
                tree.errors().forEach(e -> errors.add(e.toString()));
                tree.units().forEach(u -> u.files().forEach(f ->
                        assertTrue(f.path().startsWith(pkg + "/"), "read outside the root: " + f.path())));
            }
        }
        assertEquals(List.of(), errors);
    }
}
