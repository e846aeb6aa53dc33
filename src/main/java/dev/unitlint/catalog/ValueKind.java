package dev.unitlint.catalog;

/** Whether repeated assignments of a directive accumulate or replace each other. */
public enum ValueKind {
    /** Each assignment adds to a list (ExecStart=, Environment=, After=, …). */
    LIST,
    /** A later assignment wins. */
    SINGLE;

    static ValueKind fromId(String id) {
        return switch (id) {
            case "list" -> LIST;
            case "single" -> SINGLE;
            default -> throw new IllegalArgumentException("unknown value kind: " + id);
        };
    }
}
