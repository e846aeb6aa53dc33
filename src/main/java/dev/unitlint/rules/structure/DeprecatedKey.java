package dev.unitlint.rules.structure;

import dev.unitlint.catalog.Directive;
import dev.unitlint.catalog.DirectiveStatus;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A key that still works in the target release but has a successor: deprecated settings
 * (MemoryLimit=, CPUShares=, BlockIO*=, PermissionsStartOnly=), obsolete names systemd maps
 * onto others with a warning (RequiresOverridable=, OnFailureIsolate=), undocumented aliases
 * (BindTo=, ReadWriteDirectories=, StartLimitInterval=) and [Service] keys that moved to [Unit].
 */
@RuleId("SD107")
public final class DeprecatedKey implements Rule {

    /** The statuses this rule reports (the switch below). */
    private static final Set<DirectiveStatus> REPORTED = EnumSet.of(DirectiveStatus.DEPRECATED,
            DirectiveStatus.OBSOLETE_REMAPPED, DirectiveStatus.ALIAS, DirectiveStatus.COMPAT_MOVED);

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> found = KnownKeys.accepted(unit, assignment, release);
            if (found.isEmpty() || KnownKeys.reportedElsewhere(assignment.section(), assignment.key())) {
                continue;
            }
            Directive d = found.get();
            DirectiveStatus status = d.statusIn(release);
            if (!REPORTED.contains(status)) {
                continue; // nearly every key: the successor and its fix are worked out only when needed
            }
            String key = assignment.key();
            String successor = KeyRemovedOrIgnored.replacement(d);
            Optional<Fix> fix = KeyFixes.successor(unit, assignment, d, release);
            switch (status) {
                // Warning where systemd warns when loading the unit; the rest still works silently: info.
                case DEPRECATED -> context.report(systemdMessage(key).isEmpty() ? Severity.INFO : Severity.WARNING,
                        assignment.file(), assignment.entry().keySpan(),
                        key + "= is deprecated" + (systemdMessage(key).isEmpty() ? "" : " (systemd logs \"" + systemdMessage(key) + "\")")
                                + " and later releases ignore it: use " + successor + " instead", fix);
                case OBSOLETE_REMAPPED -> context.report(Severity.WARNING, assignment.file(), assignment.entry().keySpan(),
                        key + "= is obsolete: systemd maps it onto " + successor + " and logs a warning; write " + successor
                                + (key.equals("OnFailureIsolate") ? "isolate" : "") + " instead", fix);
                case ALIAS -> context.report(Severity.INFO, assignment.file(), assignment.entry().keySpan(),
                        key + "= is an undocumented old name of " + successor + "; systemd still accepts it silently. Write "
                                + successor + " instead", fix);
                case COMPAT_MOVED -> context.report(Severity.INFO, assignment.file(), assignment.entry().keySpan(),
                        key + "= belongs in [Unit]; [" + assignment.section() + "] still accepts it for compatibility."
                                + " Move it to [Unit] as " + successor.replace("Unit.", ""));
                default -> {
                }
            }
        }
    }

    /**
     * What systemd 252 logs for the deprecated keys it warns about (load-fragment.c:176, 3905,
     * 4430, 4508; each checked with systemd-analyze verify 252). BlockIOAccounting=,
     * BlockIOWeight=, StartupBlockIOWeight= and PermissionsStartOnly= load without a word.
     */
    private static String systemdMessage(String key) {
        return switch (key) {
            case "CPUShares", "StartupCPUShares" -> "Unit uses " + key + "=; please use CPUWeight= instead. Support for "
                    + key + "= will be removed soon.";
            case "MemoryLimit" -> "Unit uses MemoryLimit=; please use MemoryMax= instead. Support for MemoryLimit= will be removed soon.";
            case "BlockIODeviceWeight", "BlockIOReadBandwidth", "BlockIOWriteBandwidth" -> "Unit uses " + key
                    + "=; please use IO*= settings instead. Support for " + key + "= will be removed soon.";
            default -> "";
        };
    }
}
