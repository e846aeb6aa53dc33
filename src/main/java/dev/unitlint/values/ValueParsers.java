package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import dev.unitlint.values.ValueProblem.Kind;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private static final Map<String, Spec> SPECS = new HashMap<>();

    private static final Specifiers.Table NAME = Specifiers.Table.NAME;
    private static final Specifiers.Table FULL = Specifiers.Table.FULL;
    private static final Set<String> DELEGATING_TYPES = Set.of("service", "scope");
    private static final Set<String> MANAGED_OOM_TYPES = Set.of("service", "scope", "slice");

    private static void check(String parser, ValueChecker checker, Specifiers.Table table, Scope scope, boolean rejectsEmpty) {
        SPECS.put(parser, new Spec(parser, checker, null, false, table, scope, rejectsEmpty, null));
    }

    private static void check(String parser, ValueChecker checker) {
        check(parser, checker, null, Scope.NONE, false);
    }

    private static void strict(String parser, ValueChecker checker) {
        check(parser, checker, null, Scope.NONE, true);
    }

    private static void any(String parser, Specifiers.Table table, boolean rejectsEmpty) {
        SPECS.put(parser, new Spec(parser, null, null, true, table, table == null ? Scope.NONE : Scope.VALUE, rejectsEmpty, null));
    }

    private static void rule(String parser, String rule, Specifiers.Table table, Scope scope) {
        SPECS.put(parser, new Spec(parser, null, rule, false, table, scope, false, null));
    }

    private static void installRule(String parser, String rule, ValueChecker syntax) {
        SPECS.put(parser, new Spec(parser, syntax, rule, false, NAME, Scope.WORDS, false, null));
    }

    /** config_parse_strv() in src/shared/install.c: quoted words; an unbalanced quote drops the rest. */
    private static void quotedWords(String v, ValueContext c, Problems out) {
        ExtractWord.Split split = ExtractWord.split(v, null, ExtractWord.UNQUOTE | ExtractWord.RETAIN_ESCAPE);
        if (split.failed()) {
            out.invalid(split.error(), v.length(), "Unbalanced quote in " + c.key() + "=", Effect.REST_IGNORED,
                    "Invalid syntax, ignoring", "Close the quote; unit names need no quotes");
        }
    }

    private static void enumeration(String parser, String says, boolean rejectsEmpty) {
        check(parser, EnumValues.checker(parser, says), null, Scope.NONE, rejectsEmpty);
    }

    private static void restrictTo(String parser, Set<String> types) {
        Spec s = SPECS.get(parser);
        SPECS.put(parser, new Spec(s.parser(), s.checker(), s.checkedBy(), s.anyString(), s.specifiers(), s.scope(),
                s.rejectsEmpty(), types));
    }

    static {
        // Booleans, numbers, time spans, sizes (ScalarChecks).
        strict("config_parse_bool", ScalarChecks::bool);
        check("config_parse_tristate", ScalarChecks::bool);
        check("config_parse_exec_mount_apivfs", ScalarChecks::bool);
        strict("config_parse_job_mode_isolate", ScalarChecks::bool);
        strict("config_parse_unsigned", ScalarChecks::unsigned);
        strict("config_parse_int", ScalarChecks::signedInt);
        strict("config_parse_long", ScalarChecks::signedLong);
        check("config_parse_exit_status", ScalarChecks::exitStatus);
        check("config_parse_set_status", ExitStatusSet::check);
        check("config_parse_tty_size", ScalarChecks::ttySize);
        check("config_parse_exec_nice", ScalarChecks::nice);
        check("config_parse_exec_oom_score_adjust", ScalarChecks::oomScoreAdjust);
        strict("config_parse_exec_cpu_sched_prio", ScalarChecks::schedPriority);
        check("config_parse_exec_io_priority", ScalarChecks::ioPriority);
        check("config_parse_swap_priority", ScalarChecks::swapPriority);
        check("config_parse_cg_weight", ScalarChecks::cgroupWeight);
        check("config_parse_cg_cpu_weight", ScalarChecks::cpuWeight);
        check("config_parse_blockio_weight", ScalarChecks::blockIoWeight);
        check("config_parse_cpu_shares", ScalarChecks::cpuShares);
        check("config_parse_tasks_max", ScalarChecks::tasksMax);
        check("config_parse_cpu_quota", ScalarChecks::cpuQuota);
        check("config_parse_managed_oom_mem_pressure_limit", ScalarChecks::pressureLimit);
        restrictTo("config_parse_managed_oom_mem_pressure_limit", MANAGED_OOM_TYPES);
        strict("config_parse_sec", ScalarChecks::timeSpan);
        strict("config_parse_sec_fix_0", ScalarChecks::timeSpan);
        check("config_parse_sec_def_infinity", ScalarChecks::timeSpanDefaultInfinity);
        strict("config_parse_service_timeout", ScalarChecks::keyedTimeSpan);
        check("config_parse_service_timeout_abort", ScalarChecks::keyedTimeSpan);
        strict("config_parse_job_timeout_sec", ScalarChecks::keyedTimeSpan);
        strict("config_parse_job_running_timeout_sec", ScalarChecks::keyedTimeSpan);
        check("config_parse_managed_oom_mem_pressure_duration_sec", ScalarChecks::timeSpan);
        restrictTo("config_parse_managed_oom_mem_pressure_duration_sec", MANAGED_OOM_TYPES);
        strict("config_parse_nsec", ScalarChecks::nsec);
        strict("config_parse_iec_size", ScalarChecks::iecSize);
        strict("config_parse_iec_size_long", ScalarChecks::iecSizeLong);
        check("config_parse_memory_limit", ScalarChecks::memoryLimit);
        strict("config_parse_rlimit", ScalarChecks::resourceLimit);
        strict("config_parse_mode", ScalarChecks::mode);
        strict("config_parse_signal", ScalarChecks::signal);
        check("config_parse_timer", Timers::value, FULL, Scope.VALUE, false);

        // Enum-valued parsers (the catalog's string tables); systemd's message for a bad value.
        enumeration("config_parse_collect_mode", "Failed to parse garbage collection mode", true);
        enumeration("config_parse_device_policy", "Failed to parse device policy", true);
        enumeration("config_parse_exec_keyring_mode", "Failed to parse keyring mode", true);
        enumeration("config_parse_protect_proc", "Failed to parse /proc/ protection mode", true);
        enumeration("config_parse_proc_subset", "Failed to parse /proc/ subset mode", true);
        enumeration("config_parse_exec_utmp_mode", "Failed to parse utmp mode", true);
        enumeration("config_parse_job_mode", "Failed to parse job mode", true);
        enumeration("config_parse_notify_access", "Failed to parse notify access specifier", true);
        enumeration("config_parse_protect_home", "Failed to parse protect home value", true);
        enumeration("config_parse_protect_system", "Failed to parse protect system value", true);
        enumeration("config_parse_runtime_preserve_mode", "Failed to parse runtime directory preserve mode", true);
        enumeration("config_parse_exec_preserve_mode", "Failed to parse runtime directory preserve mode", true);
        enumeration("config_parse_service_type", "Failed to parse service type", true);
        enumeration("config_parse_service_exit_type", "Failed to parse service exit type", true);
        enumeration("config_parse_service_restart", "Failed to parse service restart specifier", true);
        enumeration("config_parse_service_restart_mode", "Failed to parse service restart mode", false);
        enumeration("config_parse_service_timeout_failure_mode", "Failed to parse timeout failure mode", true);
        enumeration("config_parse_socket_bind", "Failed to parse bind IPv6 only value", true);
        enumeration("config_parse_oom_policy", "Failed to parse OOM policy", true);
        enumeration("config_parse_managed_oom_preference", "Failed to parse ManagedOOMPreference=", true);
        enumeration("config_parse_managed_oom_mode", "Invalid syntax", false);
        restrictTo("config_parse_managed_oom_mode", MANAGED_OOM_TYPES);
        enumeration("config_parse_ip_tos", "Failed to parse IP TOS value", false);
        enumeration("config_parse_numa_policy", "Invalid NUMA policy type", false);
        check("config_parse_socket_timestamping", ScalarChecks::timestamping, null, Scope.NONE, true);
        enumeration("config_parse_kill_mode", "Failed to parse kill mode specification", false);
        enumeration("config_parse_emergency_action", "Failed to parse action", true);
        enumeration("config_parse_log_facility", "Failed to parse log facility", true);
        enumeration("config_parse_log_level", "Failed to parse log level", true);
        enumeration("config_parse_exec_io_class", "Failed to parse IO scheduling class", false);
        enumeration("config_parse_exec_cpu_sched_policy", "Failed to parse CPU scheduling policy", false);
        enumeration("config_parse_private_tmp", "Failed to parse PrivateTmp= value", true);
        enumeration("config_parse_private_users", "Failed to parse PrivateUsers= value", true);
        enumeration("config_parse_private_pids", "Failed to parse PrivatePIDs= value", false);
        enumeration("config_parse_private_bpf", "Failed to parse PrivateBPF= value", false);
        enumeration("config_parse_protect_control_groups", "Failed to parse ProtectControlGroups= value", true);
        enumeration("config_parse_protect_hostname", "Failed to parse ProtectHostname= value", true);
        enumeration("config_parse_memory_pressure_watch", "Failed to parse memory pressure watch setting", false);
        enumeration("config_parse_pressure_watch", "Failed to parse pressure watch setting", false);
        enumeration("config_parse_cpuset_partition", "Failed to parse cpuset partition", false);
        enumeration("config_parse_exec_memory_thp", "Failed to parse MemoryTHP= value", false);
        enumeration("config_parse_socket_defer_trigger", "Failed to parse DeferTrigger= value", false);
        check("config_parse_exec_input", ExecIo::input, null, Scope.NONE, true);
        check("config_parse_exec_output", ExecIo::output, null, Scope.NONE, true);

        // Security lists (reusable value types).
        check("config_parse_capability_set", CapabilitySet::check);
        check("config_parse_address_families", AddressFamilies::check);
        check("config_parse_syscall_filter", SyscallFilter::checkFilter);
        check("config_parse_syscall_log", SyscallFilter::checkLog);
        check("config_parse_syscall_archs", SyscallArchitectures::check);
        check("config_parse_syscall_errno", ErrnoSetting::check);
        check("config_parse_restrict_namespaces", NamespaceFlags::check);
        check("config_parse_namespace_flags", NamespaceFlags::check);
        check("config_parse_restrict_filesystems", CgroupChecks::restrictFileSystems);
        check("config_parse_restrict_network_interfaces", CgroupChecks::restrictNetworkInterfaces);
        check("config_parse_exec_secure_bits", ExecContextChecks::secureBits);
        check("config_parse_personality", ExecContextChecks::personality);
        check("config_parse_in_addr_prefixes", IpAddressPrefixes::check);
        check("config_parse_device_allow", CgroupChecks::deviceAllow, FULL, Scope.VALUE, false);

        // Resource control.
        check("config_parse_allowed_cpuset", CgroupChecks::cpuSet, FULL, Scope.VALUE, false);
        check("config_parse_allowed_cpus", CgroupChecks::cpuSet);
        check("config_parse_allowed_mems", CgroupChecks::cpuSet);
        check("config_parse_unit_cpu_set", CgroupChecks::cpuSet, FULL, Scope.VALUE, false);
        check("config_parse_exec_cpu_affinity", CgroupChecks::cpuAffinity, FULL, Scope.VALUE, false);
        check("config_parse_numa_mask", CgroupChecks::numaMask);
        check("config_parse_io_device_weight", CgroupChecks::ioDeviceWeight, FULL, Scope.VALUE, false);
        check("config_parse_blockio_device_weight", CgroupChecks::blockIoDeviceWeight, FULL, Scope.VALUE, false);
        check("config_parse_io_device_latency", CgroupChecks::ioDeviceLatency, FULL, Scope.VALUE, false);
        check("config_parse_io_limit", CgroupChecks::ioLimit, FULL, Scope.VALUE, false);
        check("config_parse_blockio_bandwidth", CgroupChecks::ioLimit, FULL, Scope.VALUE, false);
        check("config_parse_delegate", CgroupChecks::delegate);
        restrictTo("config_parse_delegate", DELEGATING_TYPES);
        check("config_parse_disable_controllers", CgroupChecks::disableControllers);
        check("config_parse_bpf_foreign_program", CgroupChecks::bpfForeignProgram, FULL, Scope.VALUE, false);
        check("config_parse_cgroup_socket_bind", CgroupChecks::socketBind);
        check("config_parse_socket_bindtodevice", CgroupChecks::bindToDevice);
        check("config_parse_ip_filter_bpf_progs", PathChecks::absolute, FULL, Scope.VALUE, false);

        // Paths.
        check("config_parse_unit_path_printf", PathChecks::unitPath, FULL, Scope.VALUE, false);
        check("config_parse_unit_condition_path", PathChecks::conditionPath, FULL, Scope.VALUE, false);
        check("config_parse_path_spec", PathChecks::absolute, FULL, Scope.VALUE, false);
        check("config_parse_unit_env_file", PathChecks::environmentFile, FULL, Scope.VALUE, false);
        check("config_parse_pid_file", PathChecks::pidFile, FULL, Scope.VALUE, false);
        check("config_parse_namespace_path_strv", PathChecks::namespacePaths, FULL, Scope.WORDS, false);
        check("config_parse_unit_requires_mounts_for", PathChecks::mountsFor, FULL, Scope.WORDS, false);
        check("config_parse_unit_mounts_for", PathChecks::mountsFor, FULL, Scope.WORDS, false);
        check("config_parse_unit_path_strv_printf", PathChecks::pathList, FULL, Scope.WORDS, false);
        check("config_parse_colon_separated_paths", PathChecks::colonSeparated, FULL, Scope.WORDS, false);
        check("config_parse_exec_directories", PathChecks::execDirectories, FULL, Scope.WORDS, false);
        check("config_parse_temporary_filesystems", PathChecks::temporaryFileSystems, FULL, Scope.WORDS, false);
        check("config_parse_bind_paths", PathChecks::bindPaths, FULL, Scope.WORDS, false);
        check("config_parse_mount_images", PathChecks::images, FULL, Scope.WORDS, false);
        check("config_parse_extension_images", PathChecks::images, FULL, Scope.WORDS, false);
        check("config_parse_root_image_options", PathChecks::rootImageOptions, FULL, Scope.WORDS, false);
        check("config_parse_exec_root_hash", PathChecks::rootHash);
        check("config_parse_exec_root_hash_sig", PathChecks::rootHashSignature);
        check("config_parse_mount_node", MountNode::check, FULL, Scope.VALUE, false);
        rule("config_parse_working_directory", "SD417", FULL, Scope.VALUE);

        // Environment, logging, credentials, standard input.
        check("config_parse_environ", ExecContextChecks::environment, FULL, Scope.WORDS, false);
        check("config_parse_pass_environ", ExecContextChecks::passEnvironment, FULL, Scope.WORDS, false);
        check("config_parse_unset_environ", ExecContextChecks::unsetEnvironment, FULL, Scope.WORDS, false);
        check("config_parse_log_extra_fields", ExecContextChecks::logExtraFields, FULL, Scope.WORDS, false);
        check("config_parse_log_namespace", ExecContextChecks::logNamespace, FULL, Scope.VALUE, false);
        // Only the credential name (and LoadCredential='s source) is expanded: the checks look at specifiers themselves.
        check("config_parse_set_credential", ExecContextChecks::setCredential, FULL, Scope.NONE, false);
        check("config_parse_load_credential", ExecContextChecks::loadCredential, FULL, Scope.NONE, false);
        check("config_parse_exec_input_data", ExecContextChecks::inputData);
        check("config_parse_exec_input_text", ExecContextChecks::inputText, FULL, Scope.VALUE, false);
        check("config_parse_exec_mount_flags", ExecContextChecks::mountPropagation);
        check("config_parse_exec_mount_propagation_flag", ExecContextChecks::mountPropagation);
        check("config_parse_exec_coredump_filter", ExecContextChecks::coredumpFilter);
        any("config_parse_exec_selinux_context", FULL, false);
        any("config_parse_exec_apparmor_profile", FULL, false);
        any("config_parse_exec_smack_process_label", FULL, false);

        // Units, sockets, names.
        check("config_parse_unit_slice", UnitChecks::slice, NAME, Scope.VALUE, true);
        check("config_parse_trigger_unit", UnitChecks::triggerUnit, NAME, Scope.VALUE, true);
        check("config_parse_socket_service", UnitChecks::socketService, NAME, Scope.VALUE, true);
        check("config_parse_service_sockets", UnitChecks::serviceSockets, NAME, Scope.WORDS, false);
        check("config_parse_socket_listen", UnitChecks::listen, FULL, Scope.VALUE, false);
        check("config_parse_fdname", UnitChecks::fdName, FULL, Scope.VALUE, false);
        check("config_parse_bus_name", UnitChecks::busName, FULL, Scope.VALUE, true);
        check("config_parse_reboot_parameter", UnitChecks::rebootParameter, FULL, Scope.VALUE, false);
        check("config_parse_documentation", UnitChecks::documentation, FULL, Scope.VALUE, false);
        check("config_parse_socket_protocol", SocketProtocol::check, null, Scope.NONE, true);
        rule("config_parse_unit_deps", "SD204", NAME, Scope.WORDS);
        rule("config_parse_obsolete_unit_deps", "SD204", NAME, Scope.WORDS);
        rule("config_parse_user_group_compat", "SD205", FULL, Scope.VALUE);
        rule("config_parse_user_group_strv_compat", "SD205", FULL, Scope.WORDS);
        rule("config_parse_exec", "SD504", null, Scope.NONE);
        rule("config_parse_warn_compat", "SD106", null, Scope.NONE);
        // [Install] is read by systemctl enable (src/shared/install.c), which SD605, SD606 and SD608 follow.
        // Their specifiers are install_name_printf()'s, the unit-name table.
        installRule("config_parse_alias", "SD605", ValueParsers::quotedWords);
        installRule("config_parse_also", "SD608", null);
        installRule("config_parse_default_instance", "SD606", null);
        installRule("config_parse_strv", "SD608", ValueParsers::quotedWords);

        // Free text: only the specifiers are expanded (or nothing at all).
        any("config_parse_unit_string_printf", FULL, false);
        any("config_parse_unit_condition_string", FULL, false);
        any("config_parse_string", null, false);

        // Later releases (254–262).
        NewerParsers.register();
    }

    /** Registers a parser of a later release (used by {@link NewerParsers}). */
    static void register(String parser, ValueChecker checker, Specifiers.Table table, Scope scope, boolean rejectsEmpty) {
        check(parser, checker, table, scope, rejectsEmpty);
    }

    static void registerAny(String parser, Specifiers.Table table) {
        any(parser, table, false);
    }

    static void registerRestricted(String parser, Set<String> types) {
        restrictTo(parser, types);
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
        return Optional.ofNullable(SPECS.get(baseName(parser)));
    }

    /** Every parser listed here. */
    public static Map<String, Spec> all() {
        return Collections.unmodifiableMap(SPECS);
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
        Spec spec = SPECS.get(baseName(parser));
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
