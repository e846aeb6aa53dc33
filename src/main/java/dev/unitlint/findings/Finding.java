package dev.unitlint.findings;

import dev.unitlint.syntax.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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
     * which the class-data archive cannot hold, so each cost start-up a generated class. Findings of one
     * file share its path string (and often one message string), so identical references are
     * taken as equal before comparing characters: a corpus run with the security rules sorts
     * some 150,000 findings whose paths differ only after a long common prefix.
     */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        int c = a.path == b.path ? 0 : a.path.compareTo(b.path);
        if (c == 0) {
            c = a.span.compareTo(b.span);
        }
        if (c == 0) {
            c = a.ruleId.compareTo(b.ruleId);
        }
        if (c == 0 && a.message != b.message) {
            c = a.message.compareTo(b.message);
        }
        return c;
    };

    /**
     * The findings sorted by {@link #ORDER}, each once: a drop-in shared by several units is
     * checked with each, and the same finding at the same place is reported once. Equal findings
     * sort next to each other (ORDER ties only findings that agree on file, place, rule and
     * message), so duplicates are found among neighbours instead of by hashing every finding,
     * which matters with the security rules on (150,000 findings over the corpus).
     */
    public static List<Finding> distinctSorted(Collection<Finding> findings) {
        if (findings instanceof List<Finding> list && isDistinctSorted(list)) {
            return Collections.unmodifiableList(list); // the usual case on the second and third call
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        List<Finding> distinct = new ArrayList<>(sorted.size());
        int runStart = 0;
        for (Finding finding : sorted) {
            if (!distinct.isEmpty() && ORDER.compare(distinct.get(distinct.size() - 1), finding) != 0) {
                runStart = distinct.size();
            }
            boolean seen = false;
            for (int i = runStart; i < distinct.size() && !seen; i++) {
                seen = distinct.get(i).equals(finding);
            }
            if (!seen) {
                distinct.add(finding);
            }
        }
        return Collections.unmodifiableList(distinct);
    }

    /** Whether each finding sorts strictly after the one before it (so no two are equal). */
    private static boolean isDistinctSorted(List<Finding> list) {
        Finding previous = null;
        for (Finding finding : list) {
            if (previous != null && ORDER.compare(previous, finding) >= 0) {
                return false;
            }
            previous = finding;
        }
        return true;
    }

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
