package dev.unitlint.syntax;

/** A {@code [Section]} line. */
public final class SectionHeader extends Line {

    private final String name;
    /** Code point offsets of the name ({@link SourceText#spanOrFileStart}). */
    private final int nameStart;
    private final int nameEnd;
    private final boolean wellFormed;

    SectionHeader(SourceText source, int rawStart, int rawEnd, int contentEnd, String name, int nameStart,
                  int nameEnd, boolean wellFormed) {
        super(source, rawStart, rawEnd, contentEnd);
        this.name = name;
        this.nameStart = nameStart;
        this.nameEnd = nameEnd;
        this.wellFormed = wellFormed;
    }

    /** The name between the brackets, exactly as systemd sees it (case and inner blanks kept). */
    public String name() {
        return name;
    }

    public Span nameSpan() {
        return source.spanOrFileStart(nameStart, nameEnd);
    }

    /** False when the name has characters systemd refuses in a header ({@link SystemdStrings#isSafe}). */
    public boolean hasSafeName() {
        return SystemdStrings.isSafe(name);
    }

    /** False when the header does not end with {@code ]}; systemd then refuses the whole file. */
    public boolean wellFormed() {
        return wellFormed;
    }
}
