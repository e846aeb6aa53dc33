package dev.unitlint.suppress;

import dev.unitlint.findings.Finding;

/** A finding silenced by a pragma in the source, with the reason written after {@code --}. */
public record SuppressedFinding(Finding finding, Pragma pragma) {

    public String justification() {
        return pragma.justification();
    }
}
