package dev.unitlint.rules;

import dev.unitlint.rules.conditions.ArchitectureWithPersonality;
import dev.unitlint.rules.conditions.ConditionCgroupV1;
import dev.unitlint.rules.conditions.ConditionEnvironmentOfUnit;
import dev.unitlint.rules.conditions.ConditionGroupSystem;
import dev.unitlint.rules.conditions.EmptyAssignmentResetsFamily;
import dev.unitlint.rules.conditions.FirstBootWithoutOrdering;
import dev.unitlint.rules.conditions.NeedsUpdateWithoutOrdering;
import dev.unitlint.rules.conditions.TriggerAfterNegation;
import dev.unitlint.rules.dependencies.AliasNotSupported;
import dev.unitlint.rules.dependencies.AliasTypeMismatch;
import dev.unitlint.rules.dependencies.AllowIsolateNonTarget;
import dev.unitlint.rules.dependencies.BeforeDevice;
import dev.unitlint.rules.dependencies.ConflictsWithoutOrdering;
import dev.unitlint.rules.dependencies.DefaultInstanceOutsideTemplate;
import dev.unitlint.rules.dependencies.EmptyDependencyNotReset;
import dev.unitlint.rules.dependencies.InstallNotUnitName;
import dev.unitlint.rules.dependencies.InstallTargetForType;
import dev.unitlint.rules.dependencies.InstanceSpecifierOutsideTemplate;
import dev.unitlint.rules.dependencies.JoinsNamespaceWithoutNamespace;
import dev.unitlint.rules.dependencies.NetworkOnlineWithoutWants;
import dev.unitlint.rules.dependencies.RequirementWithoutOrdering;
import dev.unitlint.rules.dependencies.RequisiteWithoutOrdering;
import dev.unitlint.rules.dependencies.TemplateSliceStoppedAtShutdown;
import dev.unitlint.rules.dependencies.WantsPassiveNetworkTarget;
import dev.unitlint.rules.deprecation.DeprecatedCgroupSpecifier;
import dev.unitlint.rules.deprecation.KillModeNone;
import dev.unitlint.rules.deprecation.StandardOutputSyslog;
import dev.unitlint.rules.deprecation.UserNobody;
import dev.unitlint.rules.deprecation.VarRunPath;
import dev.unitlint.rules.effect.ExecSettingWithoutEffect;
import dev.unitlint.rules.effect.PathSettingWithoutEffect;
import dev.unitlint.rules.effect.ResourceSettingWithoutEffect;
import dev.unitlint.rules.effect.ServiceSettingWithoutEffect;
import dev.unitlint.rules.effect.SocketSettingWithoutEffect;
import dev.unitlint.rules.effect.TimerSettingWithoutEffect;
import dev.unitlint.rules.exec.ContinuationSwallowsLine;
import dev.unitlint.rules.exec.DaemonizingCommand;
import dev.unitlint.rules.exec.DevStderrWithJournal;
import dev.unitlint.rules.exec.EnvironmentVariableWords;
import dev.unitlint.rules.exec.ExecPrefixMisuse;
import dev.unitlint.rules.exec.ExecReloadAsyncSignal;
import dev.unitlint.rules.exec.ExecStopOnlySignals;
import dev.unitlint.rules.exec.InvalidExecProgram;
import dev.unitlint.rules.exec.JitWithMemoryDenyWriteExecute;
import dev.unitlint.rules.exec.MountInPrivateNamespace;
import dev.unitlint.rules.exec.ProgramIsVariable;
import dev.unitlint.rules.exec.ShellSyntaxInCommand;
import dev.unitlint.rules.exec.SpecifierInCommand;
import dev.unitlint.rules.exec.SpecifierNotServiceUser;
import dev.unitlint.rules.exec.TrailingComment;
import dev.unitlint.rules.exec.TruncateOutputReopened;
import dev.unitlint.rules.exec.VariableExpandsEmpty;
import dev.unitlint.rules.exec.VariableNotExpanded;
import dev.unitlint.rules.meaning.AddressFamiliesWithoutUnix;
import dev.unitlint.rules.meaning.AddressSpaceLimit;
import dev.unitlint.rules.meaning.CalendarInThePast;
import dev.unitlint.rules.meaning.CpuQuotaPeriodOutOfRange;
import dev.unitlint.rules.meaning.DeviceAllowGlob;
import dev.unitlint.rules.meaning.DynamicUserIncompatible;
import dev.unitlint.rules.meaning.DynamicUserOverrides;
import dev.unitlint.rules.meaning.FreeBindRecommended;
import dev.unitlint.rules.meaning.InterfacesWithoutLoopback;
import dev.unitlint.rules.meaning.IoLimitOnPartition;
import dev.unitlint.rules.meaning.LimitNiceRaw;
import dev.unitlint.rules.meaning.MountOptionFstabOnly;
import dev.unitlint.rules.meaning.MountPropagationFlags;
import dev.unitlint.rules.meaning.NestedUnderInaccessible;
import dev.unitlint.rules.meaning.NumaPolicyWithoutMask;
import dev.unitlint.rules.meaning.SchedulingPriorityWithoutRealtime;
import dev.unitlint.rules.meaning.SecretInEnvironment;
import dev.unitlint.rules.meaning.SocketRemoveOnStop;
import dev.unitlint.rules.meaning.TimeSpanMonths;
import dev.unitlint.rules.meaning.UnusualDefaultTimeUnit;
import dev.unitlint.rules.links.DanglingLink;
import dev.unitlint.rules.links.DependencyEntryNotALink;
import dev.unitlint.rules.links.DependencyLinkNameMismatch;
import dev.unitlint.rules.links.InvalidAliasLink;
import dev.unitlint.rules.links.LinkOutsideTree;
import dev.unitlint.rules.meta.UnusedSuppression;
import dev.unitlint.rules.references.InvalidUnitName;
import dev.unitlint.rules.references.MissingTriggeredUnit;
import dev.unitlint.rules.references.NonBlockingWithoutSocket;
import dev.unitlint.rules.references.OrderingCycle;
import dev.unitlint.rules.references.RequirementCycle;
import dev.unitlint.rules.references.RuntimeDirectoryShared;
import dev.unitlint.rules.references.StandardStreamSocketWithoutSocket;
import dev.unitlint.rules.references.TimerTriggersLastingUnit;
import dev.unitlint.rules.references.UnknownUnitReference;
import dev.unitlint.rules.refusals.AcceptingSocketNonStream;
import dev.unitlint.rules.refusals.AcceptingSocketWithService;
import dev.unitlint.rules.refusals.AcceptingSocketWithoutConnections;
import dev.unitlint.rules.refusals.AutomountForRoot;
import dev.unitlint.rules.refusals.DbusWithoutBusName;
import dev.unitlint.rules.refusals.DynamicUserHomeDirectory;
import dev.unitlint.rules.refusals.ExitTypeCgroupOneshot;
import dev.unitlint.rules.refusals.MountNameMismatch;
import dev.unitlint.rules.refusals.MountOnApiFileSystem;
import dev.unitlint.rules.refusals.MountWithoutWhat;
import dev.unitlint.rules.refusals.MultipleExecStart;
import dev.unitlint.rules.refusals.PamWithoutControlGroupKill;
import dev.unitlint.rules.refusals.PathWithoutTrigger;
import dev.unitlint.rules.refusals.PrivatePidsUnsupported;
import dev.unitlint.rules.refusals.RelativeWorkingDirectory;
import dev.unitlint.rules.refusals.RuntimeMaxOnOneshot;
import dev.unitlint.rules.refusals.RuntimeRandomizedWithoutMax;
import dev.unitlint.rules.refusals.ServiceWithoutExecStart;
import dev.unitlint.rules.refusals.SocketWithoutListen;
import dev.unitlint.rules.refusals.SwapNameMismatch;
import dev.unitlint.rules.refusals.TimerWithoutTrigger;
import dev.unitlint.rules.restart.EmergencyActionWithoutShutdown;
import dev.unitlint.rules.restart.ExitStatusContradiction;
import dev.unitlint.rules.restart.FailureHandlingNeverRuns;
import dev.unitlint.rules.restart.FinalKillSignalCatchable;
import dev.unitlint.rules.restart.IsolateWithSeveralUnits;
import dev.unitlint.rules.restart.KillModeProcess;
import dev.unitlint.rules.restart.OneshotStopRunsAtOnce;
import dev.unitlint.rules.restart.PidFileWithoutForking;
import dev.unitlint.rules.restart.RestartAlwaysOnOneshot;
import dev.unitlint.rules.restart.RestartBackoffIncomplete;
import dev.unitlint.rules.restart.RestartBlockedByLeftovers;
import dev.unitlint.rules.restart.RestartForceExitStatusOnOneshot;
import dev.unitlint.rules.restart.RestartMaxDelayBelowRestartSec;
import dev.unitlint.rules.restart.RestartStorm;
import dev.unitlint.rules.restart.StartLimitGivesUpFast;
import dev.unitlint.rules.restart.StartLimitActionNeverFires;
import dev.unitlint.rules.restart.StartLimitIgnoredForType;
import dev.unitlint.rules.restart.StartLimitInServiceSection;
import dev.unitlint.rules.restart.StartLimitNeverTrips;
import dev.unitlint.rules.restart.TimerCoarserThanInterval;
import dev.unitlint.rules.restart.TriggersItself;
import dev.unitlint.rules.restart.TriggersTemplate;
import dev.unitlint.rules.security.SecurityRules;
import dev.unitlint.rules.syntax.AssignmentOutsideSection;
import dev.unitlint.rules.syntax.BinaryFile;
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
import dev.unitlint.rules.values.InvalidDependencyName;
import dev.unitlint.rules.values.InvalidPath;
import dev.unitlint.rules.values.SettingNotForUnitType;
import dev.unitlint.rules.values.InvalidValue;
import dev.unitlint.rules.values.UnknownCapability;
import dev.unitlint.rules.values.UnknownSyscallGroup;
import dev.unitlint.rules.values.UserGroupName;
import dev.unitlint.rules.values.ValueTooNew;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every rule unitlint has, listed explicitly (no class-path scanning), sorted by ID. A rule
 * added here needs {@code rules/<id>.md} and {@code testdata/rules/<id>/}; RegistryTest fails
 * until all three exist.
 */
public final class BuiltInRules {

    private static final List<Rule> RULES = withSecurityRules(List.of(
            // keep-sorted start
            new MissingEquals(),                        // SD001
            new AssignmentOutsideSection(),             // SD002
            new InvalidSectionHeader(),                 // SD003
            new InvalidUtf8(),                          // SD004
            new LineTooLong(),                          // SD005
            new DanglingLink(),                         // SD006
            new LinkOutsideTree(),                      // SD007
            new DependencyLinkNameMismatch(),           // SD008
            new DependencyEntryNotALink(),              // SD009
            new InvalidAliasLink(),                     // SD010
            new BinaryFile(),                           // SD020
            new UnknownSection(),                       // SD101
            new SectionNotForUnitType(),                // SD102
            new UnknownKey(),                           // SD103
            new MisplacedKey(),                         // SD104
            new KeyTooNew(),                            // SD105
            new KeyRemovedOrIgnored(),                  // SD106
            new DeprecatedKey(),                        // SD107
            new DuplicateSingleValueKey(),              // SD108
            new InstallInDropIn(),                      // SD109
            new InvalidValue(),                         // SD201
            new EmptyValueRejected(),                   // SD202
            new ValueTooNew(),                          // SD203
            new InvalidDependencyName(),                 // SD204
            new UserGroupName(),                        // SD205
            new UnknownCapability(),                    // SD206
            new UnknownSyscallGroup(),                  // SD207
            new InvalidCalendarSpec(),                  // SD208
            new InvalidPath(),                          // SD209
            new SettingNotForUnitType(),                // SD210
            new RestartAlwaysOnOneshot(),               // SD301
            new StartLimitNeverTrips(),                 // SD302
            new StartLimitInServiceSection(),           // SD303
            new RestartStorm(),                         // SD304
            new StartLimitGivesUpFast(),                // SD305
            new RestartBackoffIncomplete(),             // SD306
            new RestartMaxDelayBelowRestartSec(),       // SD307
            new RestartForceExitStatusOnOneshot(),      // SD308
            new ExitStatusContradiction(),              // SD309
            new EmergencyActionWithoutShutdown(),       // SD310
            new TriggersItself(),                       // SD311
            new IsolateWithSeveralUnits(),              // SD312
            new TriggersTemplate(),                     // SD313
            new FailureHandlingNeverRuns(),             // SD314
            new StartLimitActionNeverFires(),           // SD315
            new OneshotStopRunsAtOnce(),                // SD316
            new ServiceSettingWithoutEffect(),          // SD317
            new PidFileWithoutForking(),                // SD318
            new RestartBlockedByLeftovers(),            // SD320
            new FinalKillSignalCatchable(),             // SD321
            new KillModeProcess(),                      // SD322
            new StartLimitIgnoredForType(),             // SD323
            new TimerSettingWithoutEffect(),            // SD324
            new TimerCoarserThanInterval(),             // SD325
            new ServiceWithoutExecStart(),              // SD401
            new MultipleExecStart(),                    // SD402
            new DbusWithoutBusName(),                   // SD403
            new ExitTypeCgroupOneshot(),                // SD404
            new PamWithoutControlGroupKill(),           // SD405
            new PrivatePidsUnsupported(),               // SD406
            new RuntimeMaxOnOneshot(),                  // SD407
            new RuntimeRandomizedWithoutMax(),          // SD408
            new TimerWithoutTrigger(),                  // SD409
            new SocketWithoutListen(),                  // SD410
            new AcceptingSocketWithService(),           // SD411
            new PathWithoutTrigger(),                   // SD412
            new MountNameMismatch(),                    // SD413
            new MountWithoutWhat(),                     // SD414
            new SwapNameMismatch(),                     // SD415
            new AutomountForRoot(),                     // SD416
            new RelativeWorkingDirectory(),             // SD417
            new AcceptingSocketNonStream(),             // SD418
            new MountOnApiFileSystem(),                 // SD419
            new AcceptingSocketWithoutConnections(),    // SD420
            new DynamicUserHomeDirectory(),             // SD421
            new ShellSyntaxInCommand(),                 // SD501
            new EnvironmentVariableWords(),             // SD502
            new SpecifierInCommand(),                   // SD503
            new InvalidExecProgram(),                   // SD504
            new ExecPrefixMisuse(),                     // SD505
            new VariableNotExpanded(),                  // SD506
            new VariableExpandsEmpty(),                 // SD507
            new SpecifierNotServiceUser(),              // SD508
            new DaemonizingCommand(),                   // SD509
            new ExecStopOnlySignals(),                  // SD510
            new ExecReloadAsyncSignal(),                // SD511
            new MountInPrivateNamespace(),              // SD512
            new DevStderrWithJournal(),                 // SD513
            new TrailingComment(),                      // SD514
            new ContinuationSwallowsLine(),             // SD515
            new JitWithMemoryDenyWriteExecute(),        // SD516
            new TruncateOutputReopened(),               // SD517
            new ProgramIsVariable(),                    // SD518
            new NetworkOnlineWithoutWants(),            // SD601
            new WantsPassiveNetworkTarget(),            // SD602
            new RequirementWithoutOrdering(),           // SD603
            new InstallTargetForType(),                 // SD604
            new AliasTypeMismatch(),                    // SD605
            new DefaultInstanceOutsideTemplate(),       // SD606
            new InstanceSpecifierOutsideTemplate(),     // SD607
            new InstallNotUnitName(),                   // SD608
            new RequisiteWithoutOrdering(),             // SD609
            new ConflictsWithoutOrdering(),             // SD610
            new BeforeDevice(),                         // SD611
            new JoinsNamespaceWithoutNamespace(),       // SD612
            new AllowIsolateNonTarget(),                // SD613
            new EmptyDependencyNotReset(),              // SD614
            new AliasNotSupported(),                    // SD615
            new TemplateSliceStoppedAtShutdown(),       // SD618
            new StandardOutputSyslog(),                 // SD701
            new KillModeNone(),                         // SD702
            new VarRunPath(),                           // SD703
            new DeprecatedCgroupSpecifier(),            // SD704
            new UserNobody(),                           // SD706
            new TimeSpanMonths(),                       // SD707
            new UnusualDefaultTimeUnit(),               // SD708
            new LimitNiceRaw(),                         // SD709
            new AddressSpaceLimit(),                    // SD710
            new DynamicUserOverrides(),                 // SD711
            new DynamicUserIncompatible(),              // SD712
            new ExecSettingWithoutEffect(),             // SD713
            new ResourceSettingWithoutEffect(),         // SD714
            new SocketSettingWithoutEffect(),           // SD715
            new PathSettingWithoutEffect(),             // SD716
            new MountOptionFstabOnly(),                 // SD717
            new SchedulingPriorityWithoutRealtime(),    // SD718
            new NumaPolicyWithoutMask(),                // SD719
            new CpuQuotaPeriodOutOfRange(),             // SD720
            new IoLimitOnPartition(),                   // SD721
            new DeviceAllowGlob(),                      // SD722
            new AddressFamiliesWithoutUnix(),           // SD723
            new InterfacesWithoutLoopback(),            // SD724
            new SecretInEnvironment(),                  // SD725
            new MountPropagationFlags(),                // SD726
            new NestedUnderInaccessible(),              // SD727
            new SocketRemoveOnStop(),                   // SD728
            new FreeBindRecommended(),                  // SD729
            new EmptyAssignmentResetsFamily(),          // SD730
            new TriggerAfterNegation(),                 // SD731
            new ConditionEnvironmentOfUnit(),           // SD732
            new ConditionGroupSystem(),                 // SD733
            new ConditionCgroupV1(),                    // SD734
            new FirstBootWithoutOrdering(),             // SD735
            new NeedsUpdateWithoutOrdering(),           // SD736
            new ArchitectureWithPersonality(),          // SD737
            new CalendarInThePast(),                    // SD738
            new UnknownUnitReference(),                 // SD801
            new OrderingCycle(),                        // SD802
            new RequirementCycle(),                     // SD803
            new MissingTriggeredUnit(),                 // SD804
            new InvalidUnitName(),                      // SD806
            new TimerTriggersLastingUnit(),             // SD807
            new NonBlockingWithoutSocket(),             // SD808
            new StandardStreamSocketWithoutSocket(),    // SD809
            new RuntimeDirectoryShared(),               // SD820
            new UnusedSuppression()                     // SD901
            // keep-sorted end
    ));

    /** The SEC rules follow the SD rules: one per row of systemd's table of security checks. */
    private static List<Rule> withSecurityRules(List<Rule> rules) {
        List<Rule> all = new java.util.ArrayList<>(rules);
        all.addAll(SecurityRules.all());
        return List.copyOf(all);
    }

    /** Documents read so far, by rule ID: only explain, SARIF and tests read them. */
    private static final Map<String, RuleMetadata> DOCUMENTS = new ConcurrentHashMap<>();

    private BuiltInRules() {
    }

    public static List<Rule> all() {
        return RULES;
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    private static final Map<String, Rule> BY_ID = new java.util.HashMap<>();

    static {
        for (Rule rule : RULES) {
            BY_ID.put(rule.id(), rule);
        }
    }

    /**
     * A rule's ID, name, severity and summary, from the index generated at build time
     * ({@link RuleIndex}): what a lint run needs, without reading the rule's document.
     */
    public static RuleHeader header(String id) {
        return RuleIndex.get().header(id).orElseThrow(() -> new IllegalArgumentException("unknown rule " + id));
    }

    /** Whether a rule runs without being selected ({@link RuleHeader#enabledByDefault}), from the index. */
    public static boolean enabledByDefault(String id) {
        return header(id).enabledByDefault();
    }

    /** The full document of every rule, read from {@code rules/<id>.md} (explain, SARIF). */
    public static Map<String, RuleMetadata> metadata() {
        Map<String, RuleMetadata> result = new LinkedHashMap<>();
        for (Rule rule : RULES) {
            result.put(rule.id(), metadata(rule.id()));
        }
        return result;
    }

    /** The full document of one rule, read once; a lint run uses {@link #header} instead. */
    public static RuleMetadata metadata(String id) {
        RuleMetadata meta = DOCUMENTS.get(id);
        if (meta == null) {
            if (!RuleIndex.get().headers().containsKey(id)) {
                throw new IllegalArgumentException("unknown rule " + id);
            }
            meta = RuleDocument.load(id);
            DOCUMENTS.put(id, meta);
        }
        return meta;
    }
}
