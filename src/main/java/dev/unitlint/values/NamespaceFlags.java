package dev.unitlint.values;

import java.util.ArrayList;
import java.util.List;

/**
 * RestrictNamespaces= as systemd reads it ({@code config_parse_restrict_namespaces()} up to 257,
 * {@code config_parse_namespace_flags()} in 262): a boolean (yes restricts all, no none), or a
 * list of namespace types that may be created ({@code cgroup ipc net mnt pid user uts time}), or
 * with a leading {@code ~} the types that may not. One unknown word makes systemd ignore the
 * whole assignment.
 */
public final class NamespaceFlags {

    public record Namespace(String name, int start, int end, boolean known) {
    }

    /**
     * The parsed value: a boolean ({@code all} true for "yes": every namespace type restricted),
     * or the listed types, allowed or ({@code inverted}) denied.
     */
    public record Parsed(Boolean bool, boolean inverted, List<Namespace> namespaces, int syntaxErrorAt) {
        public boolean valid() {
            return bool != null || syntaxErrorAt < 0 && namespaces.stream().allMatch(Namespace::known);
        }
    }

    private NamespaceFlags() {
    }

    public static boolean isKnown(String name, int release) {
        return NameTables.get().has("namespace", name, release);
    }

    public static Parsed parse(String value, int release) {
        java.util.Optional<Boolean> b = Booleans.parse(value);
        if (b.isPresent()) {
            return new Parsed(b.get(), false, List.of(), -1);
        }
        boolean inverted = value.startsWith("~");
        List<Namespace> namespaces = new ArrayList<>();
        int p = inverted ? 1 : 0;
        while (true) {
            ExtractWord.Result r = ExtractWord.extract(value, p, null, 0);
            if (r.status() < 0) {
                return new Parsed(null, inverted, namespaces, r.errorAt());
            }
            if (r.status() == 0) {
                return new Parsed(null, inverted, namespaces, -1);
            }
            ExtractWord.Word w = r.word();
            namespaces.add(new Namespace(w.text(), w.start(), w.end(), isKnown(w.text(), release)));
            p = r.next();
        }
    }

    static void check(String value, ValueContext c, Problems out) {
        Parsed parsed = parse(value, c.release());
        if (parsed.valid()) {
            return;
        }
        String bad = parsed.namespaces().stream().filter(n -> !n.known()).map(n -> "'" + n.name() + "'").findFirst()
                .orElse("an unbalanced quote");
        out.invalidValue(value, "Failed to parse namespace type string",
                bad + " is not a namespace type; write yes, no, or types from cgroup ipc net mnt pid user uts time"
                        + " (with a leading ~ for the types to forbid)");
    }
}
