#!/usr/bin/env python3
"""Which parsers reject an empty value: writes one small unit per directive of the catalog
(present in the installed systemd's release) with `Key=` and runs `systemd-analyze verify`.
Prints each parser with REJECT, ok or MIXED (depends on the unit type). The REJECT list is
EmptyValueRejected.REJECT_EMPTY (SD202). On demand only: python3 conformance/empty_values.py [RELEASE]
"""
import collections
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(os.path.dirname(HERE), 'src', 'main', 'resources', 'dev', 'unitlint', 'catalog', 'directives.tsv')
TYPES = {'Unit': 'service', 'Install': 'service', 'Service': 'service', 'Socket': 'socket', 'Timer': 'timer',
         'Mount': 'mount', 'Path': 'path', 'Swap': 'swap', 'Automount': 'automount', 'Slice': 'slice'}


def main():
    release = sys.argv[1] if len(sys.argv) > 1 else '252'
    rows = [l.rstrip('\n').split('\t') for l in open(CATALOG, encoding='utf-8') if not l.startswith('#')]
    header, rows = rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]
    jobs = [(TYPES[r['section']], r) for r in rows if r['section'] in TYPES
            and release in r['releases_present'].split(',') and r['status'] != 'obsolete-ignored']
    scratch = tempfile.mkdtemp(prefix='unitlint-empty-')

    def run(item):
        n, (unit_type, r) = item
        folder = os.path.join(scratch, str(n))
        os.makedirs(folder)
        path = os.path.join(folder, 'p.' + unit_type)
        lines = ['[Unit]'] + (['[Service]', 'ExecStart=-/bin/true'] if unit_type == 'service' else [])
        lines += ['[' + r['section'] + ']', r['key'] + '=']
        with open(path, 'w') as f:
            f.write('\n'.join(lines) + '\n')
        err = subprocess.run(['systemd-analyze', 'verify', '--man=no', path], capture_output=True, text=True).stderr
        rejected = any(l.startswith('%s:%d:' % (path, len(lines))) for l in err.splitlines())
        parser = r['parser']
        for part in filter(None, r['parser_history'].split(';')):
            releases, name = part.split('=', 1)
            if release in releases.split(','):
                parser = name.split('(')[0]
        return parser, r['section'] + '.' + r['key'], rejected

    by_parser = collections.defaultdict(lambda: ([], []))
    with ThreadPoolExecutor(2) as ex:
        for parser, key, rejected in ex.map(run, enumerate(jobs)):
            by_parser[parser][1 if rejected else 0].append(key)
    for parser, (ok, bad) in sorted(by_parser.items()):
        print(parser, 'REJECT' if bad and not ok else 'ok' if not bad else 'MIXED ' + ' '.join(bad))


if __name__ == '__main__':
    main()
