"""HAND-KEPT FACTS: what systemd's sources only say in NEWS, man prose or not at all.

Everything else in the catalog is derived from the sources by systemd_tree.py and generate.py.
Each entry names its source so a maintainer can re-check it when a new release is added. Keep
these tables small: prefer teaching the generator to derive a fact over adding a row here.
"""

# --------------------------------------------------------------------------------------------
# Deprecated directives: still parsed and effective, but upstream asks users to move away.
# The sources show this only as a parser warning ("Unit uses CPUShares=; please use CPUWeight=
# instead") with a generic or %s replacement, or only in NEWS; the exact replacement is hand-kept.
# key name -> (replacement, first release that deprecates it, source)
DEPRECATED = {
    "CPUShares": ("CPUWeight", 252, "parser warning in config_parse_cpu_shares (v252+); man systemd.resource-control History, systemd 252"),
    "StartupCPUShares": ("StartupCPUWeight", 252, "parser warning in config_parse_cpu_shares (v252+); man systemd.resource-control History, systemd 252"),
    "MemoryLimit": ("MemoryMax", 252, "parser warning in config_parse_memory_limit (v252+)"),
    "BlockIOAccounting": ("IOAccounting", 252, "man systemd.resource-control History, systemd 252 (legacy cgroup hierarchy options fully deprecated)"),
    "BlockIOWeight": ("IOWeight", 252, "parser warning 'please use IO*= settings' in config_parse_blockio_weight (v252+)"),
    "StartupBlockIOWeight": ("StartupIOWeight", 252, "parser warning 'please use IO*= settings' in config_parse_blockio_weight (v252+)"),
    "BlockIODeviceWeight": ("IODeviceWeight", 252, "parser warning 'please use IO*= settings' in config_parse_blockio_device_weight (v252+)"),
    "BlockIOReadBandwidth": ("IOReadBandwidthMax", 252, "parser warning 'please use IO*= settings' in config_parse_blockio_bandwidth (v252+)"),
    "BlockIOWriteBandwidth": ("IOWriteBandwidthMax", 252, "parser warning 'please use IO*= settings' in config_parse_blockio_bandwidth (v252+)"),
    "PermissionsStartOnly": ("ExecStart= prefixes +, !, !!", 240, "NEWS 240: 'PermissionsStartOnly= setting is deprecated'"),
}

# Replacements for directives that newer releases ignore (config_parse_warn_compat with
# DISABLED_LEGACY). The gperf says only that they are ignored, not what to use instead.
# key name -> (replacement, source); keys ignored with no successor are simply absent.
IGNORED_REPLACEMENTS = {
    "CPUShares": ("CPUWeight", "cgroup v1 removed, NEWS 258"),
    "StartupCPUShares": ("StartupCPUWeight", "cgroup v1 removed, NEWS 258"),
    "MemoryLimit": ("MemoryMax", "cgroup v1 removed, NEWS 258"),
    "BlockIOAccounting": ("IOAccounting", "cgroup v1 removed, NEWS 258"),
    "BlockIOWeight": ("IOWeight", "cgroup v1 removed, NEWS 258"),
    "StartupBlockIOWeight": ("StartupIOWeight", "cgroup v1 removed, NEWS 258"),
    "BlockIODeviceWeight": ("IODeviceWeight", "cgroup v1 removed, NEWS 258"),
    "BlockIOReadBandwidth": ("IOReadBandwidthMax", "cgroup v1 removed, NEWS 258"),
    "BlockIOWriteBandwidth": ("IOWriteBandwidthMax", "cgroup v1 removed, NEWS 258"),
}

# Directives that set several others at once. The parser (config_parse_service_timeout) decides
# by lvalue which fields it sets, which is not worth deriving.
# (section, key) -> (the keys it sets, source)
SHORTHANDS = {
    ("Service", "TimeoutSec"): ("TimeoutStartSec,TimeoutStopSec", "man systemd.service: 'TimeoutSec= ... configures both TimeoutStartSec= and TimeoutStopSec='"),
}

# Directives that disappeared without a compatibility name. Only the removal itself is visible in
# the sources (absent from a later gperf); the successor comes from NEWS or the later man page.
# key name -> (replacement, source)
REMOVED_REPLACEMENTS = {
    "ManagedOOMMemoryPressureLimitPercent": ("ManagedOOMMemoryPressureLimit", "v247 only; replaced in v248 (man systemd.resource-control of 252 documents only ManagedOOMMemoryPressureLimit=)"),
}

# --------------------------------------------------------------------------------------------
# List-valued parsers whose source does not say so in a comment.
#
# A directive is list-valued when repeated assignments accumulate. generate.py derives this
# for every parser whose body carries systemd's own comment "Empty assignment resets the list"
# (or clears/frees the list). The parsers below accumulate without saying so; each names why.
# parser -> (empty assignment resets the list?, reason)
LIST_PARSERS = {
    "config_parse_unit_deps": (False, "adds one dependency per word; man systemd.unit: dependencies cannot be reset to an empty list, only added in drop-ins"),
    "config_parse_obsolete_unit_deps": (False, "forwards to config_parse_unit_deps"),
    "config_parse_unit_mounts_for": (False, "adds one mount dependency per path, like config_parse_unit_deps; no empty-value branch"),
    "config_parse_unit_requires_mounts_for": (False, "pre-257 name of config_parse_unit_mounts_for"),
    "config_parse_strv": (True, "conf-parser.c: strv_extend per word, empty resets"),
    "config_parse_alias": (True, "install.c: checks the unit type, then config_parse_strv"),
    "config_parse_also": (False, "install.c: strv_push per word; no empty-value branch"),
    "config_parse_capability_set": (True, "man systemd.exec: may appear more than once, sets are merged; empty string resets"),
    "config_parse_address_families": (True, "man systemd.exec RestrictAddressFamilies=: repeated assignments merge; empty string resets"),
    "config_parse_syscall_archs": (True, "set_ensure_put per word; empty resets"),
    "config_parse_restrict_namespaces": (True, "pre-262 name: repeated assignments are merged; empty string resets"),
    "config_parse_namespace_flags": (True, "man systemd.exec RestrictNamespaces=: repeated assignments are merged; empty string resets"),
    "config_parse_device_allow": (True, "one device rule per assignment; empty resets all rules"),
    "config_parse_io_device_weight": (True, "LIST_APPEND per device; empty resets"),
    "config_parse_io_device_latency": (True, "LIST_APPEND per device; empty resets"),
    "config_parse_io_limit": (True, "LIST_APPEND per device; empty resets"),
    "config_parse_blockio_device_weight": (True, "LIST_APPEND per device; empty resets"),
    "config_parse_blockio_bandwidth": (True, "LIST_APPEND per device; empty resets"),
    "config_parse_in_addr_prefixes": (True, "IPAddressAllow/Deny: prefixes accumulate; empty resets"),
    "config_parse_ip_address_access": (True, "pre-252 name of config_parse_in_addr_prefixes"),
    "config_parse_ip_filter_bpf_progs": (True, "strv_extend per path; empty resets"),
    "config_parse_bpf_foreign_program": (True, "one program per assignment; empty resets"),
    "config_parse_cgroup_socket_bind": (True, "LIST_PREPEND per rule; empty resets"),
    "config_parse_socket_listen": (True, "LIST_APPEND per socket; empty resets all listeners"),
    "config_parse_unit_path_strv_printf": (True, "strv_consume per path; empty resets"),
    "config_parse_user_group_strv_compat": (True, "SupplementaryGroups=: strv_push per group; empty resets"),
    "config_parse_log_extra_fields": (True, "GREEDY_REALLOC append per field; empty resets"),
    "config_parse_service_sockets": (False, "Sockets=: adds one dependency per name, like config_parse_unit_deps"),
    "config_parse_open_file": (True, "LIST_APPEND per file; empty resets"),
    "config_parse_exec_input_text": (True, "man systemd.exec StandardInputText=: may be used multiple times, the texts are concatenated; empty resets"),
    "config_parse_exec_input_data": (True, "man systemd.exec StandardInputData=: may be used multiple times, the data is concatenated; empty resets"),
    "config_parse_exec_cpu_affinity": (True, "man systemd.exec CPUAffinity=: may be specified more than once, masks are merged; empty resets"),
    "config_parse_disable_controllers": (True, "controllers accumulate; empty resets"),
    "config_parse_xattr": (True, "strv_push_pair per attribute; empty resets"),
    "config_parse_luo_sessions": (True, "strv_extend per session; empty resets"),
    "config_parse_managed_oom_rules": (True, "strv_consume per rule; empty resets"),
    "config_parse_cgroup_nft_set": (True, "forwards to config_parse_nft_set, which appends a set per assignment; empty resets"),
    "config_parse_nft_set": (True, "appends a set per assignment; empty resets"),
}

# Parsers that look list-like (a "list" comment, or words in one value) but where the last
# assignment wins. parser -> reason
SINGLE_PARSERS = {
    "config_parse_root_image_options": "builds the whole option list from one assignment and replaces the previous one (free_and_replace_full)",
}

# --------------------------------------------------------------------------------------------
# Value-level deprecations in enum-valued directives: the value is accepted but the parser
# warns. (parser, value) -> note
DEPRECATED_VALUES = {
    ("config_parse_kill_mode", "none"): "deprecated: parser warns 'Support for KillMode=none is deprecated and will eventually be removed' (v247+)",
    ("config_parse_exec_output", "syslog"): "obsolete: remapped to journal with a notice",
    ("config_parse_exec_output", "syslog+console"): "obsolete: remapped to journal+console with a notice",
}

# Enum parsers whose string table covers only part of what the value may be, so a value outside
# the table is not necessarily wrong. parser -> what else is accepted (read from the parser)
PARTIAL_ENUM_PARSERS = {
    "config_parse_signal": "signal_from_string() also takes numbers, SIG-prefixed names and RTMIN+n",
    "config_parse_personality": "only architectures with a Linux personality on the host are accepted (personality_from_string)",
    "config_parse_exec_coredump_filter": "a list; also 'default', 'all' and a hexadecimal mask",
    "config_parse_image_policy": "the table holds partition designators inside the image policy syntax",
    "config_parse_open_file": "the table holds the flags after PATH[:FD-NAME:]",
    "config_parse_disable_controllers": "a list of controller names",
}

# --------------------------------------------------------------------------------------------
# Where directives are documented. The page of a section is systemd.<section>.xml; these are the
# exceptions and the pages of the shared context blocks (the gperf template's *_CONTEXT_* macros).
SECTION_MAN_PAGE = {"Install": "systemd.unit"}
CONTEXT_MAN_PAGE = {"EXEC": "systemd.exec", "KILL": "systemd.kill", "CGROUP": "systemd.resource-control"}
