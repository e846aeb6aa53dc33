package dev.unitlint.security;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.security.SecurityAssessment.Result;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.UnitFile;
import java.util.Optional;

/**
 * Where a check's result was decided, and how to say so: at the assignment in force (its value),
 * at the directive that implies the setting (its key), or, for a setting that is not written
 * anywhere, at the unit's {@code [Service]} header.
 *
 * @param file the file (unit file or drop-in)
 * @param span the value, key or header
 */
public record Decider(UnitFile file, Span span) {

    /** The place a source points at; empty only for a unit without any {@code [Service]} section. */
    public static Optional<Decider> of(Unit unit, Source source) {
        Assignment a = source.assignment();
        if (a != null) {
            if (source.implied() || a.value().isEmpty()) {
                return Optional.of(new Decider(a.file(), a.entry().keySpan()));
            }
            return Optional.of(new Decider(a.file(), a.entry().value().span()));
        }
        for (UnitFile file : unit.files()) {
            for (Section section : file.sections()) {
                if (section.name().equals("Service")) {
                    return Optional.of(new Decider(file, section.header().span()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The finding's message: what is set (or that nothing is), what it means, and the setting
     * that would pass, e.g. "PrivateNetwork= is not set: the service has access to the host's
     * network; set PrivateNetwork=yes".
     */
    public static String message(Result result) {
        Assessor.Verdict v = result.verdict();
        Source source = v.source();
        String what;
        if (source.assignment() == null) {
            what = notSet(result.check());
        } else {
            what = source.assignment().key() + "=" + abbreviate(source.assignment().value());
            if (source.implied()) {
                what += " implies " + source.implies();
            }
        }
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
