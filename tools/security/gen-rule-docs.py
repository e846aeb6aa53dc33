#!/usr/bin/env python3
"""Writes the documents and the generated fixtures of the security rules SEC001-SEC081.

Each rule is one row of systemd's table of security checks (security_assessor_table[] in
src/analyze/analyze-security.c, mirrored by src/main/java/dev/unitlint/security/SecurityChecks.java).
Their documents share a shape: what the check protects against (written per check below), what
systemd does (per assessor kind, with the row's weight, range and json_field), a bad and a good
example, and the releases. This script writes them from the data below so the 81 documents stay
consistent; SecurityRulesTest checks that the weight, range and json_field each document states
are the table's.

It also writes, per rule, the fixtures `missing.service` (nothing set), `bad.service`,
`good.service` and `drop-in.service` (+ `drop-in.service.d/`) under testdata/rules/SECnnn/, with
the `# BUG:` markers the rule must report; hand-written fixtures with other names are left alone.

Usage: tools/security/gen-rule-docs.py   (from the repository root; rewrites the files)
"""
import os
import textwrap

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAN = 'https://www.freedesktop.org/software/systemd/man/systemd.exec.html'

# kind: bool | user | groups | home | system | root | caps | umask | keyring | proc | subset | notify |
#       ipc | delegate | ns | af | archs | syscalls | ip | devices | ambient
# row: (setting as systemd prints it, json_field, weight, range, kind, extra)
ROWS = [
    ("User=/DynamicUser=", "UserOrDynamicUser", 2000, 10, "user", {}),
    ("SupplementaryGroups=", "SupplementaryGroups", 200, 1, "groups", {}),
    ("PrivateDevices=", "PrivateDevices", 1000, 1, "bool", {}),
    ("PrivateMounts=", "PrivateMounts", 1000, 1, "bool", {}),
    ("PrivateNetwork=", "PrivateNetwork", 2500, 1, "bool", {}),
    ("PrivateTmp=", "PrivateTmp", 1000, 1, "bool", {"ddo": True}),
    ("PrivateUsers=", "PrivateUsers", 1000, 1, "bool", {}),
    ("ProtectControlGroups=", "ProtectControlGroups", 1000, 1, "bool", {}),
    ("ProtectKernelModules=", "ProtectKernelModules", 1000, 1, "bool", {}),
    ("ProtectKernelTunables=", "ProtectKernelTunables", 1000, 1, "bool", {}),
    ("ProtectKernelLogs=", "ProtectKernelLogs", 1000, 1, "bool", {"since": 244}),
    ("ProtectClock=", "ProtectClock", 1000, 1, "bool", {"since": 245}),
    ("ProtectHome=", "ProtectHome", 1000, 10, "home", {"ddo": True}),
    ("ProtectHostname=", "ProtectHostname", 50, 1, "bool", {"since": 242}),
    ("ProtectSystem=", "ProtectSystem", 1000, 10, "system", {"ddo": True}),
    ("RootDirectory=/RootImage=", "RootDirectoryOrRootImage", 200, 1, "root", {"ddo": True}),
    ("LockPersonality=", "LockPersonality", 100, 1, "bool", {}),
    ("MemoryDenyWriteExecute=", "MemoryDenyWriteExecute", 100, 1, "bool", {}),
    ("NoNewPrivileges=", "NoNewPrivileges", 1000, 1, "bool", {}),
    ("CapabilityBoundingSet=~CAP_SYS_ADMIN", "CapabilityBoundingSet_CAP_SYS_ADMIN", 1500, 1, "caps",
     {"caps": ["CAP_SYS_ADMIN"]}),
    ("CapabilityBoundingSet=~CAP_SET(UID|GID|PCAP)", "CapabilityBoundingSet_CAP_SET_UID_GID_PCAP", 1500, 1, "caps",
     {"caps": ["CAP_SETUID", "CAP_SETGID", "CAP_SETPCAP"]}),
    ("CapabilityBoundingSet=~CAP_SYS_PTRACE", "CapabilityBoundingSet_CAP_SYS_PTRACE", 1500, 1, "caps",
     {"caps": ["CAP_SYS_PTRACE"]}),
    ("CapabilityBoundingSet=~CAP_SYS_TIME", "CapabilityBoundingSet_CAP_SYS_TIME", 1000, 1, "caps",
     {"caps": ["CAP_SYS_TIME"], "implied": "ProtectClock"}),
    ("CapabilityBoundingSet=~CAP_NET_ADMIN", "CapabilityBoundingSet_CAP_NET_ADMIN", 1000, 1, "caps",
     {"caps": ["CAP_NET_ADMIN"]}),
    ("CapabilityBoundingSet=~CAP_SYS_RAWIO", "CapabilityBoundingSet_CAP_SYS_RAWIO", 1000, 1, "caps",
     {"caps": ["CAP_SYS_RAWIO"], "implied": "PrivateDevices"}),
    ("CapabilityBoundingSet=~CAP_SYS_MODULE", "CapabilityBoundingSet_CAP_SYS_MODULE", 1000, 1, "caps",
     {"caps": ["CAP_SYS_MODULE"], "implied": "ProtectKernelModules"}),
    ("CapabilityBoundingSet=~CAP_AUDIT_*", "CapabilityBoundingSet_CAP_AUDIT", 500, 1, "caps",
     {"caps": ["CAP_AUDIT_CONTROL", "CAP_AUDIT_READ", "CAP_AUDIT_WRITE"]}),
    ("CapabilityBoundingSet=~CAP_SYSLOG", "CapabilityBoundingSet_CAP_SYSLOG", 500, 1, "caps",
     {"caps": ["CAP_SYSLOG"], "implied": "ProtectKernelLogs"}),
    ("CapabilityBoundingSet=~CAP_SYS_(NICE|RESOURCE)", "CapabilityBoundingSet_CAP_SYS_NICE_RESOURCE", 500, 1, "caps",
     {"caps": ["CAP_SYS_NICE", "CAP_SYS_RESOURCE"]}),
    ("CapabilityBoundingSet=~CAP_MKNOD", "CapabilityBoundingSet_CAP_MKNOD", 500, 1, "caps",
     {"caps": ["CAP_MKNOD"], "implied": "PrivateDevices"}),
    ("CapabilityBoundingSet=~CAP_(CHOWN|FSETID|SETFCAP)", "CapabilityBoundingSet_CAP_CHOWN_FSETID_SETFCAP", 1000, 1,
     "caps", {"caps": ["CAP_CHOWN", "CAP_FSETID", "CAP_SETFCAP"]}),
    ("CapabilityBoundingSet=~CAP_(DAC_*|FOWNER|IPC_OWNER)", "CapabilityBoundingSet_CAP_DAC_FOWNER_IPC_OWNER", 1000, 1,
     "caps", {"caps": ["CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_IPC_OWNER"]}),
    ("CapabilityBoundingSet=~CAP_KILL", "CapabilityBoundingSet_CAP_KILL", 500, 1, "caps", {"caps": ["CAP_KILL"]}),
    ("CapabilityBoundingSet=~CAP_NET_(BIND_SERVICE|BROADCAST|RAW)",
     "CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)", 500, 1, "caps",
     {"caps": ["CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_RAW"]}),
    ("CapabilityBoundingSet=~CAP_SYS_BOOT", "CapabilityBoundingSet_CAP_SYS_BOOT", 100, 1, "caps",
     {"caps": ["CAP_SYS_BOOT"]}),
    ("CapabilityBoundingSet=~CAP_MAC_*", "CapabilityBoundingSet_CAP_MAC", 100, 1, "caps",
     {"caps": ["CAP_MAC_ADMIN", "CAP_MAC_OVERRIDE"]}),
    ("CapabilityBoundingSet=~CAP_LINUX_IMMUTABLE", "CapabilityBoundingSet_CAP_LINUX_IMMUTABLE", 75, 1, "caps",
     {"caps": ["CAP_LINUX_IMMUTABLE"]}),
    ("CapabilityBoundingSet=~CAP_IPC_LOCK", "CapabilityBoundingSet_CAP_IPC_LOCK", 50, 1, "caps",
     {"caps": ["CAP_IPC_LOCK"]}),
    ("CapabilityBoundingSet=~CAP_SYS_CHROOT", "CapabilityBoundingSet_CAP_SYS_CHROOT", 50, 1, "caps",
     {"caps": ["CAP_SYS_CHROOT"]}),
    ("CapabilityBoundingSet=~CAP_BLOCK_SUSPEND", "CapabilityBoundingSet_CAP_BLOCK_SUSPEND", 25, 1, "caps",
     {"caps": ["CAP_BLOCK_SUSPEND"]}),
    ("CapabilityBoundingSet=~CAP_WAKE_ALARM", "CapabilityBoundingSet_CAP_WAKE_ALARM", 25, 1, "caps",
     {"caps": ["CAP_WAKE_ALARM"], "implied": "ProtectClock"}),
    ("CapabilityBoundingSet=~CAP_LEASE", "CapabilityBoundingSet_CAP_LEASE", 25, 1, "caps", {"caps": ["CAP_LEASE"]}),
    ("CapabilityBoundingSet=~CAP_SYS_TTY_CONFIG", "CapabilityBoundingSet_CAP_SYS_TTY_CONFIG", 25, 1, "caps",
     {"caps": ["CAP_SYS_TTY_CONFIG"]}),
    ("CapabilityBoundingSet=~CAP_SYS_PACCT", "CapabilityBoundingSet_CAP_SYS_PACCT", 25, 1, "caps",
     {"caps": ["CAP_SYS_PACCT"]}),
    ("CapabilityBoundingSet=~CAP_BPF", "CapabilityBoundingSet_CAP_BPF", 25, 1, "caps", {"caps": ["CAP_BPF"]}),
    ("UMask=", "UMask", 100, 10, "umask", {}),
    ("KeyringMode=", "KeyringMode", 1000, 1, "keyring", {}),
    ("ProtectProc=", "ProtectProc", 1000, 3, "proc", {"since": 247}),
    ("ProcSubset=", "ProcSubset", 10, 1, "subset", {"since": 247}),
    ("NotifyAccess=", "NotifyAccess", 1000, 1, "notify", {}),
    ("RemoveIPC=", "RemoveIPC", 100, 1, "ipc", {}),
    ("Delegate=", "Delegate", 100, 1, "delegate", {}),
    ("RestrictRealtime=", "RestrictRealtime", 500, 1, "bool", {}),
    ("RestrictSUIDSGID=", "RestrictSUIDSGID", 1000, 1, "bool", {"since": 242}),
    ("RestrictNamespaces=~user", "RestrictNamespaces_user", 1500, 1, "ns", {"ns": "user"}),
    ("RestrictNamespaces=~mnt", "RestrictNamespaces_mnt", 500, 1, "ns", {"ns": "mnt"}),
    ("RestrictNamespaces=~ipc", "RestrictNamespaces_ipc", 500, 1, "ns", {"ns": "ipc"}),
    ("RestrictNamespaces=~pid", "RestrictNamespaces_pid", 500, 1, "ns", {"ns": "pid"}),
    ("RestrictNamespaces=~cgroup", "RestrictNamespaces_cgroup", 500, 1, "ns", {"ns": "cgroup"}),
    ("RestrictNamespaces=~net", "RestrictNamespaces_net", 500, 1, "ns", {"ns": "net"}),
    ("RestrictNamespaces=~uts", "RestrictNamespaces_uts", 100, 1, "ns", {"ns": "uts"}),
    ("RestrictAddressFamilies=~AF_(INET|INET6)", "RestrictAddressFamilies_AF_INET_INET6", 1500, 1, "af",
     {"af": "AF_INET AF_INET6", "allow": "AF_UNIX"}),
    ("RestrictAddressFamilies=~AF_UNIX", "RestrictAddressFamilies_AF_UNIX", 25, 1, "af",
     {"af": "AF_UNIX", "allow": "AF_INET AF_INET6"}),
    ("RestrictAddressFamilies=~AF_NETLINK", "RestrictAddressFamilies_AF_NETLINK", 200, 1, "af",
     {"af": "AF_NETLINK", "allow": "AF_UNIX AF_INET AF_INET6"}),
    ("RestrictAddressFamilies=~AF_PACKET", "RestrictAddressFamilies_AF_PACKET", 1000, 1, "af",
     {"af": "AF_PACKET", "allow": "AF_UNIX AF_INET AF_INET6"}),
    ("RestrictAddressFamilies=~…", "RestrictAddressFamilies_OTHER", 1250, 1, "af",
     {"af": "AF_BLUETOOTH", "allow": "AF_UNIX AF_INET AF_INET6"}),
    ("SystemCallArchitectures=", "SystemCallArchitectures", 1000, 10, "archs", {}),
    ("SystemCallFilter=~@swap", "SystemCallFilter_swap", 1000, 10, "syscalls", {"group": "@swap", "call": "swapon"}),
    ("SystemCallFilter=~@obsolete", "SystemCallFilter_obsolete", 250, 10, "syscalls",
     {"group": "@obsolete", "call": "_sysctl"}),
    ("SystemCallFilter=~@clock", "SystemCallFilter_clock", 1000, 10, "syscalls",
     {"group": "@clock", "call": "settimeofday"}),
    ("SystemCallFilter=~@cpu-emulation", "SystemCallFilter_cpu_emulation", 250, 10, "syscalls",
     {"group": "@cpu-emulation", "call": "modify_ldt"}),
    ("SystemCallFilter=~@debug", "SystemCallFilter_debug", 1000, 10, "syscalls", {"group": "@debug", "call": "ptrace"}),
    ("SystemCallFilter=~@mount", "SystemCallFilter_mount", 1000, 10, "syscalls", {"group": "@mount", "call": "mount"}),
    ("SystemCallFilter=~@module", "SystemCallFilter_module", 1000, 10, "syscalls",
     {"group": "@module", "call": "init_module"}),
    ("SystemCallFilter=~@raw-io", "SystemCallFilter_raw_io", 1000, 10, "syscalls", {"group": "@raw-io", "call": "ioperm"}),
    ("SystemCallFilter=~@reboot", "SystemCallFilter_reboot", 1000, 10, "syscalls", {"group": "@reboot", "call": "reboot"}),
    ("SystemCallFilter=~@privileged", "SystemCallFilter_privileged", 700, 10, "syscalls",
     {"group": "@privileged", "call": "chroot"}),
    ("SystemCallFilter=~@resources", "SystemCallFilter_resources", 700, 10, "syscalls",
     {"group": "@resources", "call": "setrlimit"}),
    ("IPAddressDeny=", "IPAddressDeny", 1000, 10, "ip", {}),
    ("DeviceAllow=", "DeviceAllow", 1000, 10, "devices", {}),
    ("AmbientCapabilities=", "AmbientCapabilities", 500, 1, "ambient", {}),
]

# Per check: why it matters (Rationale), in a sentence or three.
WHY = {
    "UserOrDynamicUser": "A service that runs as root owns the machine when it is compromised: every file, every"
        " process, every device. A user of its own (or a transient one from `DynamicUser=yes`) confines a break-in to"
        " what that user may touch. `nobody` is no better than root in one way: it is shared by unrelated processes,"
        " which can then tamper with each other.",
    "SupplementaryGroups": "Each supplementary group widens what a non-root service may read and write. A service"
        " that needs no group access should have none.",
    "PrivateDevices": "With `PrivateDevices=yes` the service gets a minimal `/dev` of its own (null, zero, random,"
        " ...) and no access to disks, consoles or other hardware, and loses `CAP_MKNOD` and `CAP_SYS_RAWIO`.",
    "PrivateMounts": "With `PrivateMounts=yes` the service runs in a mount namespace of its own, so mounts it makes"
        " do not appear on the host (and the host's new mounts do not propagate into it).",
    "PrivateNetwork": "With `PrivateNetwork=yes` the service sees only a loopback device of its own and cannot talk"
        " to the network at all: the strongest network restriction, for services that need none.",
    "PrivateTmp": "A shared `/tmp` lets processes read each other's temporary files and plant symbolic links for"
        " each other; `PrivateTmp=yes` gives the service its own.",
    "PrivateUsers": "With `PrivateUsers=yes` the service runs in a user namespace that maps only root and its own"
        " user, so it cannot see or act as the host's other users, and its capabilities do not reach the host.",
    "ProtectControlGroups": "`ProtectControlGroups=yes` makes `/sys/fs/cgroup` read-only for the service, so it"
        " cannot change resource limits or move processes between control groups.",
    "ProtectKernelModules": "`ProtectKernelModules=yes` forbids loading kernel modules (and drops `CAP_SYS_MODULE`),"
        " the most direct way from root to kernel code.",
    "ProtectKernelTunables": "`ProtectKernelTunables=yes` makes `/proc/sys`, `/sys` and similar kernel interfaces"
        " read-only, so the service cannot retune the kernel.",
    "ProtectKernelLogs": "`ProtectKernelLogs=yes` denies access to the kernel log ring buffer (and drops"
        " `CAP_SYSLOG`), which may hold addresses and secrets useful to an attacker.",
    "ProtectClock": "`ProtectClock=yes` denies writes to the system and hardware clock (and drops `CAP_SYS_TIME`"
        " and `CAP_WAKE_ALARM`); a wrong clock breaks certificates, logs and timers.",
    "ProtectHome": "Home directories hold users' keys and documents. `ProtectHome=yes` hides `/home`, `/root` and"
        " `/run/user` from the service; `read-only` and `tmpfs` are weaker steps.",
    "ProtectHostname": "`ProtectHostname=yes` keeps the service from changing the host name or domain name.",
    "ProtectSystem": "`ProtectSystem=strict` makes the whole file system read-only for the service except what"
        " `ReadWritePaths=`, `StateDirectory=` and friends open; `yes` and `full` protect only `/usr`, `/boot`,"
        " `/efi` (and `/etc`).",
    "RootDirectoryOrRootImage": "A service in a root directory or image of its own (`RootDirectory=`, `RootImage=`)"
        " sees only the files put there, not the host's.",
    "LockPersonality": "`LockPersonality=yes` keeps the service from switching its execution domain, which old"
        " exploits use to reach code paths meant for other ABIs.",
    "MemoryDenyWriteExecute": "`MemoryDenyWriteExecute=yes` forbids memory that is both writable and executable,"
        " which most code-injection attacks need. Programs with a JIT compiler need it, though.",
    "NoNewPrivileges": "`NoNewPrivileges=yes` keeps the service and its children from gaining privileges through"
        " setuid and setgid programs or file capabilities.",
    "UMask": "The file-mode creation mask decides who may read the files the service creates. systemd's default"
        " 0022 makes them world-readable; 0077 keeps them to the service's own user.",
    "KeyringMode": "With `KeyringMode=private` (the default for system services) the service gets a kernel keyring"
        " of its own; `shared` and `inherit` let it see keys of other services or of systemd.",
    "ProtectProc": "`ProtectProc=invisible` hides other users' processes in `/proc` from the service, so it cannot"
        " see their command lines and environments.",
    "ProcSubset": "`ProcSubset=pid` hides the non-process files of `/proc` (kernel configuration and state) from the"
        " service.",
    "NotifyAccess": "With `NotifyAccess=all` any process of the service may send it `sd_notify()` messages and so"
        " claim to be ready, reloading or stopping; `main` limits that to the main process.",
    "RemoveIPC": "`RemoveIPC=yes` removes the System V and POSIX IPC objects of the service's user when it stops,"
        " so nothing it leaves behind can be picked up by a later process.",
    "Delegate": "`Delegate=yes` hands the service a control-group subtree to manage itself (container managers do"
        " this), which also hands it control over the resources of what runs there.",
    "RestrictRealtime": "`RestrictRealtime=yes` denies realtime scheduling, with which a runaway or hostile service"
        " could starve the whole machine.",
    "RestrictSUIDSGID": "`RestrictSUIDSGID=yes` keeps the service from creating setuid or setgid files, a common way"
        " to leave a privileged back door behind.",
    "SystemCallArchitectures": "A 64-bit x86 process may also make 32-bit (x86, x32) system calls, whose less-used"
        " paths have had their own bugs; `SystemCallArchitectures=native` allows only the native ABI.",
    "IPAddressDeny": "An IP address allow list (`IPAddressDeny=any` plus `IPAddressAllow=` for what the service"
        " needs) limits which hosts the service can reach and be reached from, whatever sockets it opens.",
    "DeviceAllow": "A device access list (`DevicePolicy=closed` or `strict`, or `PrivateDevices=yes`) limits which"
        " device nodes the service may open; without one it may open any node it has permission for.",
    "AmbientCapabilities": "Ambient capabilities are handed to the service's processes even when they run as a"
        " non-root user; each one is a piece of root's power.",
}

CAP_WHY = {
    "CAP_SYS_ADMIN": "is a catch-all for administration: mounting, namespaces, many device controls and more; it is"
        " close to full root",
    "CAP_SETUID": "let a process take any user or group identity and change capabilities, that is become root",
    "CAP_SYS_PTRACE": "lets a process trace and inspect any other process, reading its memory and secrets",
    "CAP_SYS_TIME": "lets a process set the system clock",
    "CAP_NET_ADMIN": "lets a process reconfigure interfaces, routes and firewall rules",
    "CAP_SYS_RAWIO": "gives raw access to I/O ports and devices",
    "CAP_SYS_MODULE": "lets a process load kernel modules, that is run code in the kernel",
    "CAP_AUDIT_CONTROL": "give access to the audit subsystem: its rules and its log",
    "CAP_SYSLOG": "gives access to the kernel log and its privileged operations",
    "CAP_SYS_NICE": "let a process raise its priority and resource limits beyond what others get",
    "CAP_MKNOD": "lets a process create device nodes, and so reach any device",
    "CAP_CHOWN": "let a process change the owner, mode and capabilities of any file",
    "CAP_DAC_OVERRIDE": "let a process bypass file and IPC permission checks",
    "CAP_KILL": "lets a process send signals to processes of other users",
    "CAP_NET_BIND_SERVICE": "let a process bind ports below 1024 and use raw and broadcast sockets",
    "CAP_SYS_BOOT": "lets a process reboot the machine or load a new kernel",
    "CAP_MAC_ADMIN": "let a process change or bypass mandatory access control (SMACK)",
    "CAP_LINUX_IMMUTABLE": "lets a process set the immutable and append-only attributes of files",
    "CAP_IPC_LOCK": "lets a process lock memory into RAM",
    "CAP_SYS_CHROOT": "lets a process call chroot(), a step in several escapes",
    "CAP_BLOCK_SUSPEND": "lets a process keep the system from suspending",
    "CAP_WAKE_ALARM": "lets a process set timers that wake the system",
    "CAP_LEASE": "lets a process take leases on files it does not own",
    "CAP_SYS_TTY_CONFIG": "lets a process call vhangup() and configure terminals",
    "CAP_SYS_PACCT": "lets a process switch process accounting on and off",
    "CAP_BPF": "lets a process load BPF programs into the kernel",
}

# What a service may do while a boolean setting is off (as SecurityChecks.java words it).
BOOL_BAD = {
    "PrivateDevices": "the service may have access to hardware devices",
    "PrivateMounts": "the service may install mounts in the host's namespace",
    "PrivateNetwork": "the service has access to the host's network",
    "PrivateTmp": "the service can see other software's temporary files",
    "PrivateUsers": "the service can see the host's other users",
    "ProtectControlGroups": "the service may change the control group file system",
    "ProtectKernelModules": "the service may load or read kernel modules",
    "ProtectKernelTunables": "the service may change kernel tunables (/proc/sys, ...)",
    "ProtectKernelLogs": "the service may read and write the kernel log ring buffer",
    "ProtectClock": "the service may set the hardware and system clock",
    "ProtectHostname": "the service may change the host and domain name",
    "LockPersonality": "the service may change its ABI personality",
    "MemoryDenyWriteExecute": "the service may map memory both writable and executable",
    "NoNewPrivileges": "the service's processes may gain privileges (setuid binaries, file capabilities)",
    "RestrictRealtime": "the service may get realtime scheduling",
    "RestrictSUIDSGID": "the service may create setuid and setgid files",
}

NS_WHAT = {"user": "user", "mnt": "mount", "ipc": "IPC", "pid": "PID", "cgroup": "cgroup", "net": "network",
           "uts": "UTS (host name)"}

GROUP_WHAT = {"@swap": "turn swap on and off", "@obsolete": "use obsolete, unimplemented system calls",
              "@clock": "change the system clock", "@cpu-emulation": "use CPU emulation (vm86, modify_ldt)",
              "@debug": "debug and trace processes (ptrace, perf)", "@mount": "mount and unmount file systems",
              "@module": "load and unload kernel modules", "@raw-io": "do raw I/O on ports and PCI devices",
              "@reboot": "reboot the machine or load a new kernel",
              "@privileged": "make the system calls that need super-user capabilities",
              "@resources": "change resource limits, scheduling and memory policies"}


def rule_name(field):
    """SecurityCheck.ruleName(): kebab-case of the json_field, long prefixes shortened."""
    out = ''
    f = field.replace(')', '')
    for long, short in [('CapabilityBoundingSet_CAP_', 'CAP_'), ('RestrictAddressFamilies_AF_', 'AddressFamily_'),
                        ('RestrictAddressFamilies_', 'AddressFamily_'), ('RestrictNamespaces_', 'Namespace_'),
                        ('SystemCallFilter_', 'SyscallFilter_'), ('UMask', 'Umask'), ('SUIDSGID', 'SuidSgid')]:
        f = f.replace(long, short)
    for i, c in enumerate(f):
        if c == '_':
            out += '-'
        elif c.isupper() and i > 0 and f[i - 1] != '_' and (f[i - 1].islower() or (i + 1 < len(f) and f[i + 1].islower())):
            out += '-' + c
        else:
            out += c
    return out.lower()


def key_of(setting):
    return setting[:setting.index('=')]


def unit(*lines, header_marker=None, user=None):
    """A service: [Unit] Description, [Service] with ExecStart and the given lines (markers included)."""
    out = ['[Unit]', 'Description=Example daemon']
    if header_marker:
        out.append(header_marker)
    out += ['[Service]', 'ExecStart=/usr/bin/exampled']
    if user:
        out.append('User=' + user)
    out += list(lines)
    return '\n'.join(out) + '\n'


# Per assessor kind with fixed examples: (bad lines, good lines, whether systemd's default fails the
# check, the lines of a drop-in that decides it, the User= the examples need or None).
FIXED_EXAMPLES = {
    'user': (['User=root'], ['DynamicUser=yes'], True, ['User=exampled'], None),
    'groups': (['SupplementaryGroups=adm'], [], False, ['SupplementaryGroups=adm'], 'exampled'),
    'home': (['ProtectHome=read-only'], ['ProtectHome=yes'], True, ['ProtectHome=yes'], None),
    'system': (['ProtectSystem=full'], ['ProtectSystem=strict'], True, ['ProtectSystem=strict'], None),
    'root': (['RootDirectory=/'], ['RootDirectory=/srv/example-root'], True, ['RootImage=/srv/example.raw'], None),
    'umask': (['UMask=0002'], ['UMask=0077'], True, ['UMask=0077'], None),
    'keyring': (['KeyringMode=shared'], ['KeyringMode=private'], False, ['KeyringMode=inherit'], None),
    'proc': (['ProtectProc=noaccess'], ['ProtectProc=invisible'], True, ['ProtectProc=invisible'], None),
    'subset': (['ProcSubset=all'], ['ProcSubset=pid'], True, ['ProcSubset=pid'], None),
    'notify': (['Type=notify', 'NotifyAccess=all'], ['Type=notify', 'NotifyAccess=main'], False,
               ['NotifyAccess=all'], None),
    'ipc': (['RemoveIPC=no'], ['RemoveIPC=yes'], True, ['RemoveIPC=yes'], 'exampled'),
    'delegate': (['Delegate=yes'], ['Delegate=no'], False, ['Delegate=cpu memory'], None),
    # A later list adds to the earlier one: the drop-in resets before it lists.
    'archs': (['SystemCallArchitectures=native x86'], ['SystemCallArchitectures=native'], True,
              ['SystemCallArchitectures=', 'SystemCallArchitectures=native'], None),
    'ip': (['IPAddressDeny=any', 'IPAddressAllow=10.0.0.0/8'], ['IPAddressDeny=any'], True, ['IPAddressAllow='], None),
    'devices': (['DevicePolicy=auto'], ['PrivateDevices=yes'], True, ['DevicePolicy=closed'], None),
    'ambient': (['AmbientCapabilities=CAP_NET_BIND_SERVICE'], ['AmbientCapabilities='], False,
                ['AmbientCapabilities=CAP_NET_RAW'], None),
}


def examples(rid, setting, field, kind, extra):
    """(bad lines, good lines, default fails, drop-in lines, needs user) for a check."""
    key = key_of(setting)
    if kind in FIXED_EXAMPLES:
        return FIXED_EXAMPLES[kind]
    if kind == 'bool':
        return ([key + '=no'], [key + '=yes'], True, [key + '=yes'], None)
    if kind == 'caps':
        caps = ' '.join(extra['caps'])
        return (['CapabilityBoundingSet=' + caps], ['CapabilityBoundingSet=~' + caps], True,
                ['CapabilityBoundingSet=~' + caps], None)
    if kind == 'ns':
        return (['RestrictNamespaces=' + extra['ns']], ['RestrictNamespaces=yes'], True,
                ['RestrictNamespaces=~' + extra['ns']], None)
    if kind == 'af':
        if field == 'RestrictAddressFamilies_OTHER':
            return (['RestrictAddressFamilies=~AF_PACKET'], ['RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6'], True,
                    ['RestrictAddressFamilies=', 'RestrictAddressFamilies=AF_UNIX'], None)
        return (['RestrictAddressFamilies=' + extra['af']], ['RestrictAddressFamilies=' + extra['allow']], True,
                ['RestrictAddressFamilies=~' + extra['af']], None)
    if kind == 'syscalls':
        g = extra['group']
        return (['SystemCallFilter=' + g], ['SystemCallFilter=~' + g], True, ['SystemCallFilter=~' + g], None)
    raise ValueError(kind)


def what_systemd_does(setting, field, weight, rng, kind, extra):
    key = key_of(setting)
    head = ("`systemd-analyze security` scores this check as the row `%s` of its table (`security_assessor_table[]`"
            " in src/analyze/analyze-security.c): json_field `%s`, weight %d, range %d." % (setting, field, weight, rng))
    if kind == 'bool':
        body = ("`assess_bool()` gives badness 1 when `%s=` is off (its default) and 0 when it is on; the value in"
                " force is the last valid `%s=` of the unit file and its drop-ins (a value `parse_boolean()` rejects is"
                " ignored, as systemd ignores it)." % (key, key))
        if key in ('PrivateTmp', 'NoNewPrivileges', 'RestrictSUIDSGID', 'RemoveIPC'):
            body += (" `DynamicUser=yes` implies `%s=yes` (`unit_patch_contexts()` in src/core/unit.c), so it passes"
                     " then too." % key)
        if key == 'PrivateMounts':
            body += (" From systemd 254 an unset `PrivateMounts=` is a tristate that the offline assessment reads as"
                     " yes, so the check fails there only for an explicit `PrivateMounts=no`.")
        if key in ('PrivateDevices', 'ProtectKernelModules', 'ProtectKernelLogs', 'ProtectClock'):
            body += (" Setting it also takes capabilities out of the bounding set (`unit_patch_contexts()`), which"
                     " other checks then see.")
    elif kind == 'user':
        body = ("`assess_user()`: badness 9 for `User=nobody`; 0 for `DynamicUser=yes` (unless the user is root) or a"
                " `User=` other than root, 0 and empty; 10 otherwise (the service runs as root). `DynamicUser=yes`"
                " without `User=` takes the unit's name as the user. Specifiers are expanded as systemd-analyze does"
                " offline (a template is loaded as instance `i`).")
    elif kind == 'groups':
        body = ("`assess_supplementary_groups()`: the check does not apply to a service that runs as root (no"
                " `User=`, or root, without `DynamicUser=yes`); otherwise badness 1 when `SupplementaryGroups=` names"
                " any group (an empty assignment resets the list).")
    elif kind == 'home':
        body = ("`assess_protect_home()`: badness 0 for `ProtectHome=yes`, 1 for `tmpfs`, 5 for `read-only`, 10 for"
                " `no` (the default). `DynamicUser=yes` turns `no` into `read-only`. The check does not apply when"
                " `DefaultDependencies=no` (\"Service runs in special boot phase\").")
    elif kind == 'system':
        body = ("`assess_protect_system()`: badness 0 for `ProtectSystem=strict`, 3 for `full`, 5 for `yes`, 10 for"
                " `no` (the default). `DynamicUser=yes` implies `strict`. The check does not apply when"
                " `DefaultDependencies=no`.")
    elif kind == 'root':
        body = ("`assess_root_directory()`: badness 1 when neither `RootDirectory=` nor `RootImage=` names a root"
                " other than `/`. The check does not apply when `DefaultDependencies=no`.")
    elif kind == 'caps':
        caps = extra['caps']
        body = ("`assess_capability_bounding_set()`: badness 1 when any of %s is in the capability bounding set."
                " The set starts full; `CapabilityBoundingSet=` lists are merged as `config_parse_capability_set()`"
                " merges them (a list replaces the initial set, later lists add to it, `~` lists take away, an empty"
                " assignment empties it), and unknown names are skipped." % ', '.join('`%s`' % c for c in caps))
        if 'implied' in extra:
            body += (" `%s=yes` takes %s out of the set (`unit_patch_contexts()`), and then the finding, if"
                     " any, points at it." % (extra['implied'], '`%s`' % caps[0] if len(caps) == 1 else 'them'))
    elif kind == 'umask':
        body = ("`assess_umask()`: badness 10 when files are world-writable by default (mask lacks 0002), 5 when"
                " world-readable (lacks 0004; systemd's default 0022), 2 when group-writable, 1 when group-readable,"
                " 0 otherwise.")
    elif kind == 'keyring':
        body = ("`assess_keyring_mode()`: badness 1 unless `KeyringMode=private`, which is the default of system"
                " services (`service_init()` in src/core/service.c).")
    elif kind == 'proc':
        body = ("`assess_protect_proc()`: badness 0 for `invisible` or `ptraceable`, 1 for `noaccess`, 3 for"
                " `default` (the default).")
    elif kind == 'subset':
        body = "`assess_proc_subset()`: badness 1 unless `ProcSubset=pid`."
    elif kind == 'notify':
        body = ("`assess_notify_access()`: badness 1 for `NotifyAccess=all`, 0 for anything else (none, main, exec;"
                " systemd picks main itself for `Type=notify`).")
    elif kind == 'ipc':
        body = ("`assess_remove_ipc()`: the check does not apply to a service that runs as root; otherwise badness 1"
                " unless `RemoveIPC=yes` (implied by `DynamicUser=yes`).")
    elif kind == 'delegate':
        body = ("`assess_bool()` with its parameter inverted: badness 1 when `Delegate=` is on (`yes`, empty, or a"
                " list of controllers), 0 when off (the default).")
    elif kind == 'ns':
        body = ("`assess_restrict_namespaces()`: badness 1 when the service may create %s namespaces. Without"
                " `RestrictNamespaces=` every type is allowed; `yes` allows none, `no` all; a list allows the types"
                " named, a `~` list all others, and later lists add to or take from the earlier ones"
                " (`config_parse_restrict_namespaces()`)." % NS_WHAT[extra['ns']])
    elif kind == 'af':
        body = ("`assess_bool()` on what `get_security_info()` makes of `RestrictAddressFamilies=`: with an allow list"
                " the check passes unless %s is listed; with a `~` deny list it passes when it is listed; without"
                " `RestrictAddressFamilies=` it fails. `none` is an empty allow list; later assignments add to or take"
                " from the list (`config_parse_address_families()`); names share numbers (`AF_LOCAL` is `AF_UNIX`,"
                " `AF_ROUTE` is `AF_NETLINK`)." % (extra['af'] if field != 'RestrictAddressFamilies_OTHER'
                                                  else 'a family other than AF_INET, AF_INET6, AF_UNIX, AF_NETLINK'
                                                       ' and AF_PACKET'))
    elif kind == 'archs':
        body = ("`assess_system_call_architectures()`: badness 10 without `SystemCallArchitectures=`, 0 when it is"
                " exactly `native`, 8 for anything else (`x86-64` alone counts as another ABI, as in systemd).")
    elif kind == 'syscalls':
        g = extra['group']
        body = ("`assess_system_call_filter()` for `%s`: badness 10 when the service has no system call filter; with"
                " an allow list (`SystemCallFilter=` without `~`, which always includes `@default`) 9 when a system"
                " call of the group is allowed, else 0; with a deny list (`~`) 10 when a call of the group is missing"
                " from it, else 0. Only calls that exist on x86-64 count (systemd skips the others); groups are"
                " expanded from systemd's table (`syscall_filter_sets[]`, src/shared/seccomp-util.c)." % g)
    elif kind == 'ip':
        body = ("`assess_ip_address_allow()`: badness 0 with custom BPF filters (`IPIngressFilterPath=`,"
                " `IPEgressFilterPath=`); 10 unless `IPAddressDeny=` covers every IPv4 and IPv6 address (`any`, or"
                " `0.0.0.0/0` and `::/0`); then 5 when `IPAddressAllow=` has an address other than localhost, 2 when"
                " it has only localhost, 0 when it is empty.")
    elif kind == 'devices':
        body = ("`assess_device_allow()`: badness 10 unless `DevicePolicy=` is `closed` or `strict`; then 5 when the"
                " device list is not empty, 0 when it is. `PrivateDevices=yes` makes the policy `closed`;"
                " `ProtectClock=yes` adds `char-rtc`, `RootImage=` the loop and device-mapper devices and encrypted"
                " credentials the TPM (`unit_patch_contexts()`), which make the list non-empty.")
    elif kind == 'ambient':
        body = "`assess_ambient_capabilities()`: badness 1 when `AmbientCapabilities=` leaves any capability in the set."
    else:
        raise ValueError(kind)
    where = ("unitlint reports a failing check (badness above 0) at the assignment in force (in the drop-in that sets"
             " it, if one does), at the directive that implies it, or at the `[Service]` header when nothing sets it,"
             " with the setting that would pass. The exposure it adds is ⌈badness · weight / range⌉ out of the sum of"
             " the weights of the checks that apply; `unitlint security` shows it.")
    return head + "\n\n" + body + "\n\n" + where


def summary(setting, field, kind, extra):
    key = key_of(setting)
    if kind == 'bool':
        return "%s= is off: %s." % (key, BOOL_BAD[key])
    if kind == 'caps':
        return ("The capability bounding set keeps %s, which systemd-analyze security counts as exposure."
                % ', '.join(extra['caps']))
    if kind == 'ns':
        return "The service may create %s namespaces (RestrictNamespaces=)." % NS_WHAT[extra['ns']]
    if kind == 'af':
        if field == 'RestrictAddressFamilies_OTHER':
            return "The service may open sockets of exotic address families (RestrictAddressFamilies=)."
        return "The service may open %s sockets (RestrictAddressFamilies=)." % extra['af'].replace(' ', '/')
    if kind == 'syscalls':
        return "The system call filter does not keep the service from calling %s." % extra['group']
    return {
        'user': "The service runs as root (or as nobody): no User= or DynamicUser=yes.",
        'groups': "A non-root service runs with supplementary groups.",
        'home': "ProtectHome= does not hide home directories from the service.",
        'system': "ProtectSystem= is not strict, so the service may write to the OS file hierarchy.",
        'root': "The service runs in the host's root directory (no RootDirectory= or RootImage=).",
        'umask': "UMask= lets other users read or write the files the service creates.",
        'keyring': "KeyringMode= shares kernel key material with other services.",
        'proc': "ProtectProc= lets the service see other processes in /proc.",
        'subset': "ProcSubset= lets the service see the non-process files of /proc.",
        'notify': "NotifyAccess=all lets any process of the service change its state.",
        'ipc': "A non-root service may leave IPC objects behind (RemoveIPC=).",
        'delegate': "Delegate= hands the service a control group subtree of its own.",
        'archs': "SystemCallArchitectures= is not native, so the service may make system calls of other ABIs.",
        'ip': "The service has no IP address allow list (IPAddressDeny=any with IPAddressAllow=).",
        'devices': "The service has no device access list (DevicePolicy=closed, or PrivateDevices=yes).",
        'ambient': "AmbientCapabilities= hands capabilities to the service's processes.",
    }[kind]


def rationale(field, kind, extra):
    if kind == 'caps':
        caps = extra['caps']
        first = caps[0]
        text = "%s %s." % (', '.join('`%s`' % c for c in caps), CAP_WHY.get(first, "is a privilege of root"))
        text += (" A service that does not need %s should drop %s from its capability bounding set, so that even"
                 " code that becomes root inside it cannot use %s." % ('it' if len(caps) == 1 else 'them',
                                                                      'it' if len(caps) == 1 else 'them',
                                                                      'it' if len(caps) == 1 else 'them'))
        return text
    if kind == 'ns':
        return ("Creating a %s namespace is a step in many container escapes and privilege escalations;"
                " `RestrictNamespaces=` keeps a service from creating the types it does not need (`yes` for none)."
                % NS_WHAT[extra['ns']])
    if kind == 'af':
        if field == 'RestrictAddressFamilies_OTHER':
            return ("Rarely used address families (Bluetooth, CAN, X.25, ...) have had their share of kernel bugs."
                    " An allow list of the families the service uses (usually AF_UNIX, AF_INET, AF_INET6) closes all"
                    " the others.")
        return ("Each address family a service may open is kernel code it can reach. `RestrictAddressFamilies=` with"
                " an allow list of what the service uses closes the rest; %s is worth closing when the service does"
                " not use it." % extra['af'].replace(' ', ' and '))
    if kind == 'syscalls':
        return ("System calls that %s are rarely needed by a service and dangerous in the hands of an attacker."
                " A system call filter (an allow list such as `SystemCallFilter=@system-service`, or a deny list with"
                " `~%s`) makes them fail." % (GROUP_WHAT[extra['group']], extra['group']))
    return WHY[field]


def versions(field, kind, extra, since):
    lines = []
    if field == 'CapabilityBoundingSet_CAP_BPF':
        lines.append("- The row came with systemd 255 and the 252.20 stable release (Debian bookworm's 252 has it);"
                     " 253 and 254 do not have it, and unitlint does not report it for them.")
    elif since > 240:
        lines.append("- The row is in systemd-analyze security's table from %d on (with the setting it checks); for"
                     " older targets (`--systemd-version`) unitlint does not report it." % since)
    else:
        lines.append("- In systemd-analyze security's table since the `security` verb came (240); offline"
                     " assessment (`--offline=true`) since 250.")
    if kind == 'syscalls':
        lines.append("- The groups changed over releases: unitlint uses systemd 252's groups for releases up to 254"
                     " and 256's from 255 on.")
    if field == 'PrivateMounts':
        lines.append("- From 254 an unset `PrivateMounts=` counts as on in the offline assessment.")
    if field == 'RestrictNamespaces_user' or kind == 'ns':
        lines.append("- Before 250 systemd named these rows `RestrictNamespaces=~CLONE_NEW...`; the json_field came"
                     " with 250.")
    lines.append("- Weight, range and badness values are the same from 240 to 256 (checked against each release's"
                 " table).")
    return '\n'.join(lines)


def doc(row, setting, field, weight, rng, kind, extra):
    rid = 'SEC%03d' % row
    name = rule_name(field)
    bad, good, default_fails, _dropin, user = examples(rid, setting, field, kind, extra)
    since = extra.get('since', 240)
    lines = [
        '---',
        'id: ' + rid,
        'name: ' + name,
        'severity: info',
        'summary: ' + summary(setting, field, kind, extra),
        'systemd: %s and later (systemd-analyze security, json_field %s)' % (
            '252.20/255' if field == 'CapabilityBoundingSet_CAP_BPF' else since, field),
        'tags: security',
        'fix: none',
        'default: off',
        '---',
        '# %s %s' % (rid, name),
        '',
        '## Rationale',
        textwrap.fill(rationale(field, kind, extra), 100),
        '',
        'Security rules are off by default; `--select SEC` (or `--select %s`, or `select:` in `.unitlint.yaml`)'
        ' switches them on, and `unitlint security` shows the whole assessment. See'
        ' [systemd.exec(5)](%s#%s=).' % (rid, MAN, key_of(setting)),
        '',
        '## What systemd does',
        '\n\n'.join(textwrap.fill(p, 100) for p in what_systemd_does(setting, field, weight, rng, kind, extra)
                    .split('\n\n')),
        '',
        '## Bad',
        '```ini bad.service',
        unit(*bad, user=user).rstrip('\n'),
        '```',
        '',
        '## Good',
        '```ini good.service',
        unit(*good, user=user).rstrip('\n'),
        '```',
        '',
        'Fixtures: [testdata/rules/%s](../testdata/rules/%s/).' % (rid, rid),
        '',
        '## Versions',
        versions(field, kind, extra, since),
        '',
    ]
    return '\n'.join(lines)


def marker(rid, contains=''):
    return '# BUG: %s' % rid + (' contains: ' + contains if contains else '')


def fixtures(row, setting, field, weight, rng, kind, extra):
    rid = 'SEC%03d' % row
    folder = os.path.join(REPO, 'testdata', 'rules', rid)
    os.makedirs(folder, exist_ok=True)
    bad, good, default_fails, dropin, user = examples(rid, setting, field, kind, extra)
    files = {}
    # Nothing set: the check fails at the [Service] header when systemd's default fails it.
    files['missing.service'] = unit(header_marker=marker(rid, 'set:') if default_fails else None, user=user)
    # The bad value: reported at that line (the last of several).
    bad_lines = bad[:-1] + [marker(rid), bad[-1]]
    files['bad.service'] = unit(*bad_lines, user=user)
    files['good.service'] = unit(*good, user=user)
    # A drop-in decides: it fixes the unit, or (for checks whose default passes) breaks it.
    if default_fails:
        files['drop-in.service'] = unit(*bad, user=user)
        files['drop-in.service.d/10-harden.conf'] = '[Service]\n' + '\n'.join(dropin) + '\n'
    else:
        files['drop-in.service'] = unit(user=user)
        files['drop-in.service.d/10-loosen.conf'] = '[Service]\n' + marker(rid) + '\n' + '\n'.join(dropin) + '\n'
    for name, text in files.items():
        if name.endswith('.service'):
            # The release the oracle (systemd-analyze 252) scored; other releases have fixtures of their own.
            text = '# fixture: systemd-version=252\n' + text
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)


def main():
    for i, (setting, field, weight, rng, kind, extra) in enumerate(ROWS, 1):
        with open(os.path.join(REPO, 'rules', 'SEC%03d.md' % i), 'w') as f:
            f.write(doc(i, setting, field, weight, rng, kind, extra))
        fixtures(i, setting, field, weight, rng, kind, extra)
    print('wrote %d documents and their fixtures' % len(ROWS))


if __name__ == '__main__':
    main()
