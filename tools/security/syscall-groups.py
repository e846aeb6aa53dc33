#!/usr/bin/env python3
"""Derives the system-call groups the security checks need from systemd's source and libseccomp.

systemd's assess_system_call_filter() (src/analyze/analyze-security.c) walks a group of
syscall_filter_sets[] (src/shared/seccomp-util.c) recursively and skips every name that
seccomp_syscall_resolve_name() does not resolve to a number on the native architecture. So a
group is, for the assessment, its native system calls. This script reads the group table of a
systemd release and asks the installed libseccomp which names resolve on this machine
(x86-64, libseccomp 2.5.4 on Debian bookworm), and prints one line per group:

    @group<TAB>name name @other-group ...

keeping the references to other groups (the loader expands them as systemd does) and only the
names that resolve natively. A name whose number resolves back to another name (an alias) is
written as the name systemd's offline assessment would see (seccomp_syscall_resolve_num_arch()).

@known is filled in when systemd is built (from its list of every system call name); the
source has it empty, so from a git tag it is written as every name libseccomp resolves natively.

Usage: tools/security/syscall-groups.py GIT_DIR TAG > FILE
           (e.g. /work/.mirror/systemd+systemd-stable/repo v256)
       tools/security/syscall-groups.py --host > FILE
           (the groups of the installed systemd, from `systemd-analyze syscall-filter`)
"""
import ctypes
import re
import subprocess
import sys

lib = ctypes.CDLL('libseccomp.so.2')
lib.seccomp_syscall_resolve_name.restype = ctypes.c_int
lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
lib.seccomp_syscall_resolve_num_arch.restype = ctypes.c_void_p
lib.seccomp_syscall_resolve_num_arch.argtypes = [ctypes.c_uint32, ctypes.c_int]
libc = ctypes.CDLL('libc.so.6')
libc.free.argtypes = [ctypes.c_void_p]


def native_name(name):
    """The name the offline assessment sees for NAME, or None when it is not a native system call."""
    num = lib.seccomp_syscall_resolve_name(name.encode())
    if num < 0:
        return None
    ptr = lib.seccomp_syscall_resolve_num_arch(0, num)
    if not ptr:
        return None
    back = ctypes.cast(ptr, ctypes.c_char_p).value.decode()
    libc.free(ptr)
    return back


def groups(source):
    table = source[source.index('const SyscallFilterSet syscall_filter_sets[_SYSCALL_FILTER_SET_MAX] = {'):]
    table = table[:table.index('\n};')]
    result = []
    for m in re.finditer(r'\.name = "(@[a-z-]+)".*?\.value =\s*(.*?)\n\s*\},', table, re.S):
        names = re.findall(r'"([^"\\]*)\\0"', m.group(2))
        result.append((m.group(1), names))
    return result


def host_groups():
    """The groups of the installed systemd, as `systemd-analyze syscall-filter` lists them."""
    out = subprocess.run(['systemd-analyze', 'syscall-filter', '--no-pager'], capture_output=True, text=True,
                         check=True).stdout
    result = []
    for line in out.splitlines():
        word = line.strip()
        if line.startswith('@'):
            result.append((word, []))
        elif word and not word.startswith('#') and result:
            result[-1][1].append(word)
    return result


def every_native_name():
    names = []
    for num in range(0, 1024):
        ptr = lib.seccomp_syscall_resolve_num_arch(0, num)
        if ptr:
            names.append(ctypes.cast(ptr, ctypes.c_char_p).value.decode())
            libc.free(ptr)
    return names


def main():
    if sys.argv[1] == '--host':
        version = subprocess.run(['systemd-analyze', '--version'], capture_output=True, text=True).stdout.split('\n')[0]
        table = host_groups()
        origin = '%s (systemd-analyze syscall-filter)' % version
    else:
        repo, tag = sys.argv[1], sys.argv[2]
        source = subprocess.run(['git', '-C', repo, 'show', tag + ':src/shared/seccomp-util.c'],
                                capture_output=True, text=True, check=True).stdout
        # @known's names come from syscall-list.h, generated at build time: every native name stands in.
        table = [(n, m + every_native_name() if n == '@known' else m) for n, m in groups(source)]
        origin = 'systemd %s (src/shared/seccomp-util.c, syscall_filter_sets[])' % tag
    print('# System-call groups of %s,' % origin)
    print('# restricted to the names libseccomp resolves on x86-64; made by tools/security/syscall-groups.py.')
    for name, members in table:
        kept = []
        for member in members:
            if member.startswith('@'):
                kept.append(member)
            else:
                native = native_name(member)
                if native is not None and native not in kept:
                    kept.append(native)
        print(name + '\t' + ' '.join(kept))


if __name__ == '__main__':
    main()
