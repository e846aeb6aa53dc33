package dev.unitlint.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax tree of one unit file or drop-in: every logical line in order, grouped into
 * sections. It is lossless: {@link #toBytes()} returns the bytes it was parsed from.
 */
public final class UnitFile {

    private final String path;
    private final SourceText source;
    private final List<Line> lines;
    private final List<Section> sections;
    private final List<Entry> entriesOutsideSections;
    private final List<SyntaxProblem> problems;

    UnitFile(String path, SourceText source, List<Line> lines, List<Section> sections,
             List<Entry> entriesOutsideSections, List<SyntaxProblem> problems) {
        this.path = path;
        this.source = source;
        // Immutable copies of the right size (the empty ones shared), not wrappers around growable lists.
        this.lines = List.copyOf(lines);
        this.sections = List.copyOf(sections);
        this.entriesOutsideSections = List.copyOf(entriesOutsideSections);
        this.problems = List.copyOf(problems);
    }

    /** The path as the user gave it (or {@code --stdin-filename}); used in reports. */
    public String path() {
        return path;
    }

    public SourceText source() {
        return source;
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Entries before the first section header; systemd ignores them. */
    public List<Entry> entriesOutsideSections() {
        return entriesOutsideSections;
    }

    /** Every entry of the file, in file order, outside sections first. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>(entriesOutsideSections);
        for (Section section : sections) {
            all.addAll(section.entries());
        }
        return all;
    }

    public List<CommentLine> comments() {
        List<CommentLine> comments = new ArrayList<>();
        for (Line line : lines) {
            if (line instanceof CommentLine comment) {
                comments.add(comment);
            }
        }
        return comments;
    }

    public List<SyntaxProblem> problems() {
        return problems;
    }

    /** The text of a physical line (1-based) without its terminator, for showing context. */
    public String physicalLine(int line) {
        return source.physicalLine(line);
    }

    /** Prints the tree back: the exact text it was parsed from. */
    public String print() {
        StringBuilder out = new StringBuilder(source.text().length());
        for (Line line : lines) {
            out.append(line.raw());
        }
        return out.toString();
    }

    /**
     * Drops what the tree made on demand (the texts of values, see {@link Value}); it is made
     * again when asked for. Called once the rules of the units that read the file have run.
     */
    public void forgetDerived() {
        for (Line line : lines) {
            if (line instanceof Entry entry && entry.value() != null) {
                entry.value().forgetText();
            }
        }
    }

    /** The exact bytes the tree was parsed from. */
    public byte[] toBytes() {
        return SourceText.encode(print());
    }
}
