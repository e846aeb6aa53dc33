package dev.unitlint.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.unitlint.findings.Finding;
import dev.unitlint.fix.FixSession;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitSet;
import dev.unitlint.rules.Rule;
import dev.unitlint.syntax.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one rule over unit files held in an in-memory file system and checks its findings
 * against the {@code # BUG:} markers in the files, strictly both ways: every marker needs a
 * matching finding, and every finding needs a marker (error-prone's CompilationTestHelper).
 *
 * <p>A folder case may hold a {@code links.tsv}: one symbolic link per line,
 * {@code path<TAB>target} (the format of the corpus's {@code SYMLINKS.tsv}), made in the
 * in-memory tree. A link has no text to carry a marker, so a {@code # BUG:} marker above a
 * line of {@code links.tsv} expects the finding on that link, at line 1.
 */
public final class RuleTester {

    private final Rule rule;
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final Path root = fs.getPath("/work");
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    /** Symbolic links to make, path to target; and the expectations written above them in links.tsv. */
    private final Map<String, String> links = new LinkedHashMap<>();
    private final List<Expectation> linkExpectations = new ArrayList<>();
    private UnitCollector collector;

    private RuleTester(Rule rule) {
        this.rule = rule;
    }

    public static RuleTester forRule(Rule rule) {
        return new RuleTester(rule);
    }

    /** The unit one file makes (in an in-memory file system), for tests of analyses below the rules. */
    public static Unit unitOf(String fileName, String text) {
        List<Unit> units = new RuleTester(null).addFile(fileName, text).units();
        if (units.size() != 1) {
            fail("expected one unit from " + fileName + ", got " + units);
        }
        return units.get(0);
    }

    /** Adds a file (unit or drop-in, e.g. {@code foo.service.d/10-x.conf}) with the given text. */
    public RuleTester addFile(String relativePath, String text) {
        return addFile(relativePath, SourceText.encode(text));
    }

    public RuleTester addFile(String relativePath, byte[] bytes) {
        files.put(relativePath, bytes);
        return this;
    }

    /** Adds every file under a folder of {@code testdata/} as it is on disk; {@code links.tsv} makes links. */
    public RuleTester addTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString();
                if (relative.equals("links.tsv")) {
                    addLinks(Files.readString(file));
                } else {
                    addFile(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds the symbolic links of a {@code links.tsv} text, with the markers above its lines. */
    public RuleTester addLinks(String tsv) {
        String[] lines = tsv.split("\n", -1);
        for (String line : lines) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                String[] fields = line.split("\t");
                if (fields.length != 2) {
                    throw new IllegalArgumentException("links.tsv: expected path<TAB>target: " + line);
                }
                links.put(fields[0], fields[1]);
            }
        }
        for (Expectation e : FixtureMarkers.read("links.tsv", tsv).expectations()) {
            String link = lines[e.line() - 1].split("\t")[0];
            linkExpectations.add(new Expectation(root.resolve(link).toString(), 1, e.ruleId(), e.column(),
                    e.contains(), e.markerLine()));
        }
        return this;
    }

    /**
     * Runs the rule and returns its findings, without checking markers. When a file holds the
     * line {@code # fixture: complete-set}, the files are every unit of the system (as
     * {@code --complete} says), so rules about references between units run.
     */
    public List<Finding> findings() {
        List<Unit> units = units();
        boolean complete = files.values().stream()
                .anyMatch(bytes -> COMPLETE_SET.matcher(SourceText.decode(bytes).text()).find());
        UnitSet set = complete ? new UnitSet(units, masked, List.of()) : UnitSet.given(units, masked, List.of());
        List<Finding> all = new ArrayList<>();
        for (Unit unit : units) {
            all.addAll(new Linter(optionsFor(unit), List.of(rule)).withUnitSet(set).lint(unit));
        }
        all.addAll(new Linter(linkOptions(), List.of(rule)).withUnitSet(set).lintLinks(collector.links()));
        // A drop-in shared by several units is checked with each; the CLI reports a finding once.
        return all.stream().distinct().sorted(Finding.ORDER).toList();
    }

    /**
     * Applies the rule's fixes ({@code --fix}, with {@code --unsafe-fixes} when {@code unsafe}) in
     * rounds, as the command line does, and returns the outcome; its changes are keyed by the
     * paths findings use, which {@link #relative} turns back into the paths files were added under.
     */
    public FixSession.Outcome fix(boolean unsafe) {
        List<Unit> units = units();
        boolean complete = files.values().stream()
                .anyMatch(bytes -> COMPLETE_SET.matcher(SourceText.decode(bytes).text()).find());
        UnitSet set = complete ? new UnitSet(units, masked, List.of()) : UnitSet.given(units, masked, List.of());
        return FixSession.run(units, current -> {
            UnitSet currentSet = set.withUnits(current);
            List<Finding> all = new ArrayList<>();
            for (Unit unit : current) {
                all.addAll(new Linter(optionsFor(unit), List.of(rule)).withUnitSet(currentSet).lint(unit));
            }
            return all.stream().distinct().sorted(Finding.ORDER).toList();
        }, unsafe);
    }

    /** The path a file was added under, from the path findings and fixes use. */
    public String relative(String path) {
        return root.relativize(fs.getPath(path)).toString();
    }

    private static final Pattern COMPLETE_SET = Pattern.compile("(?m)^\\s*[#;]\\s*fixture:\\s*complete-set\\s*$");
    private java.util.Set<String> masked = java.util.Set.of();

    /** Runs the rule and fails unless its findings match the markers exactly. */
    public void doTest() {
        List<Expectation> expected = new ArrayList<>(linkExpectations);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = root.resolve(file.getKey()).toString();
            expected.addAll(FixtureMarkers.read(path, SourceText.decode(file.getValue()).text()).expectations());
        }
        List<Finding> actual = findings();
        List<Finding> unmatched = new ArrayList<>(actual);
        List<Expectation> missing = new ArrayList<>();
        for (Expectation expectation : expected) {
            Finding match = unmatched.stream().filter(f -> matches(expectation, f)).findFirst().orElse(null);
            if (match == null) {
                missing.add(expectation);
            } else {
                unmatched.remove(match);
            }
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            StringBuilder message = new StringBuilder("rule " + rule.id() + ":\n");
            missing.forEach(e -> message.append("  expected but not reported: ").append(e).append('\n'));
            unmatched.forEach(f -> message.append("  reported without a BUG marker: ").append(describe(f)).append('\n'));
            message.append("all findings:\n");
            actual.forEach(f -> message.append("  ").append(describe(f)).append('\n'));
            fail(message.toString());
        }
    }

    private static boolean matches(Expectation e, Finding f) {
        return f.path().equals(e.file()) && f.line() == e.line() && f.ruleId().equals(e.ruleId())
                && (e.column() == 0 || f.column() == e.column()) && f.message().contains(e.contains());
    }

    private static String describe(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + ": " + f.message()
                + " [" + f.ruleId() + "]";
    }

    private List<Unit> units() {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (Map.Entry<String, String> link : links.entrySet()) {
                Path path = root.resolve(link.getKey());
                Files.createDirectories(path.getParent());
                Files.createSymbolicLink(path, fs.getPath(link.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collector = new UnitCollector();
        collector.addPath(root);
        if (!collector.errors().isEmpty()) {
            fail("fixture files could not be read: " + collector.errors());
        }
        masked = collector.masked();
        return collector.units();
    }

    /** Links have no text: a {@code # fixture: systemd-version=N} anywhere in the case applies to them. */
    private LintOptions linkOptions() {
        LintOptions options = LintOptions.defaults();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Integer version = FixtureMarkers.read(file.getKey(), SourceText.decode(file.getValue()).text())
                    .systemdVersion();
            if (version != null) {
                options = options.withSystemdVersion(version);
            }
        }
        return options;
    }

    private LintOptions optionsFor(Unit unit) {
        LintOptions options = LintOptions.everyRule();
        for (var file : unit.files()) {
            Integer version = FixtureMarkers.read(file.path(), file.source().text()).systemdVersion();
            if (version != null) {
                options = options.withSystemdVersion(version);
            }
        }
        return options;
    }
}
