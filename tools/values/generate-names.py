#!/usr/bin/env python3
"""Generates src/main/resources/dev/unitlint/values/names.tsv: the name tables systemd's value
parsers look words up in, which the directive catalog does not hold (its enums.tsv has the
string tables of enum-valued directives).

Inputs, all read, nothing copied:
  * the systemd source trees of tools/catalog/fetch-sources.sh (one per covered release):
    system-call groups, namespace names, file-system groups, cgroup controllers, BPF attach
    types, exit-status names, and the system-call lists newer releases ship;
  * this machine's C headers (Debian bookworm's linux-libc-dev and libc6-dev), which systemd's
    own build turns into its address-family, errno and IP-protocol tables
    (src/basic/generate-af-list.sh, generate-errno-list.sh, generate-ip-protocol-list.sh);
  * libseccomp (bookworm: 2.5.4), which resolves system-call names for SystemCallFilter=.

Output rows: table, name, releases (the covered releases that know the name; "*" for host
tables, which do not depend on the systemd release).

  /usr/bin/python3 tools/values/generate-names.py $(cat /tmp/systemd-trees.txt)
"""
import ctypes
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, 'src', 'main', 'resources', 'dev', 'unitlint', 'values', 'names.tsv')


def release_of(tree):
    for name in ('meson.version',):
        path = os.path.join(tree, name)
        if os.path.exists(path):
            return int(open(path).read().strip().split('.')[0].split('~')[0])
    m = re.search(r"version\s*:\s*'(\d+)", open(os.path.join(tree, 'meson.build')).read())
    return int(m.group(1))


def read(tree, *candidates):
    for rel in candidates:
        path = os.path.join(tree, rel)
        if os.path.exists(path):
            return open(path, encoding='utf-8', errors='replace').read()
    return ''


def table_strings(text, table):
    """The quoted strings of a C string table: static const char *const NAME[...] = { ... };"""
    m = re.search(r'\b' + re.escape(table) + r'\s*\[[^\]]*\]\s*=\s*\{(.*?)\n\};', text, re.S)
    return re.findall(r'"([^"]+)"', m.group(1)) if m else []


def per_release(tree):
    seccomp = read(tree, 'src/shared/seccomp-util.c')
    names = {
        'syscall_group': re.findall(r'\.name = "(@[a-z0-9-]+)"', seccomp),
        'filesystem_group': (re.findall(r'\.name = "(@[a-z0-9-]+)"', read(tree, 'src/basic/filesystems.c'))
                             or re.findall(r"^\s+'(@[a-z0-9-]+)',$", read(tree, 'src/basic/filesystem-sets.py'), re.M)),
        'cgroup_controller': table_strings(read(tree, 'src/basic/cgroup-util.c'), 'cgroup_controller_table'),
        'bpf_attach_type': table_strings(read(tree, 'src/shared/bpf-program.c', 'src/core/bpf-program.c'),
                                         'bpf_cgroup_attach_type_table'),
        'namespace': [m for m in re.findall(r'\{\s*"([a-z]+)",\s*"ns/', read(tree, 'src/basic/namespace-util.c',
                                                                          'src/shared/nsflags.c'))],
        'exit_status': re.findall(r'\]\s*=\s*\{\s*"([A-Z_0-9]+)",\s*EXIT_STATUS_', read(tree, 'src/shared/exit-status.c',
                                                                                      'src/basic/exit-status.c')),
        'securebits': re.findall(r'streq\(word, "([a-z-]+)"\)', read(tree, 'src/shared/securebits-util.c',
                                                                   'src/basic/securebits-util.c')),
    }
    syscalls = set()
    for rel in ('src/basic/syscall-list.txt',):
        syscalls.update(l.strip() for l in read(tree, rel).splitlines() if l.strip())
    override = os.path.join(tree, 'src', 'include', 'override', 'sys')
    if os.path.isdir(override):
        for name in os.listdir(override):
            if name.startswith('syscalls-') and name.endswith('.txt'):
                for line in open(os.path.join(override, name)):
                    word = line.split()[0] if line.split() else ''
                    if word and not word.startswith('#'):
                        syscalls.add(word)
    names['syscall_list'] = sorted(syscalls)
    return names


def header_defines(paths, pattern):
    found = []
    for path in paths:
        if os.path.exists(path):
            for m in re.finditer(pattern, open(path, encoding='utf-8', errors='replace').read(), re.M):
                if m.group(1) not in found:
                    found.append(m.group(1))
    return found


def host_tables():
    inc = '/usr/include'
    arch = os.path.join(inc, 'x86_64-linux-gnu')
    families = header_defines([os.path.join(arch, 'bits', 'socket.h')], r'^#define\s+(AF_[A-Z0-9_]+)\s+PF_')
    families = [f for f in families if f not in ('AF_UNSPEC', 'AF_MAX')]
    errnos = header_defines([os.path.join(inc, 'asm-generic', 'errno-base.h'), os.path.join(inc, 'asm-generic', 'errno.h'),
                             os.path.join(arch, 'bits', 'errno.h')], r'^#\s*define\s+(E[A-Z0-9]+)\s')
    errnos = [e for e in errnos if e not in ('ECANCELLED', 'EREFUSED')]
    protocols = header_defines([os.path.join(inc, 'netinet', 'in.h'), os.path.join(inc, 'linux', 'in.h')],
                               r'^\s*(?:#define\s+)?(IPPROTO_[A-Z0-9_]+)\b')
    protocols = [p[len('IPPROTO_'):].lower() for p in protocols if p not in ('IPPROTO_MAX',)]
    lib = ctypes.CDLL('libseccomp.so.2')
    lib.seccomp_syscall_resolve_num_arch.restype = ctypes.c_void_p
    lib.seccomp_syscall_resolve_num_arch.argtypes = [ctypes.c_uint32, ctypes.c_int]
    lib.seccomp_arch_native.restype = ctypes.c_uint32
    native = lib.seccomp_arch_native()
    syscalls = set()
    for number in list(range(0, 4096)) + list(range(-20000, 0)):
        p = lib.seccomp_syscall_resolve_num_arch(native, number)
        if p:
            syscalls.add(ctypes.cast(p, ctypes.c_char_p).value.decode())
    return {'address_family': families, 'errno': errnos, 'ip_protocol': protocols,
            'libseccomp_syscall': sorted(syscalls)}


def main():
    trees = sys.argv[1:]
    if not trees:
        sys.exit(__doc__)
    releases = {}
    for tree in trees:
        releases[release_of(tree)] = per_release(tree)
    rows = []
    tables = sorted({t for r in releases.values() for t in r})
    for table in tables:
        names = []
        for r in sorted(releases):
            for n in releases[r][table]:
                if n not in names:
                    names.append(n)
        for n in names:
            have = [str(r) for r in sorted(releases) if n in releases[r][table]]
            rows.append((table, n, ','.join(have)))
    for table, names in host_tables().items():
        for n in names:
            rows.append((table, n, '*'))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('# generated by tools/values/generate-names.py from systemd %s and the host headers and libseccomp of'
                ' Debian bookworm; do not edit\n' % ', '.join(str(r) for r in sorted(releases)))
        f.write('table\tname\treleases\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')
    print('wrote %d names to %s' % (len(rows), OUT))


if __name__ == '__main__':
    main()
