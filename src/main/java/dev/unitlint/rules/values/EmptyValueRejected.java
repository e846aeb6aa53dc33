package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;

import java.util.Optional;
import java.util.Set;

/**
 * An empty value for a key whose parser does not treat empty as "reset": {@code Type=},
 * {@code Restart=}, {@code RestartSec=}, {@code UMask=}. systemd logs "Failed to parse …,
 * ignoring: " and keeps the previous value — the opposite of what an empty assignment was
 * meant to do. For list keys and for keys such as {@code Nice=} or {@code MemoryMax=} an
 * empty value resets the setting, and that is fine.
 */
@RuleId("SD202")
public final class EmptyValueRejected implements Rule {

    /**
     * Parsers that reject an empty value, established by running {@code systemd-analyze verify}
     * of systemd 252 on every directive of the catalog with an empty value (the conformance
     * probe conformance/empty_values.py). Parsers that behave differently per unit type
     * (config_parse_delegate, config_parse_tristate, …) are left out.
     */
    static final Set<String> REJECT_EMPTY = Set.of(
            "config_parse_bool", "config_parse_bus_name", "config_parse_collect_mode", "config_parse_device_policy",
            "config_parse_emergency_action", "config_parse_exec_cpu_sched_prio", "config_parse_exec_input",
            "config_parse_exec_keyring_mode", "config_parse_exec_output", "config_parse_exec_preserve_mode",
            "config_parse_exec_utmp_mode", "config_parse_iec_size", "config_parse_iec_size_long", "config_parse_int",
            "config_parse_job_mode", "config_parse_job_mode_isolate", "config_parse_job_running_timeout_sec",
            "config_parse_job_timeout_sec", "config_parse_log_facility", "config_parse_log_level", "config_parse_long",
            "config_parse_mode", "config_parse_notify_access", "config_parse_nsec", "config_parse_oom_policy",
            "config_parse_private_tmp", "config_parse_private_users", "config_parse_proc_subset",
            "config_parse_protect_control_groups", "config_parse_protect_home", "config_parse_protect_hostname",
            "config_parse_protect_proc", "config_parse_protect_system", "config_parse_rlimit", "config_parse_sec",
            "config_parse_sec_fix_0", "config_parse_service_exit_type", "config_parse_service_restart",
            "config_parse_service_timeout", "config_parse_service_timeout_failure_mode", "config_parse_service_type",
            "config_parse_signal", "config_parse_socket_bind", "config_parse_socket_protocol",
            "config_parse_socket_service", "config_parse_socket_timestamping", "config_parse_trigger_unit",
            "config_parse_unsigned");

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            if (!assignment.isEmpty()) {
                continue;
            }
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            if (directive.isEmpty() || directive.get().isList()
                    || !REJECT_EMPTY.contains(directive.get().parserIn(release))) {
                continue;
            }
            String key = assignment.key();
            context.reportValue(assignment, "Empty " + key + "= does not reset " + key + "=: systemd cannot parse an empty value"
                    + " (\"Failed to parse … ignoring: \") and keeps the value set before. Write the value you want, or"
                    + " remove the line");
        }
    }
}
