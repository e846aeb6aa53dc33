package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import dev.unitlint.values.ValueProblem.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every {@code config_parse_*} function systemd uses for unit files, from 252 to the newest
 * release the directive catalog covers, mapped to what unitlint checks for it: a
 * {@link ValueChecker}, the rule that checks it instead ({@link Spec#checkedBy}), or an explicit
 * mark that the parser accepts any string ({@link Spec#anyString}). Each also says which
 * specifier table systemd expands in the value first ({@link Spec#specifiers}), whether an empty
 * value is rejected rather than resetting the setting, and which unit types support the setting.
 *
 * <p>{@code ValueParsersCoverageTest} fails when a directive of the catalog has a parser that is
 * not listed here. Parser names come from the catalog ({@code Directive.parserIn(release)}), so
 * where a parser changed between releases the release's own parser is checked.
 */
public final class ValueParsers {

    /** Where systemd's specifier expansion applies and what a failure costs. */
    public enum Scope {
        /** The whole value is expanded; a failure makes systemd ignore the assignment. */
        VALUE,
        /** Each word is expanded; a failure drops that word. */
        WORDS,
        /** No expansion. */
        NONE,
    }

    /**
     * What unitlint knows about one parser.
     *
     * @param parser       systemd's function name
     * @param checker      the value check, or null
     * @param checkedBy    the rule that checks these values instead (e.g. "SD504"), or null
     * @param anyString    systemd accepts any string here (after specifier expansion)
     * @param specifiers   the specifier table systemd expands in the value, or null for none
     * @param scope        where the expansion applies
     * @param rejectsEmpty an empty value is an error ("Failed to parse …") rather than a reset
     * @param unitTypes    the unit types that support the setting, or null for every type having the section
     */
    public record Spec(String parser, ValueChecker checker, String checkedBy, boolean anyString,
                       Specifiers.Table specifiers, Scope scope, boolean rejectsEmpty, Set<String> unitTypes) {

        /** Whether unitlint has a check, a rule or an explicit any-string mark for this parser. */
        public boolean covered() {
            return checker != null || checkedBy != null || anyString;
        }
    }

    /** The specs made so far, by parser name ({@link #define}); empty for a name with none. */
    private static final Map<String, Optional<Spec>> SPECS = new ConcurrentHashMap<>();

    private static final Specifiers.Table NAME = Specifiers.Table.NAME;
    private static final Specifiers.Table FULL = Specifiers.Table.FULL;
    private static final Set<String> DELEGATING_TYPES = Set.of("service", "scope");
    private static final Set<String> MANAGED_OOM_TYPES = Set.of("service", "scope", "slice");

    static Spec check(String parser, ValueChecker checker, Specifiers.Table table, Scope scope, boolean rejectsEmpty) {
        return new Spec(parser, checker, null, false, table, scope, rejectsEmpty, null);
    }

    static Spec check(String parser, ValueChecker checker) {
        return check(parser, checker, null, Scope.NONE, false);
    }

    private static Spec strict(String parser, ValueChecker checker) {
        return check(parser, checker, null, Scope.NONE, true);
    }

    static Spec any(String parser, Specifiers.Table table, boolean rejectsEmpty) {
        return new Spec(parser, null, null, true, table, table == null ? Scope.NONE : Scope.VALUE, rejectsEmpty, null);
    }

    private static Spec rule(String parser, String rule, Specifiers.Table table, Scope scope) {
        return new Spec(parser, null, rule, false, table, scope, false, null);
    }

    private static Spec installRule(String parser, String rule, ValueChecker syntax) {
        return new Spec(parser, syntax, rule, false, NAME, Scope.WORDS, false, null);
    }

    /** config_parse_strv() in src/shared/install.c: quoted words; an unbalanced quote drops the rest. */
    private static void quotedWords(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE | ExtractWord.RETAIN_ESCAPE);
        if (split.failed()) {
            out.invalid(split.error(), v.length(), "Unbalanced quote in " + c.key() + "=", Effect.REST_IGNORED,
                    "Invalid syntax, ignoring", "Close the quote; unit names need no quotes");
        }
    }

    private static Spec enumeration(String parser, String says, boolean rejectsEmpty) {
        return check(parser, EnumValues.checker(parser, says), null, Scope.NONE, rejectsEmpty);
    }

    /** The spec for the unit types that support the setting only. */
    static Spec restricted(Spec s, Set<String> types) {
        return new Spec(s.parser(), s.checker(), s.checkedBy(), s.anyString(), s.specifiers(), s.scope(),
                s.rejectsEmpty(), types);
    }

    /**
     * What unitlint knows about a parser, made when a directive with that parser is first checked
     * ({@link #spec}). A switch rather than a map filled when the class loads: a case's method
     * reference is linked, and its checker's class loaded, only when the case runs. Filling the
     * map linked some 125 method references at once, ~45 ms of a one-file run's CPU, most of
     * them for settings the file does not have.
     */
    private static Spec define(String parser) {
        return switch (parser) {
            // Booleans, numbers, time spans, sizes (ScalarChecks).
            case "config_parse_bool" -> strict(parser, ScalarChecks::bool);
            case "config_parse_tristate" -> check(parser, ScalarChecks::bool);
            case "config_parse_exec_mount_apivfs" -> check(parser, ScalarChecks::bool);
            case "config_parse_job_mode_isolate" -> strict(parser, ScalarChecks::bool);
            case "config_parse_unsigned" -> strict(parser, ScalarChecks::unsigned);
            case "config_parse_int" -> strict(parser, ScalarChecks::signedInt);
            case "config_parse_long" -> strict(parser, ScalarChecks::signedLong);
            case "config_parse_exit_status" -> check(parser, ScalarChecks::exitStatus);
            case "config_parse_set_status" -> check(parser, ExitStatusSet::check);
            case "config_parse_tty_size" -> check(parser, ScalarChecks::ttySize);
            case "config_parse_exec_nice" -> check(parser, ScalarChecks::nice);
            case "config_parse_exec_oom_score_adjust" -> check(parser, ScalarChecks::oomScoreAdjust);
            case "config_parse_exec_cpu_sched_prio" -> strict(parser, ScalarChecks::schedPriority);
            case "config_parse_exec_io_priority" -> check(parser, ScalarChecks::ioPriority);
            case "config_parse_swap_priority" -> check(parser, ScalarChecks::swapPriority);
            case "config_parse_cg_weight" -> check(parser, ScalarChecks::cgroupWeight);
            case "config_parse_cg_cpu_weight" -> check(parser, ScalarChecks::cpuWeight);
            case "config_parse_blockio_weight" -> check(parser, ScalarChecks::blockIoWeight);
            case "config_parse_cpu_shares" -> check(parser, ScalarChecks::cpuShares);
            case "config_parse_tasks_max" -> check(parser, ScalarChecks::tasksMax);
            case "config_parse_cpu_quota" -> check(parser, ScalarChecks::cpuQuota);
            case "config_parse_managed_oom_mem_pressure_limit" ->
                    restricted(check(parser, ScalarChecks::pressureLimit), MANAGED_OOM_TYPES);
            case "config_parse_sec" -> strict(parser, ScalarChecks::timeSpan);
            case "config_parse_sec_fix_0" -> strict(parser, ScalarChecks::timeSpan);
            case "config_parse_sec_def_infinity" -> check(parser, ScalarChecks::timeSpanDefaultInfinity);
            case "config_parse_service_timeout" -> strict(parser, ScalarChecks::keyedTimeSpan);
            case "config_parse_service_timeout_abort" -> check(parser, ScalarChecks::keyedTimeSpan);
            case "config_parse_job_timeout_sec" -> strict(parser, ScalarChecks::keyedTimeSpan);
            case "config_parse_job_running_timeout_sec" -> strict(parser, ScalarChecks::keyedTimeSpan);
            case "config_parse_managed_oom_mem_pressure_duration_sec" ->
                    restricted(check(parser, ScalarChecks::timeSpan), MANAGED_OOM_TYPES);
            case "config_parse_nsec" -> strict(parser, ScalarChecks::nsec);
            case "config_parse_iec_size" -> strict(parser, ScalarChecks::iecSize);
            case "config_parse_iec_size_long" -> strict(parser, ScalarChecks::iecSizeLong);
            case "config_parse_memory_limit" -> check(parser, ScalarChecks::memoryLimit);
            case "config_parse_rlimit" -> strict(parser, ScalarChecks::resourceLimit);
            case "config_parse_mode" -> strict(parser, ScalarChecks::mode);
            case "config_parse_signal" -> strict(parser, ScalarChecks::signal);
            case "config_parse_timer" -> check(parser, Timers::value, FULL, Scope.VALUE, false);

            // Enum-valued parsers (the catalog's string tables); systemd's message for a bad value.
            case "config_parse_collect_mode" -> enumeration(parser, "Failed to parse garbage collection mode", true);
            case "config_parse_device_policy" -> enumeration(parser, "Failed to parse device policy", true);
            case "config_parse_exec_keyring_mode" -> enumeration(parser, "Failed to parse keyring mode", true);
            case "config_parse_protect_proc" -> enumeration(parser, "Failed to parse /proc/ protection mode", true);
            case "config_parse_proc_subset" -> enumeration(parser, "Failed to parse /proc/ subset mode", true);
            case "config_parse_exec_utmp_mode" -> enumeration(parser, "Failed to parse utmp mode", true);
            case "config_parse_job_mode" -> enumeration(parser, "Failed to parse job mode", true);
            case "config_parse_notify_access" -> enumeration(parser, "Failed to parse notify access specifier", true);
            case "config_parse_protect_home" -> enumeration(parser, "Failed to parse protect home value", true);
            case "config_parse_protect_system" -> enumeration(parser, "Failed to parse protect system value", true);
            case "config_parse_runtime_preserve_mode" ->
                    enumeration(parser, "Failed to parse runtime directory preserve mode", true);
            case "config_parse_exec_preserve_mode" ->
                    enumeration(parser, "Failed to parse runtime directory preserve mode", true);
            case "config_parse_service_type" -> enumeration(parser, "Failed to parse service type", true);
            case "config_parse_service_exit_type" -> enumeration(parser, "Failed to parse service exit type", true);
            case "config_parse_service_restart" ->
                    enumeration(parser, "Failed to parse service restart specifier", true);
            case "config_parse_service_restart_mode" ->
                    enumeration(parser, "Failed to parse service restart mode", false);
            case "config_parse_service_timeout_failure_mode" ->
                    enumeration(parser, "Failed to parse timeout failure mode", true);
            case "config_parse_socket_bind" -> enumeration(parser, "Failed to parse bind IPv6 only value", true);
            case "config_parse_oom_policy" -> enumeration(parser, "Failed to parse OOM policy", true);
            case "config_parse_managed_oom_preference" ->
                    enumeration(parser, "Failed to parse ManagedOOMPreference=", true);
            case "config_parse_managed_oom_mode" ->
                    restricted(enumeration(parser, "Invalid syntax", false), MANAGED_OOM_TYPES);
            case "config_parse_ip_tos" -> enumeration(parser, "Failed to parse IP TOS value", false);
            case "config_parse_numa_policy" -> enumeration(parser, "Invalid NUMA policy type", false);
            case "config_parse_socket_timestamping" ->
                    check(parser, ScalarChecks::timestamping, null, Scope.NONE, true);
            case "config_parse_kill_mode" -> enumeration(parser, "Failed to parse kill mode specification", false);
            case "config_parse_emergency_action" -> enumeration(parser, "Failed to parse action", true);
            case "config_parse_log_facility" -> enumeration(parser, "Failed to parse log facility", true);
            case "config_parse_log_level" -> enumeration(parser, "Failed to parse log level", true);
            case "config_parse_exec_io_class" -> enumeration(parser, "Failed to parse IO scheduling class", false);
            case "config_parse_exec_cpu_sched_policy" ->
                    enumeration(parser, "Failed to parse CPU scheduling policy", false);
            case "config_parse_private_tmp" -> enumeration(parser, "Failed to parse PrivateTmp= value", true);
            case "config_parse_private_users" -> enumeration(parser, "Failed to parse PrivateUsers= value", true);
            case "config_parse_private_pids" -> enumeration(parser, "Failed to parse PrivatePIDs= value", false);
            case "config_parse_private_bpf" -> enumeration(parser, "Failed to parse PrivateBPF= value", false);
            case "config_parse_protect_control_groups" ->
                    enumeration(parser, "Failed to parse ProtectControlGroups= value", true);
            case "config_parse_protect_hostname" -> enumeration(parser, "Failed to parse ProtectHostname= value", true);
            case "config_parse_memory_pressure_watch" ->
                    enumeration(parser, "Failed to parse memory pressure watch setting", false);
            case "config_parse_pressure_watch" -> enumeration(parser, "Failed to parse pressure watch setting", false);
            case "config_parse_cpuset_partition" -> enumeration(parser, "Failed to parse cpuset partition", false);
            case "config_parse_exec_memory_thp" -> enumeration(parser, "Failed to parse MemoryTHP= value", false);
            case "config_parse_socket_defer_trigger" ->
                    enumeration(parser, "Failed to parse DeferTrigger= value", false);
            case "config_parse_exec_input" -> check(parser, ExecIo::input, null, Scope.NONE, true);
            case "config_parse_exec_output" -> check(parser, ExecIo::output, null, Scope.NONE, true);

            // Security lists (reusable value types).
            case "config_parse_capability_set" -> check(parser, CapabilitySet::check);
            case "config_parse_address_families" -> check(parser, AddressFamilies::check);
            case "config_parse_syscall_filter" -> check(parser, SyscallFilter::checkFilter);
            case "config_parse_syscall_log" -> check(parser, SyscallFilter::checkLog);
            case "config_parse_syscall_archs" -> check(parser, SyscallArchitectures::check);
            case "config_parse_syscall_errno" -> check(parser, ErrnoSetting::check);
            case "config_parse_restrict_namespaces" -> check(parser, NamespaceFlags::check);
            case "config_parse_namespace_flags" -> check(parser, NamespaceFlags::check);
            case "config_parse_restrict_filesystems" -> check(parser, CgroupChecks::restrictFileSystems);
            case "config_parse_restrict_network_interfaces" -> check(parser, CgroupChecks::restrictNetworkInterfaces);
            case "config_parse_exec_secure_bits" -> check(parser, ExecContextChecks::secureBits);
            case "config_parse_personality" -> check(parser, ExecContextChecks::personality);
            case "config_parse_in_addr_prefixes" -> check(parser, IpAddressPrefixes::check);
            case "config_parse_device_allow" -> check(parser, CgroupChecks::deviceAllow, FULL, Scope.VALUE, false);

            // Resource control.
            case "config_parse_allowed_cpuset" -> check(parser, CgroupChecks::cpuSet, FULL, Scope.VALUE, false);
            case "config_parse_allowed_cpus" -> check(parser, CgroupChecks::cpuSet);
            case "config_parse_allowed_mems" -> check(parser, CgroupChecks::cpuSet);
            case "config_parse_unit_cpu_set" -> check(parser, CgroupChecks::cpuSet, FULL, Scope.VALUE, false);
            case "config_parse_exec_cpu_affinity" -> check(parser, CgroupChecks::cpuAffinity, FULL, Scope.VALUE, false);
            case "config_parse_numa_mask" -> check(parser, CgroupChecks::numaMask);
            case "config_parse_io_device_weight" ->
                    check(parser, CgroupChecks::ioDeviceWeight, FULL, Scope.VALUE, false);
            case "config_parse_blockio_device_weight" ->
                    check(parser, CgroupChecks::blockIoDeviceWeight, FULL, Scope.VALUE, false);
            case "config_parse_io_device_latency" ->
                    check(parser, CgroupChecks::ioDeviceLatency, FULL, Scope.VALUE, false);
            case "config_parse_io_limit" -> check(parser, CgroupChecks::ioLimit, FULL, Scope.VALUE, false);
            case "config_parse_blockio_bandwidth" -> check(parser, CgroupChecks::ioLimit, FULL, Scope.VALUE, false);
            case "config_parse_delegate" -> restricted(check(parser, CgroupChecks::delegate), DELEGATING_TYPES);
            case "config_parse_disable_controllers" -> check(parser, CgroupChecks::disableControllers);
            case "config_parse_bpf_foreign_program" ->
                    check(parser, CgroupChecks::bpfForeignProgram, FULL, Scope.VALUE, false);
            case "config_parse_cgroup_socket_bind" -> check(parser, CgroupChecks::socketBind);
            case "config_parse_socket_bindtodevice" -> check(parser, CgroupChecks::bindToDevice);
            case "config_parse_ip_filter_bpf_progs" -> check(parser, PathChecks::absolute, FULL, Scope.VALUE, false);

            // Paths.
            case "config_parse_unit_path_printf" -> check(parser, PathChecks::unitPath, FULL, Scope.VALUE, false);
            case "config_parse_unit_condition_path" ->
                    check(parser, PathChecks::conditionPath, FULL, Scope.VALUE, false);
            case "config_parse_path_spec" -> check(parser, PathChecks::absolute, FULL, Scope.VALUE, false);
            case "config_parse_unit_env_file" -> check(parser, PathChecks::environmentFile, FULL, Scope.VALUE, false);
            case "config_parse_pid_file" -> check(parser, PathChecks::pidFile, FULL, Scope.VALUE, false);
            case "config_parse_namespace_path_strv" ->
                    check(parser, PathChecks::namespacePaths, FULL, Scope.WORDS, false);
            case "config_parse_unit_requires_mounts_for" ->
                    check(parser, PathChecks::mountsFor, FULL, Scope.WORDS, false);
            case "config_parse_unit_mounts_for" -> check(parser, PathChecks::mountsFor, FULL, Scope.WORDS, false);
            case "config_parse_unit_path_strv_printf" -> check(parser, PathChecks::pathList, FULL, Scope.WORDS, false);
            case "config_parse_colon_separated_paths" ->
                    check(parser, PathChecks::colonSeparated, FULL, Scope.WORDS, false);
            case "config_parse_exec_directories" ->
                    check(parser, PathChecks::execDirectories, FULL, Scope.WORDS, false);
            case "config_parse_temporary_filesystems" ->
                    check(parser, PathChecks::temporaryFileSystems, FULL, Scope.WORDS, false);
            case "config_parse_bind_paths" -> check(parser, PathChecks::bindPaths, FULL, Scope.WORDS, false);
            case "config_parse_mount_images" -> check(parser, PathChecks::images, FULL, Scope.WORDS, false);
            case "config_parse_extension_images" -> check(parser, PathChecks::images, FULL, Scope.WORDS, false);
            case "config_parse_root_image_options" ->
                    check(parser, PathChecks::rootImageOptions, FULL, Scope.WORDS, false);
            case "config_parse_exec_root_hash" -> check(parser, PathChecks::rootHash);
            case "config_parse_exec_root_hash_sig" -> check(parser, PathChecks::rootHashSignature);
            case "config_parse_mount_node" -> check(parser, MountNode::check, FULL, Scope.VALUE, false);
            case "config_parse_working_directory" -> rule(parser, "SD417", FULL, Scope.VALUE);

            // Environment, logging, credentials, standard input.
            case "config_parse_environ" -> check(parser, ExecContextChecks::environment, FULL, Scope.WORDS, false);
            case "config_parse_pass_environ" ->
                    check(parser, ExecContextChecks::passEnvironment, FULL, Scope.WORDS, false);
            case "config_parse_unset_environ" ->
                    check(parser, ExecContextChecks::unsetEnvironment, FULL, Scope.WORDS, false);
            case "config_parse_log_extra_fields" ->
                    check(parser, ExecContextChecks::logExtraFields, FULL, Scope.WORDS, false);
            case "config_parse_log_namespace" ->
                    check(parser, ExecContextChecks::logNamespace, FULL, Scope.VALUE, false);
            // Only the credential name (and LoadCredential='s source) is expanded: the checks look at specifiers themselves.
            case "config_parse_set_credential" ->
                    check(parser, ExecContextChecks::setCredential, FULL, Scope.NONE, false);
            case "config_parse_load_credential" ->
                    check(parser, ExecContextChecks::loadCredential, FULL, Scope.NONE, false);
            case "config_parse_exec_input_data" -> check(parser, ExecContextChecks::inputData);
            case "config_parse_exec_input_text" ->
                    check(parser, ExecContextChecks::inputText, FULL, Scope.VALUE, false);
            case "config_parse_exec_mount_flags" -> check(parser, ExecContextChecks::mountPropagation);
            case "config_parse_exec_mount_propagation_flag" -> check(parser, ExecContextChecks::mountPropagation);
            case "config_parse_exec_coredump_filter" -> check(parser, ExecContextChecks::coredumpFilter);
            case "config_parse_exec_selinux_context" -> any(parser, FULL, false);
            case "config_parse_exec_apparmor_profile" -> any(parser, FULL, false);
            case "config_parse_exec_smack_process_label" -> any(parser, FULL, false);

            // Units, sockets, names.
            case "config_parse_unit_slice" -> check(parser, UnitChecks::slice, NAME, Scope.VALUE, true);
            case "config_parse_trigger_unit" -> check(parser, UnitChecks::triggerUnit, NAME, Scope.VALUE, true);
            case "config_parse_socket_service" -> check(parser, UnitChecks::socketService, NAME, Scope.VALUE, true);
            case "config_parse_service_sockets" -> check(parser, UnitChecks::serviceSockets, NAME, Scope.WORDS, false);
            case "config_parse_socket_listen" -> check(parser, UnitChecks::listen, FULL, Scope.VALUE, false);
            case "config_parse_fdname" -> check(parser, UnitChecks::fdName, FULL, Scope.VALUE, false);
            case "config_parse_bus_name" -> check(parser, UnitChecks::busName, FULL, Scope.VALUE, true);
            case "config_parse_reboot_parameter" ->
                    check(parser, UnitChecks::rebootParameter, FULL, Scope.VALUE, false);
            case "config_parse_documentation" -> check(parser, UnitChecks::documentation, FULL, Scope.VALUE, false);
            case "config_parse_socket_protocol" -> check(parser, SocketProtocol::check, null, Scope.NONE, true);
            case "config_parse_unit_deps" -> rule(parser, "SD204", NAME, Scope.WORDS);
            case "config_parse_obsolete_unit_deps" -> rule(parser, "SD204", NAME, Scope.WORDS);
            case "config_parse_user_group_compat" -> rule(parser, "SD205", FULL, Scope.VALUE);
            case "config_parse_user_group_strv_compat" -> rule(parser, "SD205", FULL, Scope.WORDS);
            case "config_parse_exec" -> rule(parser, "SD504", null, Scope.NONE);
            case "config_parse_warn_compat" -> rule(parser, "SD106", null, Scope.NONE);
            // [Install] is read by systemctl enable (src/shared/install.c), which SD605, SD606 and SD608 follow.
            // Their specifiers are install_name_printf()'s, the unit-name table.
            case "config_parse_alias" -> installRule(parser, "SD605", ValueParsers::quotedWords);
            case "config_parse_also" -> installRule(parser, "SD608", null);
            case "config_parse_default_instance" -> installRule(parser, "SD606", null);
            case "config_parse_strv" -> installRule(parser, "SD608", ValueParsers::quotedWords);

            // Free text: only the specifiers are expanded (or nothing at all).
            case "config_parse_unit_string_printf" -> any(parser, FULL, false);
            case "config_parse_unit_condition_string" -> any(parser, FULL, false);
            case "config_parse_string" -> any(parser, null, false);

            // Later releases (254–262).
            default -> NewerParsers.define(parser);
        };
    }

    static Set<String> delegatingTypes() {
        return DELEGATING_TYPES;
    }

    static Set<String> managedOomTypes() {
        return MANAGED_OOM_TYPES;
    }

    private ValueParsers() {
    }

    /** The spec of a parser name as the catalog writes it ("config_parse_bool", or "config_parse_bool(0)"). */
    public static Optional<Spec> spec(String parser) {
        String name = baseName(parser);
        Optional<Spec> spec = SPECS.get(name);
        if (spec == null) {
            spec = Optional.ofNullable(define(name));
            SPECS.putIfAbsent(name, spec);
        }
        return spec;
    }

    /** The catalog's parser history writes "config_parse_bool(0)" when the ltype differs; the name is the part before "(". */
    public static String baseName(String parser) {
        int paren = parser.indexOf('(');
        return paren < 0 ? parser : parser.substring(0, paren);
    }

    /**
     * What systemd objects to in one assignment's value, for a parser (as the target release
     * names it): a setting the unit type does not support, an unknown specifier, an empty value
     * the parser rejects, and the parser's own check.
     */
    public static List<ValueProblem> check(String parser, String value, ValueContext context) {
        Spec spec = spec(parser).orElse(null);
        if (spec == null) {
            return List.of();
        }
        Problems out = new Problems(context);
        String key = context.key();
        if (spec.unitTypes() != null && !spec.unitTypes().contains(context.unitType())) {
            String says = key.equals("Delegate") || key.equals("DelegateSubgroup")
                    ? key + "= setting not supported for this unit type, ignoring."
                    : key + "= is not supported for this unit type, ignoring.";
            out.report(0, value.length(), Kind.UNSUPPORTED_FOR_TYPE, key + "= in a ." + context.unitType() + " unit",
                    Effect.ASSIGNMENT_IGNORED, says, key + "= works only in " + String.join(", ", sorted(spec.unitTypes()))
                            + " units; remove it here");
            return out.list();
        }
        if (value.isEmpty()) {
            if (spec.rejectsEmpty()) {
                out.add(0, 0, Kind.EMPTY, Effect.ASSIGNMENT_IGNORED, "Empty " + key + "= does not reset " + key + "=: systemd"
                        + " cannot parse an empty value (\"Failed to parse … ignoring: \") and keeps the value set before."
                        + " Write the value you want, or remove the line");
            }
            return out.list();
        }
        if (spec.specifiers() != null && spec.scope() == Scope.VALUE && !specifiersResolve(value, spec, context, out)) {
            return out.list();
        }
        if (spec.specifiers() != null && spec.scope() == Scope.WORDS) {
            specifiersResolve(value, spec, context, out);
        }
        if (spec.checker() != null) {
            spec.checker().check(value, context, out);
        }
        return out.list();
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    /** Reports the first specifier systemd does not know here; false when the whole value is then lost. */
    private static boolean specifiersResolve(String value, Spec spec, ValueContext c, Problems out) {
        int at = Specifiers.firstUnknown(value, spec.specifiers(), c.release());
        if (at < 0) {
            return true;
        }
        String specifier = value.substring(at, at + 2);
        boolean fatal = fatalSpecifierFailure(spec, value, c);
        boolean word = spec.scope() == Scope.WORDS;
        String table = spec.specifiers() == NAME && Specifiers.Table.FULL.knows(value.charAt(at + 1), c.release())
                ? "'" + specifier + "' is a specifier, but not one systemd expands in unit names (only the name, system and"
                + " user specifiers are)" : "'" + specifier + "' is not a specifier systemd " + c.release() + " knows";
        int start = at;
        int end = at + 2;
        if (word) {
            ExtractWord.Split split = ExtractWord.split(value, null, ExtractWord.UNQUOTE);
            for (ExtractWord.Word w : split.words()) {
                if (w.start() <= at && at < w.end()) {
                    start = w.start();
                    end = w.end();
                }
            }
        }
        if (c.section().equals("Install")) {
            // systemctl enable resolves [Install] specifiers and fails on an unknown one (src/shared/install.c).
            out.add(start, end, Kind.INVALID, Effect.ASSIGNMENT_IGNORED, table + " (in " + c.key() + "=): systemctl enable"
                    + " fails (\"Failed to enable unit, invalid specifier in …\"). Write %% for a literal '%';"
                    + " systemd.unit(5) lists the specifiers");
            return false;
        }
        out.invalid(start, end, table + " (in " + c.key() + "=)", fatal ? Effect.UNIT_REFUSED
                        : word ? Effect.WORD_IGNORED : Effect.ASSIGNMENT_IGNORED,
                "Failed to resolve unit specifiers", "Write %% for a literal '%'; systemd.unit(5) lists the specifiers");
        return false;
    }

    /** User=, Group=, SupplementaryGroups=, the fatal path keys and the "-"-less label keys refuse the unit. */
    private static boolean fatalSpecifierFailure(Spec spec, String value, ValueContext c) {
        String parser = spec.parser();
        if (parser.equals("config_parse_user_group_compat") || parser.equals("config_parse_user_group_strv_compat")) {
            return true;
        }
        if (parser.equals("config_parse_unit_path_printf")) {
            return "true".equals(c.ltype()) || "1".equals(c.ltype());
        }
        if (parser.equals("config_parse_working_directory") || parser.equals("config_parse_exec_selinux_context")
                || parser.equals("config_parse_exec_apparmor_profile") || parser.equals("config_parse_exec_smack_process_label")) {
            return !value.startsWith("-");
        }
        return false;
    }
}
