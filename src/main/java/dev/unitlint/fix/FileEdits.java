package dev.unitlint.fix;

import dev.unitlint.findings.Edit;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Line;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.SectionHeader;
import dev.unitlint.syntax.SourceText;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link Edit}s of a fix against one parsed file, so that a rule says what to change
 * ("rename this key", "add this line to [Unit]") and never counts offsets. Every edit replaces
 * the smallest region that does the job and keeps every other byte: comments, blank lines,
 * continuation lines, the byte order mark, the line terminators, a missing final newline. A
 * line that is added ends with the terminator of the line it follows (so a CRLF file gets CRLF
 * lines), or the file's first terminator.
 */
public final class FileEdits {

    /** Where a section goes when it has to be created: [Unit] first, [Install] last, the type's own between. */
    private static int rank(String section) {
        return switch (section) {
            case "Unit" -> 0;
            case "Install" -> 2;
            default -> 1;
        };
    }

    private final UnitFile file;
    private final SourceText source;

    private FileEdits(UnitFile file) {
        this.file = file;
        this.source = file.source();
    }

    public static FileEdits of(UnitFile file) {
        return new FileEdits(file);
    }

    /** Replaces the text of a span (as findings and syntax nodes give them). */
    public Edit replace(Span span, String text) {
        return edit(offset(span.startLine(), span.startColumn()), offset(span.endLine(), span.endColumn()), text);
    }

    /** Inserts text where a span starts. */
    public Edit insertBefore(Span span, String text) {
        int at = offset(span.startLine(), span.startColumn());
        return edit(at, at, text);
    }

    /** Renames the key of an entry; its value, blanks and continuation lines stay. */
    public Edit renameKey(Entry entry, String newKey) {
        return replace(entry.keySpan(), newKey);
    }

    /** Replaces characters {@code [from, to)} of an entry's value (indices into {@code value().text()}). */
    public Edit replaceInValue(Entry entry, int from, int to, String text) {
        return replace(entry.value().span(from, to), text);
    }

    /** Renames a section header's name; the brackets and anything around them stay. */
    public Edit renameSection(SectionHeader header, String newName) {
        return replace(header.nameSpan(), newName);
    }

    /**
     * Deletes a whole logical line with its terminator (and its continuation lines). The last
     * line of a file without a final newline takes the terminator before it instead, so the
     * file still ends without one; a byte order mark on the first line stays.
     */
    public Edit deleteLine(Line line) {
        int start = start(line);
        int end = end(line);
        if (line.raw().startsWith("\uFEFF")) {
            start++;
        }
        if (terminator(line.raw()).isEmpty()) {
            Line previous = previous(line);
            if (previous != null) {
                start = end(previous) - codePoints(terminator(previous.raw()));
            }
        }
        return edit(start, end, "");
    }

    /** Inserts whole lines (given without terminators) after a line, ending each with the file's terminator. */
    public Edit insertLinesAfter(Line line, List<String> lines) {
        String eol = terminator(line.raw());
        int at = end(line);
        if (eol.isEmpty()) {
            // The last line, without a final newline: the new lines go after a terminator, and the
            // file still ends without one.
            return edit(at, at, lineEnding() + String.join(lineEnding(), lines));
        }
        return edit(at, at, String.join(eol, lines) + eol);
    }

    /**
     * Inserts whole lines (given without terminators) before a line, at its first column (after a
     * byte order mark), each ending with that line's terminator, or the file's when it has none.
     */
    public Edit insertLinesBefore(Line line, List<String> lines) {
        String eol = terminator(line.raw());
        if (eol.isEmpty()) {
            eol = lineEnding();
        }
        int at = start(line) + (line.raw().startsWith("\uFEFF") ? 1 : 0);
        return edit(at, at, String.join(eol, lines) + eol);
    }

    /**
     * Deletes the end of a physical line from a column, with the blanks (spaces, tabs) before it,
     * up to the line terminator, which stays: what a trailing comment or a trailing backslash
     * takes up.
     */
    public Edit deleteToLineEnd(int line, int column) {
        String text = source.physicalLine(line);
        int from = text.offsetByCodePoints(0, column - 1);
        while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
            from--;
        }
        int lineStart = offset(line, 1);
        return edit(lineStart + text.codePointCount(0, from), lineStart + codePoints(text), "");
    }

    /**
     * Adds lines at the end of a section of this file: after its last entry (comments and
     * blank lines that follow it stay below), or after its header when it has none. When the
     * file has no such section, it is created in the conventional place: [Unit] before the
     * other sections, [Install] after them, the unit type's own section between, each set off by
     * a blank line.
     */
    public Edit addToSection(String sectionName, List<String> lines) {
        Optional<Section> existing = lastSection(sectionName);
        if (existing.isPresent()) {
            Section section = existing.get();
            List<Entry> entries = section.entries();
            Line anchor = entries.isEmpty() ? section.header() : entries.get(entries.size() - 1);
            return insertLinesAfter(anchor, lines);
        }
        List<String> created = new ArrayList<>();
        created.add("[" + sectionName + "]");
        created.addAll(lines);
        List<Section> sections = file.sections();
        int newRank = rank(sectionName);
        for (int i = 0; i < sections.size(); i++) {
            if (rank(sections.get(i).name()) > newRank) {
                if (i > 0) {
                    return afterSection(sections.get(i - 1), created);
                }
                // Before the first section: at the start of its header, after a byte order mark.
                SectionHeader header = sections.get(i).header();
                int at = start(header) + (header.raw().startsWith("\uFEFF") ? 1 : 0);
                String eol = lineEnding();
                return edit(at, at, String.join(eol, created) + eol + eol);
            }
        }
        if (sections.isEmpty()) {
            List<Line> all = file.lines();
            if (all.isEmpty()) {
                return edit(0, 0, String.join("\n", created) + "\n");
            }
            return insertLinesAfter(all.get(all.size() - 1), created);
        }
        return afterSection(sections.get(sections.size() - 1), created);
    }

    /** A new section after the last entry (or the header) of another, with a blank line before it. */
    private Edit afterSection(Section before, List<String> created) {
        List<Entry> entries = before.entries();
        Line anchor = entries.isEmpty() ? before.header() : entries.get(entries.size() - 1);
        List<String> withBlank = new ArrayList<>();
        withBlank.add("");
        withBlank.addAll(created);
        return insertLinesAfter(anchor, withBlank);
    }

    /**
     * The text of an entry as it would be written elsewhere under another key: its raw text with
     * the key replaced and without its final terminator. Empty when the entry holds bytes that
     * are not UTF-8, which a fix does not carry from one place to another.
     */
    public Optional<String> movedText(Entry entry, String newKey) {
        String raw = entry.raw();
        for (int i = 0; i < raw.length(); i++) {
            if (SourceText.isEscapedByte(raw.charAt(i))) {
                return Optional.empty();
            }
        }
        String body = raw.substring(0, raw.length() - terminator(raw).length());
        int lineStart = start(entry);
        int keyFrom = raw.offsetByCodePoints(0, offset(entry.keySpan().startLine(), entry.keySpan().startColumn())
                - lineStart);
        int keyTo = raw.offsetByCodePoints(0, offset(entry.keySpan().endLine(), entry.keySpan().endColumn())
                - lineStart);
        return Optional.of(body.substring(0, keyFrom) + newKey + body.substring(keyTo));
    }

    /** The last well-formed section of this name in the file. */
    public Optional<Section> lastSection(String name) {
        Section found = null;
        for (Section section : file.sections()) {
            if (section.name().equals(name) && section.header().wellFormed()) {
                found = section;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The file's line terminator: its first one, or {@code \n} for a file without any. */
    public String lineEnding() {
        for (Line line : file.lines()) {
            String eol = terminator(line.raw());
            if (!eol.isEmpty()) {
                return eol;
            }
        }
        return "\n";
    }

    /** The trailing line terminator of a raw line: {@code \n}, {@code \r\n}, ... (NULs included), or "". */
    static String terminator(String raw) {
        int i = raw.length();
        while (i > 0 && (raw.charAt(i - 1) == '\n' || raw.charAt(i - 1) == '\r' || raw.charAt(i - 1) == 0)) {
            i--;
        }
        return raw.substring(i);
    }

    private Line previous(Line line) {
        List<Line> all = file.lines();
        int index = all.indexOf(line);
        return index > 0 ? all.get(index - 1) : null;
    }

    private int start(Line line) {
        return offset(line.span().startLine(), line.span().startColumn());
    }

    private int end(Line line) {
        return start(line) + codePoints(line.raw());
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private int offset(int line, int column) {
        return source.offsetOf(line, column);
    }

    private Edit edit(int start, int end, String text) {
        return new Edit(file.path(), start, end, source.span(start, end), text);
    }
}
