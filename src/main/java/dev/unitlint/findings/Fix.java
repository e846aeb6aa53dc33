package dev.unitlint.findings;

import java.util.List;
import java.util.Optional;

/**
 * A repair for one finding: one or more {@link Edit}s that {@code --fix} applies together or
 * not at all. Rules attach fixes through {@code RuleContext}; the edits are built with
 * {@code dev.unitlint.fix.FileEdits}, which keeps every byte outside the edited regions.
 *
 * @param applicability whether {@code --fix} applies it alone or only with {@code --unsafe-fixes}
 * @param description   what it does, for reports ("Rename ProtectSytem= to ProtectSystem="); file
 *                      content quoted in it is escaped as messages are
 * @param edits         the replacements, in file order, none overlapping another
 */
public record Fix(Applicability applicability, String description, List<Edit> edits) {

    public Fix {
        description = SafeText.escape(description);
        edits = edits.stream().sorted().toList();
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
        for (int i = 1; i < edits.size(); i++) {
            if (edits.get(i - 1).conflictsWith(edits.get(i))) {
                throw new IllegalArgumentException("overlapping edits in one fix: " + edits);
            }
        }
    }

    public static Fix safe(String description, List<Edit> edits) {
        return new Fix(Applicability.SAFE, description, edits);
    }

    public static Fix safe(String description, Edit... edits) {
        return safe(description, List.of(edits));
    }

    public static Fix unsafe(String description, List<Edit> edits) {
        return new Fix(Applicability.UNSAFE, description, edits);
    }

    public static Fix unsafe(String description, Edit... edits) {
        return unsafe(description, List.of(edits));
    }

    /**
     * The fix, or empty when its edits overlap: a rule's fix builder met a layout it did not
     * foresee, and a finding without a fix is better than a crash.
     */
    public static Optional<Fix> of(Applicability applicability, String description, List<Edit> edits) {
        try {
            return Optional.of(new Fix(applicability, description, edits));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isSafe() {
        return applicability == Applicability.SAFE;
    }

    /** Whether this fix and another cannot be applied in the same round. */
    public boolean conflictsWith(Fix other) {
        for (Edit mine : edits) {
            for (Edit theirs : other.edits) {
                if (mine.conflictsWith(theirs) || mine.equals(theirs)) {
                    return true;
                }
            }
        }
        return false;
    }
}
