package dev.unitlint.findings;

import dev.unitlint.syntax.Span;
import java.util.Comparator;
import java.util.Optional;

/**
 * One problem found in a file: which rule, how serious, where, and what to do about it.
 *
 * @param ruleId   stable ID such as {@code SD301}
 * @param ruleName kebab-case name such as {@code restart-always-oneshot}
 * @param path     the file as the user named it
 * @param span     the offending key or value
 * @param message  what is wrong and, where there is one, the fix; file content quoted in it is
 *                 escaped here ({@link SafeText}), the one place every report's message comes from
 * @param fix      the edits that repair it, when the rule knows them ({@code --fix}), or null
 */
public record Finding(String ruleId, String ruleName, Severity severity, String path, Span span, String message,
                      Fix fix)
        implements Comparable<Finding> {

    public Finding {
        message = SafeText.escape(message);
    }

    /** A finding without a fix. */
    public Finding(String ruleId, String ruleName, Severity severity, String path, Span span, String message) {
        this(ruleId, ruleName, severity, path, span, message, null);
    }

    /** The repair, when the rule has one for this finding. */
    public Optional<Fix> optionalFix() {
        return Optional.ofNullable(fix);
    }

    /**
     * Reports are sorted by file, position, rule and message, so output is stable. Written out
     * rather than built with Comparator.comparing: those combinators are serializable lambdas,
     * which the class-data archive cannot hold, so each cost start-up a generated class.
     */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        int c = a.path().compareTo(b.path());
        if (c == 0) c = a.span().compareTo(b.span());
        if (c == 0) c = a.ruleId().compareTo(b.ruleId());
        if (c == 0) c = a.message().compareTo(b.message());
        return c;
    };

    public int line() {
        return span.startLine();
    }

    public int column() {
        return span.startColumn();
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, ruleName, newSeverity, path, span, message, fix);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    // equals and hashCode are written out: a record's generated ones are linked at run time
    // through invokedynamic, which cost a one-file run some 20 generated classes (Linter drops
    // duplicate findings with a hash set).

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && ruleId.equals(f.ruleId) && ruleName.equals(f.ruleName)
                && severity == f.severity && path.equals(f.path) && span.equals(f.span) && message.equals(f.message)
                && java.util.Objects.equals(fix, f.fix);
    }

    @Override
    public int hashCode() {
        return ((ruleId.hashCode() * 31 + path.hashCode()) * 31 + span.hashCode()) * 31 + message.hashCode();
    }
}
