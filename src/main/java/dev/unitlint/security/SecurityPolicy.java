package dev.unitlint.security;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A security policy in systemd's format ({@code systemd-analyze security --security-policy=},
 * read by security_assessor_find_in_policy() and access_weight()/access_range() in
 * src/analyze/analyze-security.c): a JSON object keyed by json_field, each entry an object with
 * optional {@code weight}, {@code range} (non-negative integers) and {@code description_good},
 * {@code description_bad}, {@code description_na} (strings).
 *
 * <pre>{"PrivateNetwork": {"weight": 0}, "UserOrDynamicUser": {"weight": 3000, "range": 10}}</pre>
 *
 * <p>Where systemd silently ignores what it cannot use (an entry that is not an object, a
 * weight that is not an unsigned integer) this reader refuses the file with its line, and
 * names an unknown json_field (a typo would otherwise change nothing). The BROADCAST_RAW check's
 * key is accepted with or without the stray ')' of systemd's spelling. A weight of 0 takes a
 * check out of the assessment, as in systemd; a range below the badness a check can reach is
 * clamped (systemd aborts on its assertion), see {@link #range}.
 */
public final class SecurityPolicy {

    /** One entry, with the line it starts on. */
    record Entry(OptionalInt weight, OptionalInt range, String descriptionGood, String descriptionBad,
                 String descriptionNa) {
    }

    private static final Set<String> FIELDS = Set.of("weight", "range", "description_good", "description_bad",
            "description_na");

    private final String origin;
    private final Map<String, Entry> entries;

    private SecurityPolicy(String origin, Map<String, Entry> entries) {
        this.origin = origin;
        this.entries = entries;
    }

    /** A bad policy file: the message names the file and, when known, the line. */
    public static final class PolicyException extends Exception {
        private static final long serialVersionUID = 1L;

        PolicyException(String message) {
            super(message);
        }
    }

    public static SecurityPolicy read(Path file) throws PolicyException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new PolicyException(file + ": no such security policy file");
        } catch (IOException e) {
            throw new PolicyException(file + ": cannot read the security policy: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    public static SecurityPolicy parse(String text, String origin) throws PolicyException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try (JsonParser parser = mapper.createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            root = mapper.readTree(parser);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 0 : where.getLineNr();
            throw new PolicyException(origin + (line > 0 ? ":" + line : "") + ": not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse("syntax error"));
        } catch (IOException e) {
            throw new PolicyException(origin + ": cannot read the security policy: " + e.getMessage());
        }
        if (!(root instanceof ObjectNode object)) {
            throw new PolicyException(origin + ": a security policy is a JSON object keyed by the checks' json_field"
                    + " names, such as {\"PrivateNetwork\": {\"weight\": 0}}");
        }
        Map<String, Entry> entries = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            SecurityCheck check = SecurityChecks.byJsonField(key).orElseThrow(() -> new PolicyException(origin + ": '"
                    + key + "' is not a check of systemd-analyze security" + suggestion(key)));
            entries.put(check.jsonField(), entry(origin, key, field.getValue()));
        }
        return new SecurityPolicy(origin, entries);
    }

    private static String suggestion(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (SecurityCheck c : SecurityChecks.all()) {
            int d = dev.unitlint.rules.structure.KnownKeys.distance(key.toLowerCase(), c.jsonField().toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = c.jsonField();
            }
        }
        return best != null && bestDistance <= 4 ? "; did you mean '" + best + "'?"
                : "; 'unitlint rules' and 'unitlint explain SEC001' name the json_field of each check";
    }

    private static Entry entry(String origin, String key, JsonNode node) throws PolicyException {
        if (!node.isObject()) {
            throw new PolicyException(origin + ": '" + key + "' must be an object such as {\"weight\": 1000,"
                    + " \"range\": 1}");
        }
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(n -> {
            if (!FIELDS.contains(n)) {
                unknown.add(n);
            }
        });
        if (!unknown.isEmpty()) {
            throw new PolicyException(origin + ": '" + key + "' has unknown field '" + unknown.get(0)
                    + "'; a policy entry has weight, range, description_good, description_bad and description_na");
        }
        return new Entry(unsigned(origin, key, node, "weight"), unsigned(origin, key, node, "range"),
                string(origin, key, node, "description_good"), string(origin, key, node, "description_bad"),
                string(origin, key, node, "description_na"));
    }

    private static OptionalInt unsigned(String origin, String key, JsonNode node, String field)
            throws PolicyException {
        JsonNode value = node.get(field);
        if (value == null) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > 1_000_000) {
            throw new PolicyException(origin + ": " + key + "." + field + " must be a whole number from 0 to"
                    + " 1000000 (got " + value + ")");
        }
        return OptionalInt.of(value.asInt());
    }

    private static String string(String origin, String key, JsonNode node, String field) throws PolicyException {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new PolicyException(origin + ": " + key + "." + field + " must be a string (got " + value + ")");
        }
        return value.asText();
    }

    public String origin() {
        return origin;
    }

    /** access_weight(): the policy's weight for the check, else the table's. */
    public int weight(SecurityCheck check) {
        Entry e = entries.get(check.jsonField());
        return e != null && e.weight().isPresent() ? e.weight().getAsInt() : check.weight();
    }

    /** access_range(): the policy's range for the check, else the table's. */
    public int range(SecurityCheck check) {
        Entry e = entries.get(check.jsonField());
        return e != null && e.range().isPresent() ? e.range().getAsInt() : check.range();
    }

    /** The policy's description for a passing, failing or not applying check, or null. */
    public String description(SecurityCheck check, boolean applies, boolean good) {
        Entry e = entries.get(check.jsonField());
        if (e == null) {
            return null;
        }
        return !applies ? e.descriptionNa() : good ? e.descriptionGood() : e.descriptionBad();
    }

    /** No policy: every check with systemd's weight and range. */
    public static final SecurityPolicy NONE = new SecurityPolicy("", Map.of());
}
