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

    @Override
    public String toString() {
        return file.path() + ":" + entry.firstLine() + ": " + entry;
    }
}
