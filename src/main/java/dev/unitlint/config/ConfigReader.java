package dev.unitlint.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.SystemdVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .unitlint.yaml}. The YAML is read token by token so every value keeps its
 * line: a mistake is reported as {@code FILE:LINE: what is wrong}. This is the only class
 * that touches the YAML library, and only when a configuration file exists.
 *
 * <pre>
 * systemd-version: 252
 * fail-on: warning
 * select: [SD0, SD3]
 * ignore: [SD302]
 * severity: {SD303: warning}
 * exclude: ["vendor/**"]
 * overrides:
 *   - paths: ["legacy/**"]
 *     ignore: [SD301]
 *     severity: {SD302: info}
 *     security: {threshold: 90}
 * security:
 *   threshold: 50
 *   policy: security-policy.json
 * </pre>
 */
public final class ConfigReader {

    private static final Set<String> TOP_KEYS =
            Set.of("systemd-version", "fail-on", "select", "ignore", "severity", "exclude", "overrides", "security");
    private static final Set<String> OVERRIDE_KEYS = Set.of("paths", "ignore", "severity", "security");
    private static final Set<String> SECURITY_KEYS = Set.of("threshold", "policy");
    private static final Set<String> FAIL_ON = Set.of("error", "warning", "info", "never");

    /** A YAML value with the line it starts on: a String, a List of Node, a Map of String to Node, or null. */
    private record Node(Object value, int line) {
    }

    private final Path file;

    private ConfigReader(Path file) {
        this.file = file;
    }

    public static Config read(Path file) throws ConfigException {
        return new ConfigReader(file).read();
    }

    private Config read() throws ConfigException {
        Node root;
        try (JsonParser parser = new YAMLFactory().createParser(Files.newBufferedReader(file))) {
            JsonToken first = parser.nextToken();
            root = first == null ? new Node(Map.of(), 1) : node(parser);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 0 : where.getLineNr();
            throw new ConfigException(file + (line > 0 ? ":" + line : "") + ": not valid YAML: " + e.getOriginalMessage()
                    .lines().findFirst().orElse("syntax error"));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        if (root.value() == null) {
            root = new Node(Map.of(), root.line());
        }
        Map<String, Node> top = map(root, "the file", TOP_KEYS);
        Optional<Integer> version = Optional.empty();
        if (top.containsKey("systemd-version")) {
            Node n = top.get("systemd-version");
            int v = integer(n, "systemd-version");
            Optional<String> unsupported = SystemdVersion.unsupported(v);
            if (unsupported.isPresent()) {
                throw error(n, "systemd-version " + unsupported.get());
            }
            version = Optional.of(v);
        }
        Optional<String> failOn = Optional.empty();
        if (top.containsKey("fail-on")) {
            Node n = top.get("fail-on");
            String value = scalar(n, "fail-on").toLowerCase(java.util.Locale.ROOT);
            if (!FAIL_ON.contains(value)) {
                throw error(n, "fail-on must be one of error, warning, info, never (got '" + value + "')");
            }
            failOn = Optional.of(value);
        }
        List<String> select = top.containsKey("select") ? ruleList(top.get("select"), "select") : null;
        List<String> ignore = top.containsKey("ignore") ? ruleList(top.get("ignore"), "ignore") : List.of();
        Map<String, Severity> severity = top.containsKey("severity")
                ? severities(top.get("severity")) : Map.of();
        List<PathGlob> exclude = top.containsKey("exclude") ? globs(top.get("exclude"), "exclude") : List.of();
        List<PathOverride> overrides = new ArrayList<>();
        if (top.containsKey("overrides")) {
            for (Node entry : list(top.get("overrides"), "overrides")) {
                Map<String, Node> o = map(entry, "an overrides entry", OVERRIDE_KEYS);
                if (!o.containsKey("paths")) {
                    throw error(entry, "an overrides entry needs 'paths:', a list of globs");
                }
                overrides.add(new PathOverride(globs(o.get("paths"), "paths"),
                        o.containsKey("ignore") ? new LinkedHashSet<>(expandAll(o.get("ignore"))) : Set.of(),
                        o.containsKey("severity") ? severities(o.get("severity")) : Map.of(),
                        o.containsKey("security") ? security(o.get("security")) : SecurityConfig.NONE));
            }
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        SecurityConfig security = top.containsKey("security") ? security(top.get("security")) : SecurityConfig.NONE;
        return new Config(file, base, version, failOn, select, ignore, severity, exclude, overrides, security);
    }

    private Node node(JsonParser parser) throws IOException, ConfigException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (map.put(name, node(parser)) != null) {
                    throw new ConfigException(file + ":" + keyLine + ": '" + name + "' is set twice");
                }
            }
            return new Node(map, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(node(parser));
            }
            return new Node(list, line);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new Node(null, line);
        }
        return new Node(parser.getText(), line);
    }

    private ConfigException error(Node node, String message) {
        return new ConfigException(file + ":" + node.line() + ": " + message);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Node> map(Node node, String what, Set<String> known) throws ConfigException {
        if (!(node.value() instanceof Map<?, ?> map)) {
            throw error(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> result = (Map<String, Node>) map;
        for (Map.Entry<String, Node> e : result.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw error(e.getValue(), "unknown key '" + e.getKey() + "'; known keys: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Node> list(Node node, String key) throws ConfigException {
        if (node.value() instanceof String s) {
            // "ignore: SD301" is as clear as "ignore: [SD301]".
            return List.of(node);
        }
        if (!(node.value() instanceof List<?> list)) {
            throw error(node, key + " must be a list");
        }
        return (List<Node>) list;
    }

    private String scalar(Node node, String key) throws ConfigException {
        if (!(node.value() instanceof String s)) {
            throw error(node, key + " must be a single value");
        }
        return s.trim();
    }

    private int integer(Node node, String key) throws ConfigException {
        String text = scalar(node, key);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(node, key + " must be a whole number such as 252 (got '" + text + "')");
        }
    }

    /** Rule IDs, prefixes or names, each checked to name at least one rule. */
    private List<String> ruleList(Node node, String key) throws ConfigException {
        List<String> ids = new ArrayList<>();
        for (Node item : list(node, key)) {
            String id = scalar(item, key);
            if (RuleSelection.expand(id).isEmpty()) {
                throw error(item, RuleSelection.unknown(id));
            }
            ids.add(id);
        }
        return ids;
    }

    private List<String> expandAll(Node node) throws ConfigException {
        List<String> ids = new ArrayList<>();
        for (String pattern : ruleList(node, "ignore")) {
            ids.addAll(RuleSelection.expand(pattern));
        }
        return ids;
    }

    private Map<String, Severity> severities(Node node) throws ConfigException {
        Map<String, Severity> result = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : map(node, "severity", new AnyKey()).entrySet()) {
            Set<String> ids = RuleSelection.expand(e.getKey());
            if (ids.isEmpty()) {
                throw error(e.getValue(), RuleSelection.unknown(e.getKey()));
            }
            String level = scalar(e.getValue(), "severity of " + e.getKey()).toLowerCase(java.util.Locale.ROOT);
            Severity severity;
            try {
                severity = Severity.parse(level);
            } catch (IllegalArgumentException ex) {
                throw error(e.getValue(), "severity must be error, warning or info (got '" + level + "')");
            }
            ids.forEach(id -> result.put(id, severity));
        }
        return result;
    }

    /** {@code security: {threshold: N, policy: FILE}}; the policy is checked when it is used. */
    private SecurityConfig security(Node node) throws ConfigException {
        Map<String, Node> map = map(node, "security", SECURITY_KEYS);
        java.util.OptionalInt threshold = java.util.OptionalInt.empty();
        if (map.containsKey("threshold")) {
            Node n = map.get("threshold");
            int t = integer(n, "threshold");
            if (t < 0 || t > 100) {
                throw error(n, "threshold must be from 0 to 100, the exposure times ten (got " + t + ")");
            }
            threshold = java.util.OptionalInt.of(t);
        }
        Optional<Path> policy = Optional.empty();
        if (map.containsKey("policy")) {
            String name = scalar(map.get("policy"), "policy");
            policy = Optional.of(file.toAbsolutePath().normalize().getParent().resolve(name).normalize());
        }
        return new SecurityConfig(threshold, policy);
    }

    private List<PathGlob> globs(Node node, String key) throws ConfigException {
        List<PathGlob> globs = new ArrayList<>();
        for (Node item : list(node, key)) {
            String pattern = scalar(item, key);
            try {
                globs.add(new PathGlob(pattern));
            } catch (IllegalArgumentException e) {
                throw error(item, "'" + pattern + "' is not a valid glob: " + e.getMessage());
            }
        }
        return globs;
    }

    /** Key set of the severity map: any key is allowed there (rule IDs are checked separately). */
    private static final class AnyKey extends java.util.AbstractSet<String> {
        @Override
        public boolean contains(Object o) {
            return true;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }
    }
}
