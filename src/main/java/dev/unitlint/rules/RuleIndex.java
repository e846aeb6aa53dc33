package dev.unitlint.rules;

import dev.unitlint.catalog.GeneratedTsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every built-in rule's ID, class and document header, in one small generated resource
 * ({@value #RESOURCE}), so that a lint run knows rule names, severities and summaries without
 * parsing the rule documents or reading annotations by reflection.
 *
 * <p>{@code rules/<id>.md} stays the only place rule metadata is written: Maven's
 * {@code process-classes} phase runs {@link #main} (exec-maven-plugin, see pom.xml), which reads
 * the documents and the {@link RuleId} of each class in {@link BuiltInRules} and writes the
 * index into the build output, on every build. Without it (classes run straight from an IDE)
 * the index is built from the documents at first use instead, which is correct and only slower.
 * RegistryTest checks that the index says what the documents say.
 *
 * <p>Format: UTF-8, one line per rule in {@link BuiltInRules} order, tab-separated: the rule's
 * class name ({@code -} for a rule that is not a class of its own), then {@code field=value} for every header field of its document (tabs, line
 * breaks and backslashes escaped as {@code \t}, {@code \n}, {@code \\}).
 */
public final class RuleIndex {

    static final String RESOURCE = "/dev/unitlint/rules/rule-index.tsv";

    private final Map<String, RuleHeader> headersById;
    private final Map<String, String> idsByClass;

    private RuleIndex(Map<String, RuleHeader> headersById, Map<String, String> idsByClass) {
        this.headersById = Collections.unmodifiableMap(headersById);
        this.idsByClass = idsByClass;
    }

    private static final class Holder {
        static final RuleIndex INSTANCE = load();
    }

    /** The index of the built-in rules, read once. */
    public static RuleIndex get() {
        return Holder.INSTANCE;
    }

    /** Every built-in rule's header, by ID, in {@link BuiltInRules} order. */
    public Map<String, RuleHeader> headers() {
        return headersById;
    }

    public Optional<RuleHeader> header(String id) {
        return Optional.ofNullable(headersById.get(id));
    }

    /**
     * The ID of a rule class: from the index for built-in rules, else (rules defined in tests)
     * from its {@link RuleId} annotation.
     */
    public static String idOf(Class<?> ruleClass) {
        String id = get().idsByClass.get(ruleClass.getName());
        return id != null ? id : annotatedId(ruleClass);
    }

    private static final String NO_CLASS = "-";

    /**
     * A rule's ID before the index exists: its class's {@link RuleId}, or for a rule that is not
     * one class per ID (the security rules) the ID the object answers ({@link Rule#id()} overridden).
     */
    static String buildTimeId(Rule rule) {
        return rule.getClass().isAnnotationPresent(RuleId.class) ? annotatedId(rule.getClass()) : rule.id();
    }

    static String annotatedId(Class<?> ruleClass) {
        RuleId id = ruleClass.getAnnotation(RuleId.class);
        if (id == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleId");
        }
        return id.value();
    }

    private static RuleIndex load() {
        try (InputStream in = RuleIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return fromDocuments(BuiltInRules.all(), id -> RuleDocument.read(RuleDocument.resource(id)));
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static RuleIndex parse(BufferedReader reader) throws IOException {
        Map<String, RuleHeader> headers = new LinkedHashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!GeneratedTsv.isData(line)) {
                continue;
            }
            String[] cells = GeneratedTsv.cells(line);
            RuleHeader header = headerOf(GeneratedTsv.fields(cells));
            headers.put(header.id(), header);
            if (!cells[0].equals(NO_CLASS)) {
                ids.put(cells[0], header.id());
            }
        }
        return new RuleIndex(headers, ids);
    }

    private static RuleHeader headerOf(Map<String, String> fields) {
        return new RuleHeader(fields.get("id"), fields.get("name"),
                dev.unitlint.findings.Severity.parse(fields.get("severity")), fields.get("summary"), fields);
    }

    /** Reads the documents: at build time, and at run time when the generated index is missing. */
    interface Documents {
        /** The text of {@code rules/<id>.md}. */
        String read(String id) throws IOException;
    }

    static RuleIndex fromDocuments(List<Rule> rules, Documents documents) throws IOException {
        Map<String, RuleHeader> headers = new LinkedHashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (Rule rule : rules) {
            String id = buildTimeId(rule);
            headers.put(id, RuleDocument.header(documents.read(id), "rules/" + id + ".md"));
            if (rule.getClass().isAnnotationPresent(RuleId.class)) {
                ids.put(rule.getClass().getName(), id);
            }
        }
        return new RuleIndex(headers, ids);
    }

    /** The index in its file format. */
    String render() {
        Map<String, String> classes = new HashMap<>();
        idsByClass.forEach((cls, id) -> classes.put(id, cls));
        StringBuilder out = new StringBuilder("# generated from rules/*.md and BuiltInRules by"
                + " dev.unitlint.rules.RuleIndex at build time; do not edit\n");
        for (RuleHeader header : headersById.values()) {
            // "-" for a rule that is not one class (the security rules, one object per check).
            out.append(GeneratedTsv.line(classes.getOrDefault(header.id(), NO_CLASS), new TreeMap<>(header.fields())))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * Build step: {@code RuleIndex RULES_DIR OUTPUT_FILE} writes the index of {@link BuiltInRules}
     * from the documents in {@code RULES_DIR}. A rule without a document is left out (RegistryTest
     * names it); the build goes on so that the tests can say what is wrong.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RuleIndex RULES_DIR OUTPUT_FILE");
        }
        Path rulesDir = Path.of(args[0]);
        List<Rule> documented = BuiltInRules.all().stream()
                .filter(rule -> Files.isRegularFile(rulesDir.resolve(buildTimeId(rule) + ".md")))
                .toList();
        RuleIndex index = fromDocuments(documented,
                id -> Files.readString(rulesDir.resolve(id + ".md"), StandardCharsets.UTF_8));
        Path output = Path.of(args[1]);
        Files.createDirectories(output.getParent());
        Files.writeString(output, index.render(), StandardCharsets.UTF_8);
    }
}
