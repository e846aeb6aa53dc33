#!/usr/bin/env python3
"""Which paths outside a checked folder a unitlint run touches, from an strace log.

    strace -f -qq -s 4096 -o LOG -e trace=%file,getdents64 java ... -jar target/unitlint.jar check DIR
    tools/outside-reads.py LOG DIR [PROJECT]

Counts each file-system call by where its path lies: inside DIR; the JVM and the system
(/usr/lib/jvm, shared libraries, /proc, /sys, /dev); the project's target/unitlint.jar and
class-data archive; and the look-ups for configuration and ignore files in DIR's ancestors
and the working directory's (.unitlint.yaml, .unitlint.yml, .git, .gitignore: names only,
none exists above a corpus). Any other path is printed, and the exit code is 1: unitlint
must never read a file of "the host" that a symbolic link in DIR points to.
"""
import collections
import os
import re
import sys

SYSTEM = re.compile(r'^/(usr/lib/jvm|usr/lib|lib|lib64|etc/ld\.so|proc|sys|dev/(u?random|null|tty|zero)$)')
SYSTEM_FILES = {'/etc/nsswitch.conf', '/etc/passwd', '/etc/group', '/etc/localtime', '/etc/selinux/config',
                '/', '/tmp', '/usr', '/etc/os-release', '/etc/timezone'}
LOOKUP_NAMES = {'.unitlint.yaml', '.unitlint.yml', '.git', '.gitignore'}
CALL = re.compile(r'^(\d+)\s+(\w+)\((.*)')
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def main():
    log, folder = sys.argv[1], os.path.realpath(sys.argv[2])
    project = os.path.realpath(sys.argv[3]) if len(sys.argv) > 3 else os.getcwd()
    counts, outside = collections.Counter(), set()
    for line in open(log, errors='replace'):
        m = CALL.match(line)
        if not m or m.group(2) in ('getdents64', 'execve'):
            continue
        s = STRING.search(m.group(3))
        if not s or s.group(1) == '':
            continue
        path = s.group(1)
        # Relative paths are relative to the working directory (-at calls here use AT_FDCWD or an
        # fd of a folder the run opened; those are listed by name under the folder they belong to).
        absolute = os.path.normpath(path if path.startswith('/') else os.path.join(project, path))
        if absolute == folder or absolute.startswith(folder + '/'):
            counts['inside the checked folder'] += 1
        elif SYSTEM.match(absolute) or absolute in SYSTEM_FILES or absolute.startswith('/tmp/.java_pid') \
                or absolute.startswith('/tmp/hsperfdata') or absolute.startswith('/usr/share/locale/') \
                or (m.group(2).startswith('readlink') and project.startswith(absolute)):
            # (glibc's locale files; the JVM makes the jar's path canonical, reading links on its way)
            counts['JVM and system'] += 1
        elif absolute.startswith(os.path.join(project, 'target/unitlint')) or absolute in (project, os.path.join(project, 'target')) \
                or os.path.basename(absolute) in ('.hotspotrc', '.hotspot_compiler'):
            counts['unitlint.jar and its class-data archive'] += 1
        elif os.path.basename(absolute) in LOOKUP_NAMES and (folder.startswith(os.path.dirname(absolute))
                                                              or project.startswith(os.path.dirname(absolute))):
            counts['configuration and ignore look-ups in ancestors'] += 1
        else:
            outside.add((m.group(2), absolute))
    for what, n in counts.most_common():
        print(f'{n:8d}  {what}')
    for call, path in sorted(outside, key=lambda x: x[1]):
        print(f'outside: {call} {path}')
    print(f'{len(outside)} paths outside {folder}')
    return 1 if outside else 0


if __name__ == '__main__':
    sys.exit(main())
