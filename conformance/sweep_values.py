"""Values the directive sweep (conformance/sweep.py) writes into every directive.

Two splits, written before the value parsers were completed:

* TUNE — the values the parsers were developed against;
* HELDOUT — other values of the same kinds (a wrong word, a relative path, an unknown specifier, a
  number out of range, ...), never looked at while tuning; the README reports both.

GENERIC values go to every directive; FAMILY values only to the directives whose parser (in the
swept release) is of that family (PARSER_FAMILY maps systemd's parser names to families). A value
is a plain string; the sweep writes it after "KEY=" on a line of its own.
"""

# Parsers grouped by the kind of value they read (systemd 252 through 262 names).
PARSER_FAMILY = {
    'bool': ['config_parse_bool', 'config_parse_tristate', 'config_parse_exec_mount_apivfs',
             'config_parse_job_mode_isolate'],
    'time': ['config_parse_sec', 'config_parse_sec_fix_0', 'config_parse_sec_def_infinity',
             'config_parse_service_timeout', 'config_parse_service_timeout_abort',
             'config_parse_job_timeout_sec', 'config_parse_job_running_timeout_sec', 'config_parse_nsec',
             'config_parse_timer', 'config_parse_managed_oom_mem_pressure_duration_sec'],
    'number': ['config_parse_unsigned', 'config_parse_int', 'config_parse_long', 'config_parse_exit_status',
               'config_parse_tty_size', 'config_parse_exec_nice', 'config_parse_exec_oom_score_adjust',
               'config_parse_exec_cpu_sched_prio', 'config_parse_swap_priority', 'config_parse_exec_io_priority',
               'config_parse_cg_weight', 'config_parse_cg_cpu_weight', 'config_parse_blockio_weight',
               'config_parse_cpu_shares', 'config_parse_ip_tos', 'config_parse_concurrency_max'],
    'size': ['config_parse_iec_size', 'config_parse_iec_size_long', 'config_parse_memory_limit',
             'config_parse_tasks_max', 'config_parse_managed_oom_mem_pressure_limit', 'config_parse_cpu_quota'],
    'mode': ['config_parse_mode'],
    'signal': ['config_parse_signal', 'config_parse_set_status'],
    'rlimit': ['config_parse_rlimit'],
    'cpuset': ['config_parse_allowed_cpuset', 'config_parse_allowed_cpus', 'config_parse_allowed_mems',
               'config_parse_exec_cpu_affinity', 'config_parse_numa_mask', 'config_parse_unit_cpu_set'],
    'path': ['config_parse_unit_path_printf', 'config_parse_working_directory', 'config_parse_pid_file',
             'config_parse_unit_env_file', 'config_parse_path_spec', 'config_parse_namespace_path_strv',
             'config_parse_colon_separated_paths', 'config_parse_unit_path_strv_printf',
             'config_parse_unit_requires_mounts_for', 'config_parse_unit_mounts_for',
             'config_parse_unit_condition_path', 'config_parse_ip_filter_bpf_progs', 'config_parse_exec_directories',
             'config_parse_bind_paths', 'config_parse_temporary_filesystems', 'config_parse_mount_images',
             'config_parse_extension_images', 'config_parse_exec_root_hash', 'config_parse_exec_root_hash_sig',
             'config_parse_mount_node'],
    'unit': ['config_parse_unit_deps', 'config_parse_obsolete_unit_deps', 'config_parse_trigger_unit',
             'config_parse_unit_slice', 'config_parse_socket_service', 'config_parse_service_sockets',
             'config_parse_strv', 'config_parse_also', 'config_parse_alias', 'config_parse_default_instance'],
    'security': ['config_parse_capability_set', 'config_parse_address_families', 'config_parse_syscall_filter',
                 'config_parse_syscall_log', 'config_parse_syscall_archs', 'config_parse_syscall_errno',
                 'config_parse_restrict_namespaces', 'config_parse_namespace_flags',
                 'config_parse_restrict_filesystems', 'config_parse_restrict_network_interfaces',
                 'config_parse_exec_secure_bits', 'config_parse_personality'],
    'net': ['config_parse_in_addr_prefixes', 'config_parse_cgroup_socket_bind', 'config_parse_socket_listen',
            'config_parse_socket_bindtodevice', 'config_parse_socket_protocol', 'config_parse_bind_network_interface'],
    'device': ['config_parse_device_allow', 'config_parse_io_device_weight', 'config_parse_io_limit',
               'config_parse_io_device_latency', 'config_parse_blockio_device_weight',
               'config_parse_blockio_bandwidth'],
    'exec': ['config_parse_exec'],
    'env': ['config_parse_environ', 'config_parse_pass_environ', 'config_parse_unset_environ',
            'config_parse_log_extra_fields'],
    'credential': ['config_parse_set_credential', 'config_parse_load_credential', 'config_parse_import_credential'],
    'controllers': ['config_parse_delegate', 'config_parse_disable_controllers', 'config_parse_bpf_foreign_program',
                    'config_parse_exec_coredump_filter'],
}

TUNE = {
    'generic': [
        '', 'soon', '5x', '-1', '0', '101%', 'relative/path', '/abs/../path', 'x%Qy', 'yes please',
        '1e13G', '18446744073709551616', '~', '@foo', 'foo:bar', '1.2.3.4/33', '"unbalanced', 'a\\qb', 'yes',
        'infinity', 'foo.service', '/dev/null',
    ],
    'bool': ['maybe', '2', 'TRUE', 'on', 'enabled'],
    'time': ['5min 30s', '1.5.5', '9223372036855', '5 parsecs', '1y', '-5s', '100ms', '18446744073710'],
    'number': ['0x10', '012', '08', '4294967296', '+3', ' 7', '-0', '65536', '256', '10001', '-21', '100'],
    'size': ['12Q', '50%', '100.5%', '1.5G', 'lots', '1t', '200%', '50.55%', '0%', '16E', '1K 2'],
    'mode': ['0777', '0999', '8', '-022', '01777', '7777', '17777'],
    'signal': ['SIGFOO', 'TERM', '99', 'RTMIN+5', 'SIGCLD', 'SIGTERM SIGFOO', '255', 'sigterm'],
    'rlimit': ['lots', '1024:2048', '2048:1024', '10K', '5:infinity', 'infinity:5', '1s', '-20', '19'],
    'cpuset': ['0-3', '3-1', 'a', '0,1 2', 'all', '1-', '0-8191', '8192', 'numa'],
    'path': ['-/opt/x', '+/opt/x', '/a//b', '/a/./b', 'a:b', '/opt/x:/opt/y', '-relative', 'private',
             '/a/b:/c/d:rbind', '/a:relative', '~'],
    'unit': ['foo', 'a b.service', 'foo@.service', 'bar.socket', 'foo.slice', '-.slice', 'a-b.slice',
             'x%Iy.service', 'foo.target bar'],
    'security': ['CAP_FOO', '~CAP_SYS_ADMIN', 'AF_INET', 'AF_FOO', '~AF_INET', 'none', '@system-service',
                 '~@privileged', '@system-service ~@privileged', 'read:EPERM', '~read:EFOO', 'foo_bar', 'x86-64',
                 'native foo', 'EPERM', 'ipc net', '~mnt', 'ext4', '~@basic-api', 'eth0', 'keep-caps', 'x86',
                 'EPERM:kill'],
    'net': ['10.0.0.0/8', 'any', 'localhost', '::1/129', 'link-local', 'ipv4:tcp:80', 'ipv6:udp:1-1024',
            'tcp:99999', 'any:80', '8080', '[::1]:80', 'udplite', 'eth0', 'a/b', '300.0.0.1'],
    'device': ['/dev/null rw', '/dev/sda 500', 'char-pts rwm', 'block-sd r', '/dev/sda 5x', '/dev/null x',
               'sda rw', '/dev/sda 1M', '/dev/sda 20ms', '/dev/sda'],
    'exec': ['${BIN} x', '/bin/echo %Q', '-/bin/true', 'true', '@/bin/true', '/bin/true ; /bin/false',
             '"/bin/unterminated', '/bin/echo $X'],
    'env': ['FOO=bar', 'FOO', '1X=2', 'FOO=bar BAZ', '"A=b c"', 'A-B=x', 'MESSAGE=x', 'lower=ok'],
    'credential': ['name:value', 'name', ':x', 'a/b:x', 'name:/etc/x', 'name:relative', 'x:../y'],
    'controllers': ['cpu memory', 'foo', 'cpu foo', 'yes', 'bpf-firewall', 'ingress:/sys/fs/bpf/x',
                    'egress:relative', 'foo:/sys/fs/bpf/x', 'elf-headers', '0x33'],
}

HELDOUT = {
    'generic': [
        'later', '12y3', '-5', '1%%', '../up', '/a//b', '%z', 'no thanks', '5E', '99999999999999999999999',
        '!', '@', 'a=b', '300.1.1.1', "'q", 'x\\', 'off', 'max', 'bar.target', '/tmp', '  ', 'ünïcode',
    ],
    'bool': ['yess', '-1', 'FALSE', 'off', 'nope'],
    'time': ['2h 15min', '3.sec', '9999999999999', 'forever', '2 weeks', '-0', '5µs', '99999999999999999999s'],
    'number': ['0b101', '0o17', '0x', '99999999999', '-7', '2147483648', '-2147483649', '1.0', '1e3', '31', '-1001',
               '1001'],
    'size': ['9Z', '10.25%', '99.999%', '512M', 'plenty', '1Ki', '101.00%', '1‰', '1000‰', '18446744073709551615',
             '2G 3'],
    'mode': ['0755', '0888', '9', '+0755', '1777', '0o755', '099999'],
    'signal': ['SIGKILLL', 'HUP', '65', 'RTMAX-2', 'SIGPOLL', 'SIGINT SIGBAR', '254', 'Term'],
    'rlimit': ['heaps', '4096:8192', '8192:4096', '1M', '7:infinity', 'infinity:7', '2min', '-21', '20'],
    'cpuset': ['1-2', '5-2', 'b', '0 1,2', 'everything', '-1', '8191', '8193', 'node'],
    'path': ['-/srv/y', '+/srv/y', '/x///y', '/x/.', 'c:d', '/srv/x:/srv/y:norbind', '-other', 'private/x',
             '/p:/q:bogus', '/p:rel', '~/x'],
    'unit': ['bar', 'c d.target', 'bar@.socket', 'baz.path', 'bar.slice', 'x--y.slice', 'system-.slice',
             'y%Cz.service', 'a.target b'],
    'security': ['CAP_BAR', '~CAP_NET_RAW', 'AF_INET6', 'AF_BAR', '~AF_UNIX', 'nothing', '@network-io',
                 '~@mount', '@basic-io ~@reboot', 'write:EACCES', '~write:EBAR', 'bar_baz', 'arm64', 'native bar',
                 'EACCES', 'mnt uts', '~ipc', 'btrfs', '~@foo', 'lo', 'noroot', 'mips', 'EACCES:log'],
    'net': ['192.168.0.0/16', 'multicast', 'localhost6', '10.0.0.1/40', 'link-locals', 'ipv6:tcp:443',
            'ipv4:sctp:1-100', 'udp:70000', 'all:22', '443', '[::]:22', 'sctp', 'wlan0', 'c/d', '1.2.3.256'],
    'device': ['/dev/zero r', '/dev/sdb 100', 'char-tty w', 'block-loop m', '/dev/sdb 3q', '/dev/zero y',
               'sdb r', '/dev/sdb 2G', '/dev/sdb 5s', '/dev/zero'],
    'exec': ['${PROG}', '/bin/echo %X', '+/bin/true', 'echo', ':/bin/true', '/bin/true \\; x', "'/bin/unterminated",
             '/bin/echo ${Y}'],
    'env': ['A=b', 'BAR', '9Z=1', 'X=1 Y', "'C=d e'", 'X.Y=z', 'SYSLOG_IDENTIFIER=y', 'mixedCase=1'],
    'credential': ['key:data', 'key', ':y', 'c/d:y', 'key:/srv/x', 'key:rel/ative', 'y:./z'],
    'controllers': ['io pids', 'bar', 'memory bar', 'no', 'bpf-devices', 'egress:/sys/fs/bpf/y',
                    'ingress:rel', 'bar:/sys/fs/bpf/y', 'private-dax', '0x7'],
}

SPLITS = {'tune': TUNE, 'heldout': HELDOUT}


def family_of(parser):
    for family, parsers in PARSER_FAMILY.items():
        if parser in parsers:
            return family
    return None


def values_for(parser, split):
    """The values of one split for a directive whose parser is {@code parser}, without repeats."""
    table = SPLITS[split]
    values = list(table['generic'])
    family = family_of(parser)
    if family:
        values += table[family]
    seen = set()
    return [v for v in values if not (v in seen or seen.add(v))]
