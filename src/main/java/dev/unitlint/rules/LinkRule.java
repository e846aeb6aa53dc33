package dev.unitlint.rules;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitLink;

/**
 * A rule about a symbolic link in a unit folder (or a plain file where systemd wants a link)
 * rather than about the text of a unit: a link has no lines, so its findings stand at line 1,
 * column 1 of the link's path. Reports only through {@link RuleContext#reportLink}.
 */
public interface LinkRule extends Rule {

    /** Checks one link. */
    void check(UnitLink link, RuleContext context);

    /** A link rule has nothing to say about a unit's text. */
    @Override
    default void check(Unit unit, RuleContext context) {
    }
}
