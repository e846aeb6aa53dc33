package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import dev.unitlint.values.ValueProblem.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems of one value and words their messages one way:
 * {@code <what is wrong>: <what systemd does> ("<what systemd logs>"). <what to write instead>}.
 */
public final class Problems {

    private final ValueContext context;
    private final List<ValueProblem> problems = new ArrayList<>(2);

    public Problems(ValueContext context) {
        this.context = context;
    }

    public ValueContext context() {
        return context;
    }

    public List<ValueProblem> list() {
        return Collections.unmodifiableList(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void add(ValueProblem problem) {
        problems.add(problem);
    }

    /** A problem with a message already composed. */
    public void add(int start, int end, Kind kind, Effect effect, String message) {
        problems.add(new ValueProblem(start, end, kind, effect, message));
    }

    /** The whole value is invalid and systemd ignores the assignment. */
    public void invalidValue(String value, String systemdSays, String fix) {
        invalid(0, value.length(), "Invalid " + context.key() + "=" + value, Effect.ASSIGNMENT_IGNORED, systemdSays, fix);
    }

    /** A part of the value is invalid; {@code subject} says what is wrong with it. */
    public void invalid(int start, int end, String subject, Effect effect, String systemdSays, String fix) {
        add(start, end, Kind.INVALID, effect, compose(subject, effect, systemdSays, fix));
    }

    /** A problem of another kind, worded the same way. */
    public void report(int start, int end, Kind kind, String subject, Effect effect, String systemdSays, String fix) {
        add(start, end, kind, effect, compose(subject, effect, systemdSays, fix));
    }

    /** {@code <subject>: <effect> ("<systemd says>"). <fix>} */
    public String compose(String subject, Effect effect, String systemdSays, String fix) {
        StringBuilder m = new StringBuilder(subject).append(": ").append(phrase(effect));
        if (systemdSays != null && !systemdSays.isEmpty()) {
            m.append(" (\"").append(systemdSays).append("\")");
        }
        if (fix != null && !fix.isEmpty()) {
            m.append(". ").append(fix);
        }
        return m.toString();
    }

    private static String phrase(Effect effect) {
        return switch (effect) {
            case ASSIGNMENT_IGNORED -> "systemd ignores the assignment";
            case WORD_IGNORED -> "systemd ignores this word and keeps the others";
            case REST_IGNORED -> "systemd ignores it and everything after it in the value";
            case UNIT_REFUSED -> "systemd refuses to load the unit";
            case WARNING -> "systemd accepts it with a warning";
        };
    }
}
