package dev.unitlint.report;

import static dev.unitlint.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.unitlint.cli.ExitCodes;
import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.rules.RuleMetadata;
import dev.unitlint.syntax.Span;
import dev.unitlint.testing.ProjectPaths;
import dev.unitlint.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every report format: pinned by golden files in {@code testdata/cli/expected/}, parsed by a
 * standard parser, and (SARIF) validated against the official SARIF 2.1.0 schema.
 */
class ReportFormatsTest {

    private static final String UNITS = "testdata/cli/units";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The GitHub workflow command syntax: properties without raw ',' or ':', message without raw newlines. */
    private static final Pattern GITHUB_LINE = Pattern.compile(
            "::(error|warning|notice) file=[^,:\\r\\n]+,line=\\d+,endLine=\\d+,col=\\d+,endColumn=\\d+"
                    + ",title=[^,:\\r\\n]+::[^\\r\\n]+");

    @TempDir
    Path dir;


    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("text", "--color=never", "report.txt"),
                // What a terminal gets: colour, source lines, documentation links and the summary.
                Arguments.of("text", "--color=always --show-source --summary", "report.color.txt"),
                Arguments.of("json", "--color=always", "report.json"),
                Arguments.of("sarif", "--color=always", "report.sarif"),
                Arguments.of("checkstyle", "--color=always", "report.checkstyle.xml"),
                Arguments.of("github", "--color=always", "report.github.txt"),
                Arguments.of("gitlab", "--color=always", "report.gitlab.json"));
    }

    /** Machine formats ignore --color=always: no escape codes, no summary. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formats")
    void matchesItsGoldenFile(String format, String color, String golden) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--no-config"));
        args.addAll(List.of(color.split(" ")));
        args.addAll(List.of("--format", format, UNITS));
        CliRun run = run(args.toArray(String[]::new));
        assertEquals(ExitCodes.FINDINGS, run.code(), run.err());
        assertEquals("", run.err());
        String actual = normalise(run.out());
        if (format.equals("sarif")) {
            actual = withoutRuleCatalogue(actual);
        }
        Path expected = ProjectPaths.testdata().resolve("cli/expected").resolve(golden);
        if (Boolean.getBoolean("unitlint.updateGolden")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual, "golden file " + expected
                + " differs; if the change is intended, regenerate with -Dunitlint.updateGolden=true");
        if (!golden.equals("report.color.txt")) {
            assertFalse(run.out().contains("\u001B"), "no colour in " + format);
        }
    }

    /** The run's working directory and version vary between machines; golden files hold placeholders. */
    private static String normalise(String report) {
        String root = Path.of("").toAbsolutePath().toUri().toASCIIString();
        return report.replace(root.endsWith("/") ? root : root + "/", "file:///PROJECT/")
                .replace("\"version\": \"" + dev.unitlint.cli.VersionProvider.version() + "\"", "\"version\": \"VERSION\"")
                .replace("\"semanticVersion\": \"" + dev.unitlint.cli.VersionProvider.version() + "\"",
                        "\"semanticVersion\": \"VERSION\"");
    }

    /**
     * The rule catalogue and rule indexes change whenever a rule is added; the golden SARIF
     * keeps the rule IDs the indexes point to instead (the catalogue is checked below).
     */
    private static String withoutRuleCatalogue(String sarif) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(sarif);
        com.fasterxml.jackson.databind.node.ObjectNode driver =
                (com.fasterxml.jackson.databind.node.ObjectNode) root.at("/runs/0/tool/driver");
        JsonNode rules = driver.get("rules");
        driver.put("rules", "every rule, checked by sarifOfEveryKindOfRunValidatesAgainstTheOfficialSchema");
        for (JsonNode result : root.at("/runs/0/results")) {
            int index = result.get("ruleIndex").asInt();
            ((com.fasterxml.jackson.databind.node.ObjectNode) result).put("ruleIndex",
                    "index of " + rules.get(index).get("id").asText());
        }
        StringBuilder out = new StringBuilder();
        Json.write(root, out);
        return out.toString();
    }

    /** How many findings the golden report holds (one line each in the text report). */
    private static long goldenCount() throws Exception {
        return Files.readString(ProjectPaths.testdata().resolve("cli/expected/report.txt")).lines().count();
    }

    @Test
    void sarifOfEveryKindOfRunValidatesAgainstTheOfficialSchema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(ReportFormatsTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json"));
        Path clean = Files.writeString(dir.resolve("ok.service"), "[Service]\nExecStart=/bin/true\n");
        List<String[]> runs = List.of(
                new String[] {"check", "--no-config", "-f", "sarif", UNITS},
                new String[] {"check", "--no-config", "-f", "sarif", clean.toString()},
                new String[] {"check", "--no-config", "-f", "sarif", clean.toString(), dir.resolve("missing.service").toString()});
        for (String[] args : runs) {
            CliRun run = run(args);
            JsonNode sarif = JSON.readTree(run.out());
            List<com.networknt.schema.Error> errors = schema.validate(sarif);
            assertTrue(errors.isEmpty(), String.join(" ", args) + ": " + errors);
            JsonNode driver = sarif.at("/runs/0/tool/driver");
            JsonNode rules = driver.get("rules");
            for (JsonNode result : sarif.at("/runs/0/results")) {
                assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
                assertTrue(result.at("/partialFingerprints/unitlint~1v1").asText().matches("[0-9a-f]{64}"));
            }
            for (JsonNode rule : rules) {
                for (String field : List.of("/shortDescription/text", "/fullDescription/text", "/help/text",
                        "/help/markdown", "/helpUri", "/defaultConfiguration/level")) {
                    assertFalse(rule.at(field).asText().isEmpty(), rule.get("id") + " lacks " + field);
                }
                assertTrue(rule.at("/fullDescription/text").asText().length() <= 1024);
            }
        }
        // The validator does reject what GitHub would reject.
        com.fasterxml.jackson.databind.node.ObjectNode broken =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(run(runs.get(0)).out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0/locations/0/physicalLocation/region"))
                .put("startLine", 0);
        assertEquals(2, schema.validate(broken).size(), schema.validate(broken).toString());
        JsonNode failed = JSON.readTree(run(runs.get(2)).out());
        assertFalse(failed.at("/runs/0/invocations/0/executionSuccessful").asBoolean());
        assertTrue(failed.at("/runs/0/invocations/0/toolExecutionNotifications/0/message/text").asText()
                .contains("no such file"));
    }

    @Test
    void aSuppressedFindingDisappearsFromTheTextReportAndIsMarkedSuppressedInSarif() throws Exception {
        Path unit = Files.writeString(dir.resolve("job.service"), "[Service]\nType=oneshot\nExecStart=/bin/true\n"
                + "# unitlint: disable=SD301 -- restarted by design\nRestart=always\n");
        CliRun text = run("check", "--no-config", "--color=never", unit.toString());
        assertEquals(new CliRun(ExitCodes.OK, "", ""), text);
        JsonNode sarif = JSON.readTree(run("check", "--no-config", "-f", "sarif", unit.toString()).out());
        JsonNode result = sarif.at("/runs/0/results/0");
        assertEquals("SD301", result.get("ruleId").asText());
        assertEquals("inSource", result.at("/suppressions/0/kind").asText());
        assertEquals("restarted by design", result.at("/suppressions/0/justification").asText());
        for (String format : List.of("json", "checkstyle", "github", "gitlab")) {
            assertFalse(run("check", "--no-config", "-f", format, unit.toString()).out().contains("SD301"), format);
        }
    }

    @Test
    void aStaleSuppressionIsReported() throws Exception {
        Path unit = Files.writeString(dir.resolve("job.service"), "[Service]\nExecStart=/bin/true\n"
                + "# unitlint: disable=SD301\nRestart=always\n");
        CliRun run = run("check", "--no-config", "--color=never", unit.toString());
        assertTrue(run.out().startsWith(unit + ":3:1: info: disable=SD301 suppresses nothing"), run.out());
        assertEquals(ExitCodes.OK, run.code(), "SD901 is info: below the default threshold");
    }

    @Test
    void jsonReportParsesAndHasTheDocumentedFields() throws Exception {
        JsonNode report = JSON.readTree(run("check", "--no-config", "-f", "json", UNITS).out());
        assertEquals(1, report.get("version").asInt());
        assertTrue(report.get("errors").isArray());
        assertEquals(goldenCount(), report.get("findings").size());
        for (JsonNode f : report.get("findings")) {
            for (String field : List.of("file", "line", "column", "endLine", "endColumn", "severity", "ruleId",
                    "ruleName", "message", "fingerprint")) {
                assertTrue(f.hasNonNull(field), "finding lacks " + field + ": " + f);
            }
        }
    }

    @Test
    void checkstyleReportParsesWithJavaxXml() throws Exception {
        String xml = run("check", "--no-config", "-f", "checkstyle", UNITS).out();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("checkstyle", doc.getDocumentElement().getTagName());
        NodeList errors = doc.getElementsByTagName("error");
        assertEquals(goldenCount(), errors.getLength());
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            assertTrue(e.getAttribute("source").matches("unitlint\\." + RuleMetadata.ID_PATTERN), e.getAttribute("source"));
            assertTrue(Set.of("error", "warning", "info").contains(e.getAttribute("severity")));
            assertTrue(Integer.parseInt(e.getAttribute("line")) >= 1);
        }
    }

    @Test
    void checkstyleEscapesWhatXmlCannotHoldRaw() throws Exception {
        String escaped = CheckstyleReporter.escape("a<b>&\"c\" \u0001 'd'\n");
        String xml = "<x a=\"" + escaped + "\"/>";
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("a<b>&\"c\" \uFFFD 'd'\n", doc.getDocumentElement().getAttribute("a"));
    }

    @Test
    void gitlabReportIsAnArrayWithUniqueFingerprintsAndRelativePaths() throws Exception {
        JsonNode report = JSON.readTree(run("check", "--no-config", "-f", "gitlab", UNITS).out());
        assertTrue(report.isArray());
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : report) {
            assertTrue(fingerprints.add(issue.get("fingerprint").asText()), "duplicate fingerprint " + issue);
            assertTrue(issue.at("/location/path").asText().startsWith("testdata/cli/units/"));
            assertTrue(Set.of("critical", "major", "minor").contains(issue.get("severity").asText()));
            assertTrue(issue.at("/location/lines/begin").isInt());
        }
        Path clean = Files.writeString(dir.resolve("ok.service"), "[Service]\nExecStart=/bin/true\n");
        assertEquals("[ ]\n", run("check", "-f", "gitlab", clean.toString()).out());
    }

    @Test
    void githubLinesMatchTheWorkflowCommandSyntax() throws Exception {
        String out = run("check", "--no-config", "-f", "github", UNITS).out();
        List<String> lines = out.lines().toList();
        assertEquals(goldenCount(), lines.size());
        for (String line : lines) {
            assertTrue(GITHUB_LINE.matcher(line).matches(), line);
        }
    }

    @Test
    void githubAnnotatesFilesThatCouldNotBeChecked() {
        Path missing = dir.resolve("missing.service");
        CliRun run = run("check", "--no-config", "-f", "github", missing.toString());
        assertEquals(ExitCodes.ERROR, run.code());
        assertEquals("::error file=" + GithubReporter.property(missing.toString())
                + ",title=unitlint%3A cannot check this file::" + missing + ": no such file or directory\n", run.out());
        assertTrue(Pattern.matches("::error file=[^,:\\r\\n]+,title=[^,:\\r\\n]+::[^\\r\\n]+", run.out().strip()));
    }

    @Test
    void githubEscapesPercentNewlinesAndPropertySeparators() throws Exception {
        Finding f = new Finding("SD001", "missing-equals", Severity.WARNING, "a,b:c%.service", new Span(2, 1, 2, 3),
                "50% of\r\nthis: x, y");
        LintResult result = LintResult.of(List.of(f), List.of(), List.of(), List.of(), Path.of("/project"));
        StringBuilder out = new StringBuilder();
        new GithubReporter().write(result, out);
        // The message's CR LF was escaped when the finding was made (SafeText), so no line break is left.
        assertEquals("::warning file=a%2Cb%3Ac%25.service,line=2,endLine=2,col=1,endColumn=3,"
                + "title=unitlint (SD001 missing-equals)::a,b:c%25.service:2:1: SD001 50%25 of\\r\\nthis: x, y\n",
                out.toString());
        assertTrue(GITHUB_LINE.matcher(out.toString().strip()).matches());
    }

    @Test
    void fingerprintsSurviveUnrelatedEditsAndChangeWhenTheLineChanges() throws Exception {
        String unit = "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n";
        String fp = fingerprints("job.service", unit).get(0);
        assertEquals(fp, fingerprints("job.service", "# a comment\n\n" + unit + "Environment=A=1\n").get(0),
                "lines added above and below");
        assertEquals(fp, fingerprints("job.service", unit.replace("Restart=always", "  Restart=always")).get(0),
                "indentation");
        assertNotEquals(fp, fingerprints("job.service", unit.replace("Restart=always", "Restart=on-success")).get(0));
        assertNotEquals(fp, fingerprints("other.service", unit).get(0), "another file");
    }

    @Test
    void identicalLinesGetDistinctFingerprints() throws Exception {
        List<String> fps = fingerprints("job.service", "[Service]\nExecStart=/bin/true\nFoo\nFoo\n");
        assertEquals(2, fps.size());
        assertEquals(2, new HashSet<>(fps).size());
    }

    private List<String> fingerprints(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        JsonNode report = JSON.readTree(run("check", "--no-config", "-f", "json", file.toString()).out());
        List<String> result = new ArrayList<>();
        report.get("findings").forEach(f -> result.add(f.get("fingerprint").asText()));
        return result;
    }

    @Test
    void outputGoesToTheFileAtomicallyAndNotToStandardOutput() throws Exception {
        Path report = dir.resolve("out/report.sarif");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "old");
        CliRun run = run("check", "--no-config", "-f", "sarif", "-o", report.toString(), UNITS);
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals("", run.out());
        assertEquals("2.1.0", JSON.readTree(report.toFile()).get("version").asText());
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void anUnwritableOutputIsAOneLineError() throws Exception {
        Path unit = Files.writeString(dir.resolve("job.service"), "[Service]\nExecStart=/bin/true\n");
        CliRun run = run("check", "--no-config", "-o", dir.resolve("no/such/dir/r.txt").toString(), unit.toString());
        assertEquals(ExitCodes.ERROR, run.code());
        assertEquals("unitlint: " + dir.resolve("no/such/dir/r.txt") + ": cannot write: no such directory\n", run.err());
    }

    @Test
    void outputNeverOverwritesACheckedFile() throws Exception {
        Path unit = Files.writeString(dir.resolve("job.service"), "[Service]\nFoo\n");
        CliRun run = run("check", "--no-config", "-o", unit.toString(), unit.toString());
        assertEquals(ExitCodes.USAGE, run.code());
        assertEquals("[Service]\nFoo\n", Files.readString(unit));
    }

    @Test
    void baselineHidesRecordedFindingsAndShowsNewOnes() throws Exception {
        Path unit = Files.writeString(dir.resolve("job.service"), "[Service]\nType=oneshot\nExecStart=/bin/true\n"
                + "Restart=always\n");
        Path baseline = dir.resolve("unitlint-baseline.json");
        CliRun missing = run("check", "--no-config", "--baseline", baseline.toString(), unit.toString());
        assertEquals(ExitCodes.USAGE, missing.code());
        assertTrue(missing.err().contains("--write-baseline"), missing.err());

        CliRun write = run("check", "--no-config", "--write-baseline", baseline.toString(), unit.toString());
        assertEquals(ExitCodes.OK, write.code(), write.err());
        assertEquals(1, JSON.readTree(baseline.toFile()).get("findings").size());

        Files.writeString(unit, "# moved down by a comment\n" + Files.readString(unit));
        assertEquals(new CliRun(ExitCodes.OK, "", ""),
                run("check", "--no-config", "--color=never", "--baseline", baseline.toString(), unit.toString()));

        Files.writeString(unit, Files.readString(unit) + "Bogus line\n");
        CliRun fresh = run("check", "--no-config", "--color=never", "--baseline", baseline.toString(), unit.toString());
        assertEquals(ExitCodes.FINDINGS, fresh.code());
        assertEquals(1, fresh.out().lines().count(), fresh.out());
        assertTrue(fresh.out().contains("SD001"), fresh.out());
    }

    @Test
    void aBrokenBaselineIsAUsageError() throws Exception {
        Path unit = Files.writeString(dir.resolve("job.service"), "[Service]\nExecStart=/bin/true\n");
        Path baseline = Files.writeString(dir.resolve("b.json"), "{\"version\": 1, \"findings\": [{}]}");
        CliRun run = run("check", "--no-config", "--baseline", baseline.toString(), unit.toString());
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().startsWith("unitlint: " + baseline + ": a baseline entry"), run.err());
    }
    /**
     * A report is pushed to its stream once, at the end, not after every finding: a flush per
     * finding was a write(2) per finding on standard output, 123,000 of them for the JSON report
     * of the Debian corpus with the SEC rules on (JSON and SARIF, through Jackson's
     * FLUSH_AFTER_WRITE_VALUE).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aLargeReportIsFlushedOnceNotPerFinding(String format, String color, String golden) throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            findings.add(new Finding("SD001", "missing-equals", Severity.WARNING, "units/u" + (i / 10) + ".service",
                    new Span(1 + i % 10, 1, 1 + i % 10, 4), "finding " + i));
        }
        LintResult result = LintResult.fromSources(findings, List.of(), java.util.Map.of(), List.of(), dir, true);
        int[] flushes = {0};
        StringBuilder text = new StringBuilder();
        java.io.Writer counting = new java.io.Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                text.append(chars, offset, length);
            }

            @Override
            public void flush() {
                flushes[0]++;
            }

            @Override
            public void close() {
            }
        };
        ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT)).reporter(TextReporter.Style.PLAIN)
                .write(result, counting);
        assertTrue(text.indexOf("finding 1999") >= 0, format + " wrote the findings");
        assertTrue(flushes[0] <= 2, format + ": " + flushes[0] + " flushes for 2,000 findings");
    }
}
