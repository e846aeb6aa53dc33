package dev.unitlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import dev.unitlint.findings.SafeText;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/** Shared Jackson set-up for the JSON-based reports: two-space indent, {@code \n} line ends, stable output. */
final class Json {

    /**
     * Without {@code FLUSH_AFTER_WRITE_VALUE}: the reports write each finding as a value of its
     * own, and a flush after each pushed it through to standard output, one write(2) per finding
     * (~0.6 s of CPU in a profiled corpus run with the SEC rules on, 123,000 findings). The generator is flushed
     * once, when {@link #end} closes it.
     */
    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

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

    /** Writes one whole document and a final newline, streamed: no copy of the text is built first. */
    static void write(JsonNode node, Appendable out) throws IOException {
        JsonGenerator generator = generator(writer(out));
        MAPPER.writeTree(generator, node);
        end(generator, out);
    }

    /**
     * A streaming generator with the same layout and escapes as {@link #write}, for reports too
     * large to build as one tree first: a report of 150,000 findings as one tree, then as one
     * string, needed more than the launcher's bounded heap. Write the small parts as trees with
     * {@link #writeTree} and finish with {@link #end}. It never closes {@code out}.
     */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.setCharacterEscapes(new TerminalSafeEscapes());
        generator.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        return generator;
    }

    static JsonGenerator generator(Appendable out) throws IOException {
        return generator(writer(out));
    }

    /** One value (a finding, a section) written where the generator stands, indented as in a whole tree. */
    static void writeTree(JsonGenerator generator, JsonNode node) throws IOException {
        MAPPER.writeTree(generator, node);
    }

    /** Ends a document written with a generator: flushes it and adds the final newline. */
    static void end(JsonGenerator generator, Appendable out) throws IOException {
        generator.close();
        out.append('\n');
    }

    private static Writer writer(Appendable out) {
        if (out instanceof Writer w) {
            return w;
        }
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                out.append(CharBuffer.wrap(chars, offset, length));
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                out.append(text, offset, offset + length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
