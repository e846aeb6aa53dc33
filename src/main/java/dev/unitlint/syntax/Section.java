package dev.unitlint.syntax;

import java.util.ArrayList;
import java.util.List;

/** A section: its header and the entries up to the next header. */
public final class Section {

    private final SectionHeader header;
    /** Growing while the file is parsed, then an immutable list of the right size ({@link #freeze}). */
    private List<Entry> entries = new ArrayList<>();

    Section(SectionHeader header) {
        this.header = header;
    }

    public String name() {
        return header.name();
    }

    public SectionHeader header() {
        return header;
    }

    /** Every entry in the section, malformed ones included, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    void add(Entry entry) {
        entries.add(entry);
    }

    /** Called once the file is parsed: no wrapper object per call, no spare capacity kept. */
    void freeze() {
        entries = List.copyOf(entries);
    }

    @Override
    public String toString() {
        return "[" + name() + "]";
    }
}
