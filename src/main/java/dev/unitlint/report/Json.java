package dev.unitlint.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import dev.unitlint.findings.SafeText;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Shared Jackson set-up for the JSON-based reports: two-space indent, {@code \n} line ends, stable output. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .with(new TerminalSafeEscapes());

    /**
     * Jackson escapes the C0 controls; this escapes the other characters a terminal acts on
     * ({@link SafeText#needsEscape}: C1 controls, bidirectional overrides, line separators, lone
     * surrogates) as JSON escapes (backslash, u, four hex digits) too. Messages are escaped already; this is for what must be
     * carried exactly, such as the new text of a fix, which a JSON reader gets back unchanged.
     */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return SafeText.needsEscape(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void write(JsonNode node, Appendable out) throws IOException {
        out.append(WRITER.writeValueAsString(node)).append('\n');
    }

    /** A streaming generator with the same layout, for reports too large to build as one tree first. */
    static com.fasterxml.jackson.core.JsonGenerator generator(java.io.Writer out) throws IOException {
        com.fasterxml.jackson.core.JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
        generator.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        return generator;
    }
}
