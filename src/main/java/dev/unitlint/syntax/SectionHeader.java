package dev.unitlint.syntax;

/** A {@code [Section]} line. */
public final class SectionHeader extends Line {

    private final String name;
    private final Span nameSpan;
    private final boolean wellFormed;

    SectionHeader(SourceText source, int rawStart, int rawEnd, Span span, int lastLine, String name, Span nameSpan,
                  boolean wellFormed) {
        super(source, rawStart, rawEnd, span, lastLine);
        this.name = name;
        this.nameSpan = nameSpan;
        this.wellFormed = wellFormed;
    }

    /** The name between the brackets, exactly as systemd sees it (case and inner blanks kept). */
    public String name() {
        return name;
    }

    public Span nameSpan() {
        return nameSpan;
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
