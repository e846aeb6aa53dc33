package dev.unitlint.syntax;

/**
 * A line that is neither blank, comment nor section header: normally {@code Key=Value}.
 * systemd splits it at the first {@code =} and trims blanks around key and value; the value
 * of a continued line is the physical lines joined, each trailing backslash turned into a
 * space and comment lines left out.
 *
 * <p>An entry without {@code =}, or with nothing before it, is kept too (systemd ignores it
 * with "Missing '='"), so that rules can report it and the file still prints back whole.
 */
public final class Entry extends Line {

    private final Section section;
    private final String key;
    /** Code point offsets of the key ({@link SourceText#spanOrFileStart}). */
    private final int keyStart;
    private final int keyEnd;
    private final Value value;

    Entry(SourceText source, int rawStart, int rawEnd, int contentEnd, Section section, String key, int keyStart,
          int keyEnd, Value value) {
        super(source, rawStart, rawEnd, contentEnd);
        this.section = section;
        this.key = key;
        this.keyStart = keyStart;
        this.keyEnd = keyEnd;
        this.value = value;
    }

    /** The section the entry is in, or null for an entry before the first section header. */
    public Section section() {
        return section;
    }

    public String sectionName() {
        return section == null ? null : section.name();
    }

    /** The key, trimmed; empty when the line starts with {@code =}. */
    public String key() {
        return key;
    }

    public Span keySpan() {
        return source.spanOrFileStart(keyStart, keyEnd);
    }

    /** True for a usable {@code Key=Value} assignment (has {@code =} and a key). */
    public boolean isAssignment() {
        return value != null && !key.isEmpty();
    }

    public boolean hasEquals() {
        return value != null;
    }

    /** The value after the first {@code =}, or null when the line has no {@code =}. */
    public Value value() {
        return value;
    }

    /** Shorthand for the value's text; empty when there is no value. */
    public String valueText() {
        return value == null ? "" : value.text();
    }

    @Override
    public String toString() {
        return (section == null ? "" : "[" + section.name() + "] ") + key + (value == null ? "" : "=" + value.text());
    }
}
