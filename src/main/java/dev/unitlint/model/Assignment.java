package dev.unitlint.model;

import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.UnitFile;

/** One {@code Key=Value} of a unit together with the file (base or drop-in) it is written in. */
public record Assignment(UnitFile file, Entry entry) {

    public String section() {
        return entry.sectionName();
    }

    public String key() {
        return entry.key();
    }

    public String value() {
        return entry.valueText();
    }

    /** An empty assignment ({@code ExecStart=}) resets a list setting. */
    public boolean isEmpty() {
        return entry.valueText().isEmpty();
    }

    // equals and hashCode written out, with the record's meaning: the generated ones are linked
    // through method handles on first use, which cost a run some 15 ms of CPU on its own.
    @Override
    public boolean equals(Object o) {
        return o instanceof Assignment other && file.equals(other.file) && entry.equals(other.entry);
    }

    @Override
    public int hashCode() {
        return 31 * file.hashCode() + entry.hashCode();
    }

    @Override
    public String toString() {
        return file.path() + ":" + entry.firstLine() + ": " + entry;
    }
}
