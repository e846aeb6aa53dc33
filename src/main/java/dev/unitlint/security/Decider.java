package dev.unitlint.security;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.security.SecurityAssessment.Result;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.UnitFile;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a check's result was decided, and how to say so: at the assignment in force (its value),
 * at the directive that implies the setting (its key), or, for a setting that is not written
 * anywhere, at the unit's {@code [Service]} header (its first section header when it has no
 * {@code [Service]} at all).
 *
 * @param file the file (unit file or drop-in)
 * @param span the value, key or header
 */
public record Decider(UnitFile file, Span span) {

    /** The place a source points at; empty only for a unit without any section. */
    public static Optional<Decider> of(Unit unit, Source source) {
        return Optional.ofNullable(at(unit, source));
    }

    /** {@link #of} without the Optional, for the rules' inner loop. */
    public static Decider at(Unit unit, Source source) {
        Assignment a = source.assignment();
        if (a != null) {
            if (source.implied() || a.value().isEmpty()) {
                return new Decider(a.file(), a.entry().keySpan());
            }
            return new Decider(a.file(), a.entry().value().span());
        }
        // The unit file's [Service] header nearly always; asked for each failing check of each unit,
        // so the base file is looked at before a list of all files is made.
        UnitFile base = unit.base().orElse(null);
        Decider header = base == null ? null : serviceHeader(base);
        if (header != null) {
            return header;
        }
        for (UnitFile file : unit.dropIns()) {
            header = serviceHeader(file);
            if (header != null) {
                return header;
            }
        }
        // A service without a [Service] section (one that only has SuccessAction=, say): its first header.
        for (UnitFile file : unit.files()) {
            if (!file.sections().isEmpty()) {
                return new Decider(file, file.sections().get(0).header().span());
            }
        }
        return null;
    }

    private static Decider serviceHeader(UnitFile file) {
        for (Section section : file.sections()) {
            if (section.name().equals("Service")) {
                return new Decider(file, section.header().span());
            }
        }
        return null;
    }

    /**
     * The finding's message: what is set (or that nothing is), what it means, and the setting
     * that would pass, e.g. "PrivateNetwork= is not set: the service has access to the host's
     * network; set PrivateNetwork=yes".
     */
    public static String message(Result result) {
        Assessor.Verdict v = result.verdict();
        Source source = v.source();
        if (source.assignment() == null) {
            // Most services miss the same settings: one message per check and verdict serves them all
            // (built once, and one copy in memory for the thousands of findings of a corpus). The
            // assessors' strings are constants, so the last message of a row is nearly always the one.
            int row = rowOf(result.check().id());
            CachedMessage last = LAST_DEFAULT[row];
            if (last != null && last.description == v.description() && last.fix == v.fix()
                    && last.badness == v.badness() && last.range == result.range()) {
                return last.message;
            }
            String message = DEFAULT_MESSAGES.computeIfAbsent(new MessageKey(result.check().id(), v.description(),
                    v.fix(), v.badness(), result.range()), k -> compose(notSet(result.check()), result));
            LAST_DEFAULT[row] = new CachedMessage(v.description(), v.fix(), v.badness(), result.range(), message);
            return message;
        }
        String what = source.assignment().key() + "=" + abbreviate(source.assignment().value());
        if (source.implied()) {
            what += " implies " + source.implies();
        }
        return compose(what, result);
    }

    /** What a message of a setting that is not written depends on; the strings are mostly constants. */
    private record MessageKey(String checkId, String description, String fix, int badness, int range) {

        // Written out: a record's own equals and hashCode go through method handles, which the
        // C1-only JVM of a run calls slowly, and this key is looked up for thousands of findings.
        @Override
        public boolean equals(Object o) {
            return o instanceof MessageKey k && checkId.equals(k.checkId) && Objects.equals(description, k.description)
                    && Objects.equals(fix, k.fix) && badness == k.badness && range == k.range;
        }

        @Override
        public int hashCode() {
            return ((checkId.hashCode() * 31 + Objects.hashCode(description)) * 31 + Objects.hashCode(fix)) * 31
                    + badness * 7 + range;
        }
    }

    private static final ConcurrentHashMap<MessageKey, String> DEFAULT_MESSAGES = new ConcurrentHashMap<>();

    /** The last default-source message of each row (an immutable holder, so a racing read sees a whole one). */
    private record CachedMessage(String description, String fix, int badness, int range, String message) {
    }

    private static final CachedMessage[] LAST_DEFAULT = new CachedMessage[100];

    private static int rowOf(String id) {
        return (id.charAt(3) - '0') * 100 + (id.charAt(4) - '0') * 10 + (id.charAt(5) - '0');
    }

    private static String compose(String what, Result result) {
        Assessor.Verdict v = result.verdict();
        String partial = result.badness() < result.range()
                ? " (badness " + result.badness() + " of " + result.range() + ")" : "";
        return what + ": " + v.description() + partial + "; " + v.fix();
    }

    private static String notSet(SecurityCheck check) {
        String setting = check.setting();
        if (setting.equals("User=/DynamicUser=")) {
            return "neither User= nor DynamicUser= is set";
        }
        if (setting.equals("RootDirectory=/RootImage=")) {
            return "neither RootDirectory= nor RootImage= is set";
        }
        return setting.substring(0, setting.indexOf('=') + 1) + " is not set";
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
