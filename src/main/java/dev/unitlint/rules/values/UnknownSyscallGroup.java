package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.Words;

import java.util.Optional;
import java.util.Set;

/**
 * An {@code @group} in SystemCallFilter= (or SystemCallLog=) that systemd does not have:
 * {@code @system-services}, {@code @System-service}. systemd logs "Unknown system call group"
 * and drops the group, so an allow-list misses the calls the service needs (it dies with
 * SIGSYS) or a deny-list blocks less than intended.
 */
@RuleId("SD207")
public final class UnknownSyscallGroup implements Rule {

    /** The groups of systemd 252 (seccomp-util.c syscall_filter_sets), each verified with systemd-analyze verify. */
    static final Set<String> GROUPS_252 = Set.of(
            "@aio", "@basic-io", "@chown", "@clock", "@cpu-emulation", "@debug", "@default", "@file-system",
            "@io-event", "@ipc", "@keyring", "@known", "@memlock", "@module", "@mount", "@network-io", "@obsolete",
            "@pkey", "@privileged", "@process", "@raw-io", "@reboot", "@resources", "@setuid", "@signal", "@swap",
            "@sync", "@system-service", "@timer");
    /** Groups added after 252: not flagged for newer targets, since the catalog holds no syscall tables. */
    static final Set<String> GROUPS_AFTER_252 = Set.of("@sandbox");

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            if (directive.isEmpty()) {
                continue;
            }
            String parser = directive.get().parserIn(release);
            if (!parser.equals("config_parse_syscall_filter") && !parser.equals("config_parse_syscall_log")) {
                continue;
            }
            String value = assignment.value();
            for (Words.Word w : Words.split(value, value.startsWith("~") ? 1 : 0)) {
                String word = w.text();
                int start = w.start();
                int colon = word.indexOf(':');
                String name = colon < 0 ? word : word.substring(0, colon);
                if (!name.startsWith("@") || GROUPS_252.contains(name) || release > 252 && GROUPS_AFTER_252.contains(name)) {
                    continue;
                }
                String guess = KnownKeys.closest(name, GROUPS_252).map(g -> "; did you mean " + g + "?").orElse("");
                context.report(assignment.file(), assignment.entry().value().span(start, start + name.length()),
                        "Unknown system call group " + name + ": systemd drops it (\"Unknown system call group, ignoring: "
                                + name + "\")" + guess + " (systemd-analyze syscall-filter lists the groups)");
            }
        }
    }
}
