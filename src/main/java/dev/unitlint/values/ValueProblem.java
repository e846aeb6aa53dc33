package dev.unitlint.values;

/**
 * One thing systemd objects to in a value, with where it is: offsets {@code [start, end)} into
 * the value text, so that a finding can point at the offending word.
 *
 * @param kind    what sort of problem; it decides which rule reports it (see {@link Kind})
 * @param effect  what systemd does about it
 * @param message the whole message: what is wrong, what systemd does and says, and what a valid
 *                value looks like
 */
public record ValueProblem(int start, int end, Kind kind, Effect effect, String message) {

    /** What sort of problem, and so which rule reports it: each kind has exactly one rule. */
    public enum Kind {
        /** SD201: a value (or a word of it) systemd cannot parse, or an unknown specifier in it. */
        INVALID,
        /** SD202: an empty value for a key whose parser rejects empty values. */
        EMPTY,
        /** SD203: a value the target release does not know yet. */
        TOO_NEW,
        /** SD206: a capability name Linux does not have (dropped without a message). */
        CAPABILITY,
        /** SD207: an unknown system-call group. */
        SYSCALL_GROUP,
        /** SD209: a path that is not absolute (or relative where it must be) or not normalized. */
        PATH,
        /** SD210: a setting the unit's type does not support. */
        UNSUPPORTED_FOR_TYPE,
    }

    /** What systemd does with the value. */
    public enum Effect {
        /** It ignores the whole assignment, as if the line were not there. */
        ASSIGNMENT_IGNORED,
        /** It ignores this word and keeps the rest of the list. */
        WORD_IGNORED,
        /** It ignores this word and everything after it in the value. */
        REST_IGNORED,
        /** It refuses to load the unit ("Unit configuration has fatal error"). */
        UNIT_REFUSED,
        /** It accepts the value but logs a warning (or drops part of it silently): a warning, not an error. */
        WARNING;

        public boolean isError() {
            return this != WARNING;
        }
    }

    /** The same problem at another place, e.g. offsets into the whole value instead of one word. */
    public ValueProblem shifted(int offset) {
        return new ValueProblem(start + offset, end + offset, kind, effect, message);
    }
}
