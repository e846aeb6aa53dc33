package dev.unitlint.rules;

import dev.unitlint.rules.dependencies.AliasTypeMismatch;
import dev.unitlint.rules.dependencies.DefaultInstanceOutsideTemplate;
import dev.unitlint.rules.dependencies.InstallNotUnitName;
import dev.unitlint.rules.dependencies.InstallTargetForType;
import dev.unitlint.rules.dependencies.InstanceSpecifierOutsideTemplate;
import dev.unitlint.rules.dependencies.NetworkOnlineWithoutWants;
import dev.unitlint.rules.dependencies.RequirementWithoutOrdering;
import dev.unitlint.rules.dependencies.WantsPassiveNetworkTarget;
import dev.unitlint.rules.deprecation.DeprecatedCgroupSpecifier;
import dev.unitlint.rules.deprecation.KillModeNone;
import dev.unitlint.rules.deprecation.OnFailureIsolate;
import dev.unitlint.rules.deprecation.StandardOutputSyslog;
import dev.unitlint.rules.deprecation.UserNobody;
import dev.unitlint.rules.deprecation.VarRunPath;
import dev.unitlint.rules.exec.EnvironmentVariableWords;
import dev.unitlint.rules.exec.ExecPrefixMisuse;
import dev.unitlint.rules.exec.InvalidExecProgram;
import dev.unitlint.rules.exec.ShellSyntaxInCommand;
import dev.unitlint.rules.exec.SpecifierInCommand;
import dev.unitlint.rules.restart.RestartAlwaysOnOneshot;
import dev.unitlint.rules.restart.StartLimitInServiceSection;
import dev.unitlint.rules.restart.StartLimitNeverTrips;
import dev.unitlint.rules.syntax.AssignmentOutsideSection;
import dev.unitlint.rules.syntax.InvalidSectionHeader;
import dev.unitlint.rules.syntax.InvalidUtf8;
import dev.unitlint.rules.syntax.LineTooLong;
import dev.unitlint.rules.syntax.MissingEquals;
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
            new RestartAlwaysOnOneshot(),        // SD301
            new StartLimitNeverTrips(),          // SD302
            new StartLimitInServiceSection(),    // SD303
            new ShellSyntaxInCommand(),          // SD501
            new EnvironmentVariableWords(),      // SD502
            new SpecifierInCommand(),            // SD503
            new InvalidExecProgram(),            // SD504
            new ExecPrefixMisuse(),              // SD505
            new NetworkOnlineWithoutWants(),     // SD601
            new WantsPassiveNetworkTarget(),     // SD602
            new RequirementWithoutOrdering(),    // SD603
            new InstallTargetForType(),          // SD604
            new AliasTypeMismatch(),             // SD605
            new DefaultInstanceOutsideTemplate(), // SD606
            new InstanceSpecifierOutsideTemplate(), // SD607
            new InstallNotUnitName(),            // SD608
            new StandardOutputSyslog(),          // SD701
            new KillModeNone(),                  // SD702
            new VarRunPath(),                    // SD703
            new DeprecatedCgroupSpecifier(),     // SD704
            new OnFailureIsolate(),              // SD705
            new UserNobody()                     // SD706
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
