#!/usr/bin/env python3
"""Writes a sweep of hand-made services over every setting systemd-analyze security reads.

The corpus rarely hardens its services, so agreeing with systemd on it says little about the
parsers of CapabilityBoundingSet=, SystemCallFilter=, RestrictAddressFamilies= and the rest.
This sweep writes one service per case into a folder (default target/security-sweep): every
setting the assessment reads, with valid, invalid, empty and edge values, the merging of
several assignments, drop-ins, and the settings that imply others. Then

    conformance/security.py target/security-sweep --list-disagreements

compares unitlint with systemd-analyze on each file, as for the corpus.

Usage: conformance/security_sweep.py [FOLDER]
"""
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

BOOLEANS = ["PrivateDevices", "PrivateMounts", "PrivateNetwork", "PrivateTmp", "PrivateUsers", "ProtectControlGroups",
            "ProtectKernelModules", "ProtectKernelTunables", "ProtectKernelLogs", "ProtectClock", "ProtectHostname",
            "LockPersonality", "MemoryDenyWriteExecute", "NoNewPrivileges", "RemoveIPC", "RestrictRealtime",
            "RestrictSUIDSGID", "DynamicUser"]
BOOL_VALUES = ["yes", "no", "true", "0", "ON", "maybe", ""]

GROUPS = ["@swap", "@obsolete", "@clock", "@cpu-emulation", "@debug", "@mount", "@module", "@raw-io", "@reboot",
          "@privileged", "@resources"]


def cases():
    """(name, [service lines], {drop-in name: [lines]}, template?)"""
    out = []

    def add(name, lines, dropins=None, unit_lines=None):
        out.append((name, lines, dropins or {}, unit_lines or []))

    for key in BOOLEANS:
        for v in BOOL_VALUES:
            add('bool-%s-%s' % (key, v or 'empty'), ['%s=%s' % (key, v)])
        add('bool-%s-yes-then-invalid' % key, ['%s=yes' % key, '%s=bogus' % key])
        add('bool-%s-dropin-no' % key, ['%s=yes' % key], {'10-no.conf': ['%s=no' % key]})
    # User= and DynamicUser=
    for user in ["root", "0", "nobody", "daemon", "1000", "", "%u", "%U", "%n", "www-%p"]:
        for dyn in [None, "yes", "no"]:
            lines = ['User=' + user]
            if dyn:
                lines.append('DynamicUser=' + dyn)
            add('user-%s-dyn-%s' % (user.replace('%', 'pct') or 'empty', dyn), lines)
    add('user-dynamic-only', ['DynamicUser=yes'])
    for groups in ["adm", "", "adm wheel", "%p"]:
        for user in [None, "daemon", "root"]:
            lines = ['SupplementaryGroups=' + groups]
            if user:
                lines.insert(0, 'User=' + user)
            add('groups-%s-%s' % (groups.replace(' ', '_').replace('%', 'pct') or 'empty', user), lines)
    add('groups-dynamic', ['DynamicUser=yes', 'SupplementaryGroups=adm'])
    add('groups-reset', ['User=daemon', 'SupplementaryGroups=adm', 'SupplementaryGroups='])
    add('removeipc-user', ['User=daemon', 'RemoveIPC=yes'])
    add('removeipc-dynamic', ['DynamicUser=yes', 'RemoveIPC=no'])
    # ProtectHome=, ProtectSystem=
    for v in ["yes", "no", "read-only", "tmpfs", "true", "off", "readonly", "", "Read-Only"]:
        add('home-%s' % (v or 'empty'), ['ProtectHome=' + v])
        add('home-%s-dynamic' % (v or 'empty'), ['ProtectHome=' + v, 'DynamicUser=yes'])
    for v in ["yes", "no", "full", "strict", "1", "false", "Strict", ""]:
        add('system-%s' % (v or 'empty'), ['ProtectSystem=' + v])
        add('system-%s-dynamic' % (v or 'empty'), ['ProtectSystem=' + v, 'DynamicUser=yes'])
    # RootDirectory=, RootImage=
    for v in ["/", "//", "/srv/root", ""]:
        add('rootdir-%s' % (v.replace('/', 'S') or 'empty'), ['RootDirectory=' + v])
        add('rootimage-%s' % (v.replace('/', 'S') or 'empty'), ['RootImage=' + v])
    # DefaultDependencies=no
    add('defaultdeps-no', [], unit_lines=['DefaultDependencies=no'])
    add('defaultdeps-no-hardened', ['PrivateTmp=yes', 'ProtectSystem=strict'], unit_lines=['DefaultDependencies=no'])
    add('defaultdeps-invalid', [], unit_lines=['DefaultDependencies=perhaps'])
    add('wrong-section', [], unit_lines=['PrivateTmp=yes', 'ProtectSystem=strict'])
    # CapabilityBoundingSet=
    cap_values = ["CAP_SYS_ADMIN", "~CAP_SYS_ADMIN", "", "~", "cap_sys_admin", "21", "64", "CAP_BOGUS",
                  "~CAP_BOGUS", "CAP_NET_BIND_SERVICE CAP_NET_RAW", "~CAP_SETUID CAP_SETGID CAP_SETPCAP CAP_SYS_ADMIN",
                  '"CAP_KILL"', "CAP_BPF", "~CAP_BPF CAP_SYS_PACCT"]
    for i, v in enumerate(cap_values):
        add('caps-%02d' % i, ['CapabilityBoundingSet=' + v])
    seqs = [["CAP_CHOWN", "CAP_KILL"], ["~CAP_CHOWN", "~CAP_KILL"], ["CAP_KILL", "~CAP_KILL"], ["~CAP_KILL", "CAP_KILL"],
            ["", "CAP_KILL"], ["CAP_KILL", ""], ["~", "CAP_KILL"], ["CAP_BOGUS", "CAP_KILL"], ["CAP_KILL", "~"],
            ["~CAP_SYS_ADMIN", "CAP_SYS_ADMIN CAP_KILL"]]
    for i, seq in enumerate(seqs):
        add('caps-seq-%02d' % i, ['CapabilityBoundingSet=' + v for v in seq])
    add('caps-dropin', ['CapabilityBoundingSet=CAP_SYS_ADMIN'], {'10.conf': ['CapabilityBoundingSet=~CAP_SYS_ADMIN']})
    for key in ["PrivateDevices", "ProtectKernelModules", "ProtectKernelLogs", "ProtectClock"]:
        add('caps-implied-%s' % key, [key + '=yes'])
        add('caps-implied-%s-list' % key, [key + '=yes', 'CapabilityBoundingSet=CAP_MKNOD CAP_SYS_RAWIO CAP_SYS_MODULE'
                                           ' CAP_SYSLOG CAP_SYS_TIME CAP_WAKE_ALARM CAP_KILL'])
    # AmbientCapabilities=
    for i, seq in enumerate([["CAP_NET_RAW"], [""], ["~CAP_NET_RAW"], ["CAP_NET_RAW", ""], ["CAP_BOGUS"],
                             ["CAP_NET_RAW", "~CAP_NET_RAW"], ["~"]]):
        add('ambient-%02d' % i, ['AmbientCapabilities=' + v for v in seq])
    # UMask=
    for v in ["0000", "0002", "0007", "0022", "0027", "0077", "077", "7777", "0999", "", "22", "-0022"]:
        add('umask-%s' % (v or 'empty'), ['UMask=' + v])
    for key, values in [("KeyringMode", ["inherit", "private", "shared", "Private", ""]),
                        ("ProtectProc", ["default", "noaccess", "invisible", "ptraceable", "bogus"]),
                        ("ProcSubset", ["all", "pid", "PID"]),
                        ("NotifyAccess", ["none", "main", "exec", "all", "All"]),
                        ("Delegate", ["yes", "no", "", "cpu memory", "bogus", "cpu bogus"]),
                        ("DevicePolicy", ["auto", "closed", "strict", "Strict"])]:
        for v in values:
            add('%s-%s' % (key.lower(), v.replace(' ', '_') or 'empty'), ['%s=%s' % (key, v)])
    add('notify-type', ['Type=notify'])
    # RestrictNamespaces=
    ns_seqs = [["yes"], ["no"], [""], ["user"], ["~user"], ["user net"], ["~user net mnt"], ["time"], ["~time"],
               ["bogus"], ["user bogus"], ["cgroup ipc net mnt pid user uts"], ["user", "net"], ["~user", "~net"],
               ["user", "~user"], ["yes", "user"], ["no", "~pid"], ["user", ""], ["user", "bogus"]]
    for i, seq in enumerate(ns_seqs):
        add('ns-%02d' % i, ['RestrictNamespaces=' + v for v in seq])
    # RestrictAddressFamilies=
    af_seqs = [["AF_UNIX"], ["~AF_UNIX"], ["none"], [""], ["AF_INET"], ["AF_INET6"], ["~AF_INET"],
               ["AF_UNIX AF_INET AF_INET6"], ["AF_LOCAL"], ["~AF_FILE"], ["AF_ROUTE"], ["~AF_ROUTE AF_PACKET"],
               ["af_unix"], ["AF_BOGUS"], ["AF_UNIX AF_BOGUS"], ["AF_BLUETOOTH"], ["~AF_BLUETOOTH"],
               ["AF_UNIX", "AF_INET"], ["AF_UNIX", "~AF_UNIX"], ["~AF_UNIX", "AF_UNIX"], ["~AF_PACKET", "~AF_NETLINK"],
               ["none", "AF_UNIX"], ["none", "~AF_UNIX"], ["AF_UNIX", ""], ["AF_UNIX", "none"], ["~AF_UNIX", "none"],
               ["AF_BOGUS", "AF_UNIX"], ["~AF_BOGUS", "AF_UNIX"], ['"AF_UNIX"']]
    for i, seq in enumerate(af_seqs):
        add('af-%02d' % i, ['RestrictAddressFamilies=' + v for v in seq])
    # SystemCallArchitectures=
    for i, seq in enumerate([["native"], ["x86-64"], ["native x86"], ["native x86-64"], ["bogus"], ["native bogus"],
                             [""], ["native", ""], ["", "native"], ["x86", "native"], ["x32"]]):
        add('archs-%02d' % i, ['SystemCallArchitectures=' + v for v in seq])
    # SystemCallFilter=
    sc_seqs = [["@system-service"], ["~@mount"], [""], ["@default"], ["~@default"], ["@known"], ["~@known"],
               ["@system-service", "~@privileged @resources"], ["~@swap", "swapon"], ["@basic-io", "@swap"],
               ["~@mount:EPERM"], ["~@mount:EBOGUS"], ["@mount:EPERM"], ["@system-service", "~@resources:EPERM"],
               ["@system-service", "~@resources"], ["~@clock @cpu-emulation @debug @module @mount @obsolete"
                                                    " @privileged @raw-io @reboot @resources @swap"],
               ["@bogus"], ["~@bogus"], ["swapon"], ["~swapon swapoff"], ["arm_fadvise64_64"], ["~_sysctl"],
               ["@system-service", ""], ["", "@system-service"], ["~@mount", "~@swap"], ["~@mount", "@mount"],
               ["@mount", "~@mount"], ["~@privileged:kill"], ["~@raw-io:1"], ["~ioperm:5000"],
               ['"@system-service"'], ["@clock", "~settimeofday clock_settime clock_adjtime adjtimex"]]
    for i, seq in enumerate(sc_seqs):
        add('syscall-%02d' % i, ['SystemCallFilter=' + v for v in seq])
    add('syscall-dropin', ['SystemCallFilter=@system-service'], {'10.conf': ['SystemCallFilter=~@resources']})
    # IPAddressDeny= / IPAddressAllow= / filters
    ip_cases = [(["any"], []), (["0.0.0.0/0"], []), (["0.0.0.0/0 ::/0"], []), (["::/0"], []),
                (["any"], ["localhost"]), (["any"], ["127.0.0.1"]), (["any"], ["::1"]), (["any"], ["127.0.0.1/0"]),
                (["any"], ["::1/64"]), (["any"], ["10.0.0.0/8"]), (["any"], ["link-local"]), (["any"], ["multicast"]),
                (["any"], ["bogus"]), (["any"], ["localhost 192.168.1.1"]), (["any"], ["127.1.2.3/8"]),
                (["any", ""], []), (["10.0.0.0/8"], []), (["any"], ["localhost", ""]), (["bogus"], []),
                (["0.0.0.0/0", "::/0"], []), (["any"], ["::ffff:127.0.0.1"]), (["any"], ["foo.localhost"]),
                (["any"], ["0127.0.0.1"]), ([], ["localhost"])]
    for i, (deny, allow) in enumerate(ip_cases):
        add('ip-%02d' % i, ['IPAddressDeny=' + v for v in deny] + ['IPAddressAllow=' + v for v in allow])
    add('ip-ingress', ['IPIngressFilterPath=/sys/fs/bpf/filter'])
    add('ip-egress-reset', ['IPEgressFilterPath=/sys/fs/bpf/filter', 'IPEgressFilterPath='])
    add('ip-ingress-relative', ['IPIngressFilterPath=relative/filter'])
    # Devices
    dev_cases = [[], ["DevicePolicy=closed"], ["DevicePolicy=strict", "DeviceAllow=/dev/null rw"],
                 ["DevicePolicy=closed", "DeviceAllow=/dev/null rw", "DeviceAllow="],
                 ["DeviceAllow=/dev/null rw"], ["PrivateDevices=yes"], ["PrivateDevices=yes", "DevicePolicy=auto"],
                 ["PrivateDevices=yes", "ProtectClock=yes"], ["DevicePolicy=closed", "ProtectClock=yes"],
                 ["ProtectClock=yes"], ["PrivateDevices=yes", "RootImage=/srv/image.raw"],
                 ["PrivateDevices=yes", "LoadCredentialEncrypted=secret:/etc/secret.cred"],
                 ["PrivateDevices=yes", "SetCredentialEncrypted=secret:abcd"],
                 ["DevicePolicy=closed", "DeviceAllow=/dev/sda xyz"], ["DevicePolicy=closed", "DeviceAllow=relative r"],
                 ["DevicePolicy=closed", "DeviceAllow=char-rtc r"], ["DevicePolicy=closed", "DeviceAllow=/dev/null"],
                 ["PrivateDevices=yes", "MountImages=/srv/a.raw:/mnt"]]
    for i, lines in enumerate(dev_cases):
        add('dev-%02d' % i, lines)
    # Drop-ins deciding, and a hardened service
    add('dropin-user', [], {'10-user.conf': ['User=daemon'], '20-reset.conf': ['User=']})
    add('dropin-many', ['ProtectSystem=full'], {'10.conf': ['ProtectSystem=strict', 'ProtectHome=yes'],
                                                '20.conf': ['ProtectHome=read-only']})
    add('hardened', ['DynamicUser=yes', 'CapabilityBoundingSet=', 'AmbientCapabilities=', 'PrivateNetwork=yes',
                     'PrivateDevices=yes', 'PrivateUsers=yes', 'ProtectControlGroups=yes', 'ProtectKernelModules=yes',
                     'ProtectKernelTunables=yes', 'ProtectKernelLogs=yes', 'ProtectClock=yes', 'ProtectHostname=yes',
                     'ProtectHome=yes', 'ProtectProc=invisible', 'ProcSubset=pid', 'LockPersonality=yes',
                     'MemoryDenyWriteExecute=yes', 'RestrictRealtime=yes', 'RestrictNamespaces=yes',
                     'RestrictAddressFamilies=none', 'SystemCallArchitectures=native',
                     'SystemCallFilter=@system-service', 'SystemCallFilter=~@privileged @resources', 'UMask=0077',
                     'IPAddressDeny=any', 'RootDirectory=/srv/root', 'PrivateMounts=yes'])
    # Structure: several [Service] sections, continuation lines, keys in the wrong case, comments.
    add('two-sections', ['PrivateTmp=yes', '', '[Service]', 'PrivateTmp=no', 'ProtectSystem=strict'])
    add('continuation', ['CapabilityBoundingSet=CAP_NET_ADMIN \\', '  CAP_SYS_ADMIN', 'SystemCallFilter=@system-service \\',
                         '  @mount'])
    add('wrong-case-key', ['privatenetwork=yes', 'ProtectHome=Yes'])
    add('unit-dropin-defaultdeps', ['ProtectSystem=full'], {'10.conf': ['[Unit]', 'DefaultDependencies=no']})
    for spec in ['%t/root', '%S/x', '%h', '%C/img.raw']:
        add('rootdir-spec-%s' % spec.replace('%', 'pct').replace('/', 'S'), ['RootDirectory=' + spec])
    # Random combinations, seeded: implications and merging meet each other here.
    rng = random.Random(252)
    pool = [
        ('User', ['root', 'daemon', 'nobody', '', '0']), ('DynamicUser', ['yes', 'no']),
        ('SupplementaryGroups', ['adm', '', 'adm disk']),
        ('PrivateDevices', ['yes', 'no']), ('PrivateTmp', ['yes', 'no']), ('PrivateNetwork', ['yes']),
        ('PrivateMounts', ['yes', 'no']), ('PrivateUsers', ['yes']), ('ProtectClock', ['yes', 'no']),
        ('ProtectKernelModules', ['yes']), ('ProtectKernelLogs', ['yes']), ('ProtectControlGroups', ['yes']),
        ('ProtectKernelTunables', ['yes']), ('NoNewPrivileges', ['yes', 'no']), ('RemoveIPC', ['yes', 'no']),
        ('RestrictSUIDSGID', ['yes']), ('ProtectHome', ['yes', 'read-only', 'tmpfs', 'no']),
        ('ProtectSystem', ['strict', 'full', 'yes', 'no']), ('RootImage', ['/srv/img.raw', '']),
        ('CapabilityBoundingSet', ['CAP_NET_BIND_SERVICE', '~CAP_SYS_ADMIN CAP_NET_ADMIN', '', '~CAP_MKNOD',
                                   'CAP_SYS_TIME CAP_SYSLOG CAP_SYS_MODULE CAP_MKNOD CAP_SYS_RAWIO CAP_WAKE_ALARM']),
        ('AmbientCapabilities', ['CAP_NET_RAW', '']), ('UMask', ['0077', '0027', '0002']),
        ('RestrictNamespaces', ['yes', '~user', 'net ipc', 'no']),
        ('RestrictAddressFamilies', ['AF_UNIX AF_INET', '~AF_PACKET', 'none', 'AF_NETLINK']),
        ('SystemCallArchitectures', ['native', 'native x86']),
        ('SystemCallFilter', ['@system-service', '~@mount @swap', '~@privileged', '@basic-io @network-io',
                              '~@clock:EPERM']),
        ('IPAddressDeny', ['any', '0.0.0.0/0']), ('IPAddressAllow', ['localhost', '10.0.0.0/8']),
        ('DevicePolicy', ['closed', 'strict', 'auto']), ('DeviceAllow', ['/dev/null rw', 'char-pts rw']),
        ('LoadCredentialEncrypted', ['key:/etc/key.cred']), ('Delegate', ['yes', 'no']),
        ('KeyringMode', ['shared', 'private']), ('NotifyAccess', ['all', 'main']),
        ('ProtectProc', ['invisible', 'noaccess']), ('ProcSubset', ['pid']),
    ]
    for i in range(300):
        picks = rng.sample(pool, rng.randint(3, 14))
        lines = []
        for key, values in picks:
            for _ in range(rng.choice([1, 1, 1, 2])):
                lines.append('%s=%s' % (key, rng.choice(values)))
        rng.shuffle(lines)
        dropins = {}
        if rng.random() < 0.3:
            key, values = rng.choice(pool)
            dropins['50-random.conf'] = ['%s=%s' % (key, rng.choice(values))]
        unit_lines = ['DefaultDependencies=no'] if rng.random() < 0.1 else []
        add('random-%03d' % i, lines, dropins, unit_lines)
    return [c for c in out if c]


def write(folder):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    n = 0
    for name, lines, dropins, unit_lines in cases():
        unit = 'sweep-%s.service' % name.replace('%', 'pct').replace('"', 'q')
        text = '[Unit]\nDescription=sweep case %s\n' % name + ''.join(l + '\n' for l in unit_lines)
        text += '[Service]\nExecStart=/usr/bin/true\n' + ''.join(l + '\n' for l in lines)
        with open(os.path.join(folder, unit), 'w') as f:
            f.write(text)
        if dropins:
            d = os.path.join(folder, unit + '.d')
            os.makedirs(d)
            for dname, dlines in dropins.items():
                with open(os.path.join(d, dname), 'w') as f:
                    f.write('[Service]\n' + ''.join(l + '\n' for l in dlines))
        n += 1
    # A template whose User= names the instance: systemd-analyze loads it as instance "i".
    with open(os.path.join(folder, 'sweep-template@.service'), 'w') as f:
        f.write('[Service]\nExecStart=/usr/bin/true\nUser=%i\n')
    with open(os.path.join(folder, 'sweep-template-root@.service'), 'w') as f:
        f.write('[Service]\nExecStart=/usr/bin/true\nUser=%I\nDynamicUser=yes\n')
    return n + 2


if __name__ == '__main__':
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, 'target', 'security-sweep')
    print('%d services written to %s' % (write(target), target))
