package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import java.util.ArrayList;
import java.util.List;

/**
 * RestrictAddressFamilies= as systemd reads it ({@code config_parse_address_families()}, 252;
 * {@code parse_address_families()}, 262): {@code none}, or an allow-list of {@code AF_*} names,
 * or a deny-list after a leading {@code ~}. Only the first character may be {@code ~}: a later
 * {@code ~AF_INET6} is a word naming no family.
 */
public final class AddressFamilies {

    /** One word of the list, with its offsets in the value and whether Linux has that family. */
    public record Family(String name, int start, int end, boolean known) {
    }

    /**
     * The parsed value: {@code none} (nothing allowed), or the families, as an allow-list or,
     * with {@code inverted}, a deny-list; {@code syntaxErrorAt} ≥ 0 when an unbalanced quote
     * stopped the list there.
     */
    public record Parsed(boolean none, boolean inverted, List<Family> families, int syntaxErrorAt) {
    }

    /** In 262 an unknown family makes systemd drop the rest of the value instead of the one word. */
    static final int REST_DROPPED_FROM = 262;

    private AddressFamilies() {
    }

    /** Whether Linux (the C headers systemd is built with) has the family, e.g. "AF_INET"; any case (gperf --ignore-case). */
    public static boolean isKnown(String name) {
        return NameTables.get().has("address_family", name.toUpperCase(java.util.Locale.ROOT), 0);
    }

    public static Parsed parse(String value) {
        if (value.equals("none")) {
            return new Parsed(true, false, List.of(), -1);
        }
        boolean inverted = value.startsWith("~");
        int from = inverted ? 1 : 0;
        List<Family> families = new ArrayList<>();
        int p = from;
        while (true) {
            ExtractWord.Result r = ExtractWord.extract(value, p, null, ExtractWord.UNQUOTE);
            if (r.status() < 0) {
                return new Parsed(false, inverted, families, r.errorAt());
            }
            if (r.status() == 0) {
                return new Parsed(false, inverted, families, -1);
            }
            ExtractWord.Word w = r.word();
            families.add(new Family(w.text(), w.start(), w.end(), isKnown(w.text())));
            p = r.next();
        }
    }

    static void check(String value, ValueContext c, Problems out) {
        Parsed parsed = parse(value);
        boolean restDropped = c.release() >= REST_DROPPED_FROM;
        for (Family f : parsed.families()) {
            if (f.known()) {
                continue;
            }
            String hint = f.name().startsWith("~") && isKnown(f.name().substring(1))
                    ? "Only the first character of the value may be ~, and it inverts the whole list: write "
                    + c.key() + "=~" + f.name().substring(1) + " on a line of its own"
                    : suggestion(f.name());
            out.invalid(f.start(), restDropped ? value.length() : f.end(), "'" + f.name() + "' is not an address family",
                    restDropped ? Effect.REST_IGNORED : Effect.WORD_IGNORED, "Failed to parse address family", hint);
            if (restDropped) {
                return;
            }
        }
        if (parsed.syntaxErrorAt() >= 0) {
            out.invalid(parsed.syntaxErrorAt(), value.length(), "Unbalanced quote in " + c.key() + "=",
                    Effect.REST_IGNORED, "Invalid syntax", "Close the quote, or write the families without quotes");
        }
    }

    private static String suggestion(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (isKnown("AF_" + upper)) {
            return "Write AF_" + upper;
        }
        return "Write AF_* names such as AF_UNIX AF_INET AF_INET6 AF_NETLINK AF_PACKET, or none";
    }
}
