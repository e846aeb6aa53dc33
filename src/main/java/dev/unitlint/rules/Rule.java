package dev.unitlint.rules;

import dev.unitlint.model.Unit;

/**
 * One check. Implementations are stateless, annotated with {@link RuleId}, listed in
 * {@link BuiltInRules}, documented in {@code rules/<id>.md} and tested by the fixtures in
 * {@code testdata/rules/<id>/}. They report only through {@link RuleContext}, which stamps
 * the rule's ID, name and severity on every finding.
 */
public interface Rule {

    /** Checks one unit: its base file and drop-ins, and their merged view. */
    void check(Unit unit, RuleContext context);

    /**
     * Whether the rule runs without being selected. Its document says so ({@code default: off} in
     * the front matter, shown by {@code unitlint rules}); the rule says it too, so that choosing
     * the rules of a run does not read every document (RegistryTest checks that the two agree).
     */
    default boolean enabledByDefault() {
        return true;
    }

    /** The {@link RuleId}; for built-in rules read from the {@link RuleIndex}, without reflection. */
    default String id() {
        return RuleIndex.idOf(getClass());
    }
}
