package dev.unitlint.syntax;

import dev.unitlint.grammar.SystemdUnitLexer;
import dev.unitlint.grammar.SystemdUnitParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Turns ANTLR's parse tree into the {@link UnitFile} model, working out what systemd makes of
 * each logical line: the line joined over its continuations, split at the first {@code =},
 * trimmed. Every token is kept in the raw text of exactly one line.
 */
final class SyntaxTreeBuilder {

    private final String path;
    private final SourceText source;
    private final CommonTokenStream tokens;

    private final List<Line> lines = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Entry> entriesOutsideSections = new ArrayList<>();
    private final List<SyntaxProblem> problems = new ArrayList<>();
    private Section currentSection;

    SyntaxTreeBuilder(String path, SourceText source, CommonTokenStream tokens) {
        this.path = path;
        this.source = source;
        this.tokens = tokens;
    }

    /** Adds one logical line, as the parser matched it. */
    void add(SystemdUnitParser.LineContext line) {
        List<Token> lineTokens = tokensOf(line);
        if (lineTokens.isEmpty()) {
            return;
        }
        if (line instanceof SystemdUnitParser.CommentLineContext) {
            addComment(lineTokens);
        } else if (line instanceof SystemdUnitParser.SectionLineContext) {
            addSectionHeader(lineTokens);
        } else if (line instanceof SystemdUnitParser.AssignmentLineContext) {
            addEntry(lineTokens);
        } else {
            addBlank(lineTokens);
        }
    }

    UnitFile build(List<SyntaxProblem> grammarErrors) {
        for (int line : source.overlongLines()) {
            problems.add(new SyntaxProblem(SyntaxProblem.Kind.LINE_TOO_LONG, Span.lineStart(line),
                    "line is longer than " + SourceText.LONG_LINE_MAX + " bytes"));
        }
        problems.addAll(grammarErrors);
        problems.sort((a, b) -> a.span().compareTo(b.span()));
        for (Section section : sections) {
            section.freeze();
        }
        return new UnitFile(path, source, lines, sections, entriesOutsideSections, problems);
    }

    private List<Token> tokensOf(SystemdUnitParser.LineContext line) {
        int start = line.getStart().getTokenIndex();
        int stop = line.getStop() == null ? start : line.getStop().getTokenIndex();
        List<Token> result = new ArrayList<>(Math.max(1, stop - start + 1));
        for (int i = start; i <= stop; i++) {
            Token token = tokens.get(i);
            if (token.getType() != Token.EOF) {
                result.add(token);
            }
        }
        return result;
    }

    /** Where a line's raw text starts: its first token (tokens cover the file without gaps). */
    private static int rawStart(List<Token> lineTokens) {
        return lineTokens.get(0).getStartIndex();
    }

    private static int rawEnd(List<Token> lineTokens) {
        return lineTokens.get(lineTokens.size() - 1).getStopIndex() + 1;
    }

    /** Where a line's content ends: after its last token that is not the final line terminator. */
    private static int contentEnd(List<Token> lineTokens) {
        int end = lineTokens.get(0).getStartIndex();
        for (Token token : lineTokens) {
            if (token.getType() == SystemdUnitLexer.NEWLINE) {
                break;
            }
            end = token.getStopIndex() + 1;
        }
        return end;
    }

    /** The physical line on which systemd considers the logical line read: where its last token starts. */
    private int lastLine(List<Token> lineTokens) {
        return source.lineOf(lineTokens.get(lineTokens.size() - 1).getStartIndex());
    }

    /** The content span of a line, for problems found while building it. */
    private Span contentSpan(List<Token> lineTokens) {
        return source.span(rawStart(lineTokens), contentEnd(lineTokens));
    }

    private void addBlank(List<Token> lineTokens) {
        lines.add(new BlankLine(source, rawStart(lineTokens), rawEnd(lineTokens), contentEnd(lineTokens)));
    }

    private void addComment(List<Token> lineTokens) {
        int textStart = rawStart(lineTokens);
        int textEnd = textStart;
        for (Token token : lineTokens) {
            if (token.getType() == SystemdUnitLexer.COMMENT) {
                textStart = token.getStartIndex();
                textEnd = token.getStopIndex() + 1;
            }
        }
        lines.add(new CommentLine(source, rawStart(lineTokens), rawEnd(lineTokens), contentEnd(lineTokens),
                textStart, textEnd));
    }

    private void addSectionHeader(List<Token> lineTokens) {
        JoinedLine joined = JoinedLine.of(source, lineTokens, -1);
        checkUtf8(joined);
        int[] bounds = joined.trimmed(0, joined.length());
        String content = joined.text.substring(bounds[0], bounds[1]);
        boolean wellFormed = content.length() >= 2 && content.endsWith("]");
        String name;
        int nameFrom = bounds[0] + 1;
        int nameTo;
        if (wellFormed) {
            name = SharedNames.of(content.substring(1, content.length() - 1));
            nameTo = bounds[1] - 1;
            if (!SystemdStrings.isSafe(name)) {
                problems.add(new SyntaxProblem(SyntaxProblem.Kind.UNSAFE_SECTION_NAME,
                        joined.span(source, nameFrom, nameTo), name));
            }
        } else {
            // systemd refuses the file here; keep a best-effort name so later lines have a home.
            name = SharedNames.of(content.substring(1));
            nameTo = bounds[1];
            problems.add(new SyntaxProblem(SyntaxProblem.Kind.INVALID_SECTION_HEADER, contentSpan(lineTokens),
                    content));
        }
        SectionHeader header = new SectionHeader(source, rawStart(lineTokens), rawEnd(lineTokens),
                contentEnd(lineTokens), name, joined.startOffset(nameFrom, nameTo), joined.endOffset(nameFrom, nameTo),
                wellFormed);
        lines.add(header);
        currentSection = new Section(header);
        sections.add(currentSection);
    }

    private void addEntry(List<Token> lineTokens) {
        int equalsToken = -1;
        for (int i = 0; i < lineTokens.size(); i++) {
            if (lineTokens.get(i).getType() == SystemdUnitLexer.EQUALS) {
                equalsToken = i;
                break;
            }
        }
        JoinedLine joined = JoinedLine.of(source, lineTokens, equalsToken);
        checkUtf8(joined);
        checkLength(joined, lineTokens);
        int keyEnd = joined.equalsIndex >= 0 ? joined.equalsIndex : joined.length();
        int[] keyBounds = joined.trimmed(0, keyEnd);
        String key = SharedNames.of(joined.text.substring(keyBounds[0], keyBounds[1]));
        int keyFrom = keyBounds[0];
        int keyTo = keyBounds[1];
        if (key.isEmpty() && joined.equalsIndex >= 0) {
            keyFrom = joined.equalsIndex;
            keyTo = joined.equalsIndex;
        }
        Value value = null;
        if (joined.equalsIndex >= 0) {
            int[] valueBounds = joined.trimmed(joined.equalsIndex + 1, joined.length());
            int afterEquals = joined.offset(joined.equalsIndex) + 1;
            value = joined.offsets == null
                    ? Value.plain(source, joined.firstOffset + valueBounds[0], valueBounds[1] - valueBounds[0],
                            afterEquals)
                    : Value.joined(source, joined.text.substring(valueBounds[0], valueBounds[1]), joined.offsets,
                            valueBounds[0], afterEquals);
        }
        Entry entry = new Entry(source, rawStart(lineTokens), rawEnd(lineTokens), contentEnd(lineTokens),
                currentSection, key, joined.startOffset(keyFrom, keyTo), joined.endOffset(keyFrom, keyTo), value);
        lines.add(entry);
        if (currentSection == null) {
            entriesOutsideSections.add(entry);
        } else {
            currentSection.add(entry);
        }
    }

    private void checkUtf8(JoinedLine joined) {
        if (!source.hasInvalidUtf8()) {
            return;
        }
        for (int i = 0; i < joined.length(); i++) {
            if (SourceText.isEscapedByte(joined.text.charAt(i))) {
                problems.add(new SyntaxProblem(SyntaxProblem.Kind.INVALID_UTF8, joined.span(source, i, i + 1),
                        String.format("byte 0x%02X", joined.text.charAt(i) - 0xDC80 + 0x80)));
                return;
            }
        }
    }

    private void checkLength(JoinedLine joined, List<Token> lineTokens) {
        // Cheap bound first: a line of N chars has at most 4N bytes.
        if ((long) joined.length() * 4 <= SourceText.LONG_LINE_MAX) {
            return;
        }
        byte[] bytes = SourceText.encode(joined.text);
        if (bytes.length > SourceText.LONG_LINE_MAX && lineTokens.size() > 1
                && source.lineOf(lineTokens.get(0).getStartIndex()) != lastLine(lineTokens)) {
            problems.add(new SyntaxProblem(SyntaxProblem.Kind.LINE_TOO_LONG,
                    Span.lineStart(source.lineOf(lineTokens.get(0).getStartIndex())),
                    "continued line is longer than " + SourceText.LONG_LINE_MAX + " bytes"));
        }
    }

    /**
     * A logical line as systemd joins it, with the file offset of every char: continuation
     * backslashes become spaces, line terminators, comment lines inside the continuation and
     * the byte order mark are left out.
     */
    private static final class JoinedLine {
        final String text;
        /** The file offset of each char of text; null when they run on from {@link #firstOffset}. */
        final int[] offsets;
        final int firstOffset;
        final int equalsIndex;

        private JoinedLine(String text, int[] offsets, int firstOffset, int equalsIndex) {
            this.text = text;
            this.offsets = offsets;
            this.firstOffset = firstOffset;
            this.equalsIndex = equalsIndex;
        }

        static JoinedLine of(SourceText source, List<Token> lineTokens, int equalsToken) {
            // Nearly every line is one physical line of BMP characters: its joined text is a
            // piece of the file, and char i sits at file offset start + i.
            int end = lineTokens.size();
            if (lineTokens.get(end - 1).getType() == SystemdUnitLexer.NEWLINE) {
                end--;
            }
            boolean plain = true;
            for (int t = 0; t < end && plain; t++) {
                int type = lineTokens.get(t).getType();
                plain = type != SystemdUnitLexer.CONTINUATION && type != SystemdUnitLexer.LEADING_CONTINUATION
                        && type != SystemdUnitLexer.CONTINUED_COMMENT && type != SystemdUnitLexer.BOM
                        && type != SystemdUnitLexer.NEWLINE;
            }
            if (plain) {
                int start = lineTokens.get(0).getStartIndex();
                int stop = end == 0 ? start : lineTokens.get(end - 1).getStopIndex() + 1;
                String text = source.substring(start, stop);
                if (text.length() == stop - start) {
                    int equalsIndex = equalsToken < 0 ? -1 : lineTokens.get(equalsToken).getStartIndex() - start;
                    return new JoinedLine(text, null, start, equalsIndex);
                }
            }
            return joined(lineTokens, equalsToken);
        }

        private static JoinedLine joined(List<Token> lineTokens, int equalsToken) {
            StringBuilder text = new StringBuilder();
            int[] offsets = new int[16];
            int equalsIndex = -1;
            for (int t = 0; t < lineTokens.size(); t++) {
                Token token = lineTokens.get(t);
                int type = token.getType();
                if (type == SystemdUnitLexer.NEWLINE || type == SystemdUnitLexer.CONTINUED_COMMENT
                        || type == SystemdUnitLexer.BOM) {
                    continue;
                }
                String tokenText = token.getText();
                int offset = token.getStartIndex();
                if (t == equalsToken) {
                    equalsIndex = text.length();
                }
                boolean continuation = type == SystemdUnitLexer.CONTINUATION
                        || type == SystemdUnitLexer.LEADING_CONTINUATION;
                for (int i = 0; i < tokenText.length(); ) {
                    int cp = tokenText.codePointAt(i);
                    int width = Character.charCount(cp);
                    if (continuation && cp == '\\') {
                        // systemd replaces the continuation backslash with a space and drops the terminator.
                        offsets = append(offsets, text.length(), offset);
                        text.append(' ');
                        break;
                    }
                    // Both chars of a surrogate pair map to the code point's offset. (Found by
                    // fuzzing: writing both at text.length() left the second slot unset, and out of
                    // bounds when the pair ended the line at the array's capacity.)
                    for (int k = 0; k < width; k++) {
                        offsets = append(offsets, text.length() + k, offset);
                    }
                    text.appendCodePoint(cp);
                    i += width;
                    offset++;
                }
            }
            return new JoinedLine(text.toString(), offsets, 0, equalsIndex);
        }

        private static int[] append(int[] array, int index, int value) {
            if (index >= array.length) {
                array = Arrays.copyOf(array, Math.max(16, array.length * 2));
            }
            array[index] = value;
            return array;
        }

        int length() {
            return text.length();
        }

        int offset(int index) {
            return offsets == null ? firstOffset + index : offsets[index];
        }

        /** Bounds of text[from, to) without leading and trailing blanks (systemd's strstrip). */
        int[] trimmed(int from, int to) {
            while (from < to && isBlank(text.charAt(from))) from++;
            while (to > from && isBlank(text.charAt(to - 1))) to--;
            return new int[] {from, to};
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        Span span(SourceText source, int from, int to) {
            return source.spanOrFileStart(startOffset(from, to), endOffset(from, to));
        }

        /**
         * Where text[from, to) starts in the file, for {@link SourceText#spanOrFileStart}: -1 when
         * the text is empty (nothing to point at but the start of the file).
         */
        int startOffset(int from, int to) {
            if (text.isEmpty()) {
                return -1;
            }
            if (from >= to) {
                return from < text.length() ? offset(from) : offset(text.length() - 1) + 1;
            }
            return offset(from);
        }

        /** Where text[from, to) ends in the file (exclusive); see {@link #startOffset}. */
        int endOffset(int from, int to) {
            if (text.isEmpty()) {
                return -1;
            }
            return from >= to ? startOffset(from, to) : offset(to - 1) + 1;
        }
    }
}
