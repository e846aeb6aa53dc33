package dev.unitlint.findings;

import dev.unitlint.syntax.Span;

/**
 * One replacement in one file: the text between two code point offsets becomes
 * {@code replacement}. An insertion has {@code start == end}; a deletion an empty
 * replacement. Offsets count code points from the start of the file, as spans do (a byte
 * order mark is one); {@code span} is the same region in lines and columns, for reports
 * (SARIF's {@code deletedRegion}), and ends at column 1 of the next line when the region ends
 * with a line terminator.
 *
 * @param path        the file, as findings name it
 * @param start       first code point replaced
 * @param end         code point after the last one replaced
 * @param span        {@code [start, end)} in lines and columns
 * @param replacement the new text, exactly as it is written to the file
 */
public record Edit(String path, int start, int end, Span span, String replacement) implements Comparable<Edit> {

    public Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
    }

    public boolean isInsertion() {
        return start == end;
    }

    /**
     * Whether two edits cannot be applied together: their regions share a code point, or both
     * insert at the same place (their order would be a guess), or one inserts strictly inside
     * the other's region. Edits that only touch (one ends where the other starts) are
     * independent.
     */
    public boolean conflictsWith(Edit other) {
        if (!path.equals(other.path)) {
            return false;
        }
        if (isInsertion() && other.isInsertion()) {
            return start == other.start;
        }
        if (isInsertion()) {
            return start > other.start && start < other.end;
        }
        if (other.isInsertion()) {
            return other.start > start && other.start < end;
        }
        return start < other.end && other.start < end;
    }

    /** By file, then position; an insertion before a replacement that starts at the same place. */
    @Override
    public int compareTo(Edit other) {
        int c = path.compareTo(other.path);
        if (c == 0) c = Integer.compare(start, other.start);
        if (c == 0) c = Integer.compare(end, other.end);
        return c;
    }
}
