package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SuccessExitStatus=, RestartPreventExitStatus= and RestartForceExitStatus= as systemd reads
 * them ({@code config_parse_set_status()}, 252–262): words, each an exit status (0–255 or a name
 * such as TEMPFAIL) or a signal (SIGTERM, TERM, a signal number is read as an exit status).
 * systemd drops a word it cannot parse and keeps the others.
 */
public final class ExitStatusSet {

    /** One word: an exit status (0–255), a signal (its number, as {@code signal}), or neither. */
    public record Status(String word, int start, int end, int exitStatus, int signal) {
        public boolean valid() {
            return exitStatus >= 0 || signal > 0;
        }
    }

    private ExitStatusSet() {
    }

    /** exit_status_from_string(): a name of the exit-status table or safe_atou8(); −1 when neither. */
    public static int exitStatus(String word, int release) {
        if (NameTables.get().has("exit_status", word, release)) {
            return 256; // a named status; its number is not needed here
        }
        CNumbers.Parsed n = CNumbers.safeAtou8(word);
        return n.ok() ? n.value().intValue() : -1;
    }

    /** The words, and whether a trailing backslash cut the list (then the rest is dropped). */
    public static List<Status> parse(String value, int release) {
        List<Status> out = new ArrayList<>();
        for (ExtractWord.Word w : ExtractWord.split(value, null, 0).words()) {
            int status = exitStatus(w.text(), release);
            int signal = status >= 0 ? 0 : Signals.parse(w.text()).orElse(0);
            out.add(new Status(w.text(), w.start(), w.end(), status, signal));
        }
        return out;
    }

    static void check(String v, ValueContext c, Problems out) {
        for (Status s : parse(v, c.release())) {
            if (!s.valid()) {
                out.invalid(s.start(), s.end(), "'" + s.word() + "' is neither an exit status nor a signal",
                        Effect.WORD_IGNORED, "Failed to parse value, ignoring: " + s.word(),
                        "Write exit statuses (0–255 or names such as TEMPFAIL) and signal names such as SIGTERM"
                                + Optional.ofNullable(Signals.suggest(s.word())).map(x -> "; did you mean " + x + "?").orElse(""));
            }
        }
        ExtractWord.Split split = ExtractWord.split(v, null, 0);
        if (split.failed()) {
            out.invalid(split.error(), v.length(), "A trailing backslash in " + c.key() + "=", Effect.REST_IGNORED,
                    "Failed to parse " + c.key() + "=" + v, "Remove it");
        }
    }
}
