package dev.unitlint.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A section: its header and the entries up to the next header. */
public final class Section {

    private final SectionHeader header;
    private final List<Entry> entries = new ArrayList<>();

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
        return Collections.unmodifiableList(entries);
    }

    void add(Entry entry) {
        entries.add(entry);
    }

    @Override
    public String toString() {
        return "[" + name() + "]";
    }
}
