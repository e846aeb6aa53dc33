package dev.unitlint.rules;

import dev.unitlint.rules.restart.RestartAlwaysOnOneshot;
import dev.unitlint.rules.restart.StartLimitInServiceSection;
import dev.unitlint.rules.restart.StartLimitNeverTrips;
import dev.unitlint.rules.syntax.AssignmentOutsideSection;
import dev.unitlint.rules.syntax.InvalidSectionHeader;
import dev.unitlint.rules.syntax.InvalidUtf8;
import dev.unitlint.rules.syntax.LineTooLong;
import dev.unitlint.rules.syntax.MissingEquals;
import dev.unitlint.rules.structure.DeprecatedKey;
import dev.unitlint.rules.structure.DuplicateSingleValueKey;
import dev.unitlint.rules.structure.InstallInDropIn;
import dev.unitlint.rules.structure.KeyRemovedOrIgnored;
import dev.unitlint.rules.structure.KeyTooNew;
import dev.unitlint.rules.structure.MisplacedKey;
import dev.unitlint.rules.structure.SectionNotForUnitType;
import dev.unitlint.rules.structure.UnknownKey;
import dev.unitlint.rules.structure.UnknownSection;
import dev.unitlint.rules.values.EmptyValueRejected;
import dev.unitlint.rules.values.InvalidCalendarSpec;
import dev.unitlint.rules.values.InvalidPath;
import dev.unitlint.rules.values.InvalidUnitName;
import dev.unitlint.rules.values.InvalidValue;
import dev.unitlint.rules.values.UnknownCapability;
import dev.unitlint.rules.values.UnknownSyscallGroup;
import dev.unitlint.rules.values.UserGroupName;
import dev.unitlint.rules.values.ValueTooNew;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule unitlint has, listed explicitly (no class-path scanning), sorted by ID. A rule
 * added here needs {@code rules/<id>.md} and {@code testdata/rules/<id>/}; RegistryTest fails
 * until all three exist.
 */
public final class BuiltInRules {

    private static final List<Rule> RULES = List.of(
            // keep-sorted start
            new MissingEquals(),                 // SD001
            new AssignmentOutsideSection(),      // SD002
            new InvalidSectionHeader(),          // SD003
            new InvalidUtf8(),                   // SD004
            new LineTooLong(),                   // SD005
            new UnknownSection(),                // SD101
            new SectionNotForUnitType(),         // SD102
            new UnknownKey(),                    // SD103
            new MisplacedKey(),                  // SD104
            new KeyTooNew(),                     // SD105
            new KeyRemovedOrIgnored(),           // SD106
            new DeprecatedKey(),                 // SD107
            new DuplicateSingleValueKey(),       // SD108
            new InstallInDropIn(),               // SD109
            new InvalidValue(),                  // SD201
            new EmptyValueRejected(),            // SD202
            new ValueTooNew(),                   // SD203
            new InvalidUnitName(),               // SD204
            new UserGroupName(),                 // SD205
            new UnknownCapability(),             // SD206
            new UnknownSyscallGroup(),           // SD207
            new InvalidCalendarSpec(),           // SD208
            new InvalidPath(),                   // SD209
            new RestartAlwaysOnOneshot(),        // SD301
            new StartLimitNeverTrips(),          // SD302
            new StartLimitInServiceSection()     // SD303
            // keep-sorted end
    );

    private static volatile Map<String, RuleMetadata> metadata;

    private BuiltInRules() {
    }

    public static List<Rule> all() {
        return RULES;
    }

    public static Optional<Rule> byId(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The metadata of every rule, read from its document once. */
    public static Map<String, RuleMetadata> metadata() {
        Map<String, RuleMetadata> result = metadata;
        if (result == null) {
            synchronized (BuiltInRules.class) {
                result = metadata;
                if (result == null) {
                    result = new LinkedHashMap<>();
                    for (Rule rule : RULES) {
                        result.put(rule.id(), RuleDocument.load(rule.id()));
                    }
                    metadata = result;
                }
            }
        }
        return result;
    }

    public static RuleMetadata metadata(String id) {
        RuleMetadata meta = metadata().get(id);
        if (meta == null) {
            throw new IllegalArgumentException("unknown rule " + id);
        }
        return meta;
    }
}
