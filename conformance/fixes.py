#!/usr/bin/env python3
"""What `unitlint check --fix` does to real unit files, measured on copies.

Copies each corpus folder to a scratch folder (never the project), then:

1. `unitlint check --format json` before fixing: the findings, and which carry a safe fix;
2. `unitlint check --fix`: the fixes it applies, per rule (its standard-error summary);
3. `unitlint check --format json` again: no finding that had a safe fix is found again (same
   fingerprint: rule, path and the text of the line), and none with a safe fix is left;
4. `systemd-analyze verify --man=no` (252) on every unit whose file or drop-in was fixed,
   before and after, in its own tree: the diagnostics after fixing that were not there before
   (compared without line numbers, which fixes shift, and without the host-dependent "not
   executable"/"not found" ones) must be none;
5. `unitlint check --fix` a second time: it must change no file.

Usage: conformance/fixes.py [--unsafe-fixes] [CORPUS_DIR...]
(default: ../shared/corpus/debian-bookworm and ../shared/corpus/upstream/files beside the checkout).
Needs systemd-analyze for step 4 (skipped with a note when it is missing). Takes a few minutes.
"""
import collections
import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(HERE)
HOST_DEPENDENT = re.compile(r'is not executable|not found|No such file|Failed to determine|Failed to enable auxiliary unit')
LINE_NUMBER = re.compile(r':\d+:')


def frozen_jar(scratch):
    subprocess.run([os.path.join(PROJECT, 'unitlint'), '--version'], capture_output=True, check=True)
    jar = os.path.join(scratch, 'unitlint.jar')
    shutil.copy(os.path.join(PROJECT, 'target', 'unitlint.jar'), jar)
    return ['java', '-XX:TieredStopAtLevel=1', '-jar', jar]


def run_unitlint(unitlint, args, cwd):
    return subprocess.run(unitlint + ['check', '--no-config', '--fail-on', 'never'] + args,
                          capture_output=True, text=True, errors='replace', cwd=cwd)


def findings(unitlint, trees, cwd):
    r = run_unitlint(unitlint, ['--format', 'json'] + trees, cwd)
    return json.loads(r.stdout)['findings']


def checksums(root):
    sums = {}
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                with open(path, 'rb') as f:
                    sums[path] = hashlib.sha256(f.read()).hexdigest()
    return sums


def unit_of(path):
    """The unit file a fixed file belongs to: itself, or for NAME.d/x.conf the NAME beside the folder."""
    folder = os.path.dirname(path)
    if path.endswith('.conf') and folder.endswith('.d'):
        unit = folder[:-2]
        return unit if os.path.isfile(unit) else None
    return path


def verify(path, root):
    r = subprocess.run(['systemd-analyze', 'verify', '--man=no', path], capture_output=True, text=True,
                       errors='replace', timeout=120)
    out = collections.Counter()
    for line in r.stderr.splitlines():
        if HOST_DEPENDENT.search(line):
            continue
        out[LINE_NUMBER.sub(':', line.replace(root, '<tree>'))] += 1
    return out


def main(argv):
    unsafe = '--unsafe-fixes' in argv
    corpora = [a for a in argv if not a.startswith('--')] or [
        os.path.join(PROJECT, '..', 'shared', 'corpus', 'debian-bookworm'),
        os.path.join(PROJECT, '..', 'shared', 'corpus', 'upstream', 'files')]
    scratch = tempfile.mkdtemp(prefix='unitlint-fixes-')
    try:
        unitlint = frozen_jar(scratch)
        fixed_root = os.path.join(scratch, 'fixed')
        orig_root = os.path.join(scratch, 'orig')
        trees = []
        for i, corpus in enumerate(corpora):
            name = '%d-%s' % (i, os.path.basename(os.path.normpath(corpus)))
            shutil.copytree(corpus, os.path.join(fixed_root, name), symlinks=True)
            shutil.copytree(corpus, os.path.join(orig_root, name), symlinks=True)
            trees.append(name)

        before = findings(unitlint, trees, fixed_root)
        fix_args = ['--fix'] + (['--unsafe-fixes'] if unsafe else [])
        r = run_unitlint(unitlint, fix_args + trees, fixed_root)
        summary = [l for l in r.stderr.splitlines() if l.startswith('unitlint: fixed')]
        errors = [l for l in r.stderr.splitlines() if not l.startswith('unitlint: fixed')]
        after = findings(unitlint, trees, fixed_root)

        changed = []
        for tree in trees:
            for folder, _dirs, names in os.walk(os.path.join(fixed_root, tree)):
                for n in names:
                    path = os.path.join(folder, n)
                    original = os.path.join(orig_root, os.path.relpath(path, fixed_root))
                    if not os.path.islink(path) and not filecmp.cmp(path, original, shallow=False):
                        changed.append(os.path.relpath(path, fixed_root))

        applied = re.search(r'fixed (\d+) findings? in (\d+) files?(?: \(([^)]*)\))?', summary[0]) if summary else None
        per_rule = dict(p.split(' ') for p in applied.group(3).split(', ')) if applied and applied.group(3) else {}
        wanted = {'safe', 'unsafe'} if unsafe else {'safe'}
        fixable = {f['fingerprint']: f for f in before if f.get('fix', {}).get('applicability') in wanted}
        refound = [f for f in after if f['fingerprint'] in fixable]
        still_fixable = [f for f in after if f.get('fix', {}).get('applicability') in wanted]
        before_prints = collections.Counter(f['fingerprint'] for f in before)
        new_after = collections.Counter()
        for f in after:
            if before_prints[f['fingerprint']] > 0:
                before_prints[f['fingerprint']] -= 1
            else:
                new_after[f['ruleId']] += 1
        gone = collections.Counter(f['ruleId'] for f in before) - collections.Counter(f['ruleId'] for f in after)

        sums = checksums(fixed_root)
        r2 = run_unitlint(unitlint, fix_args + trees, fixed_root)
        second = [p for p, s in checksums(fixed_root).items() if sums.get(p) != s]

        verified = 0
        new_diagnostics = []
        unverifiable = []
        if shutil.which('systemd-analyze'):
            units = sorted({u for u in (unit_of(os.path.join(fixed_root, c)) for c in changed) if u}
                           | set())
            unverifiable = [c for c in changed if unit_of(os.path.join(fixed_root, c)) is None]

            def compare(unit):
                rel = os.path.relpath(unit, fixed_root)
                tree = rel.split(os.sep)[0]
                old = verify(os.path.join(orig_root, rel), os.path.join(orig_root, tree))
                new = verify(unit, os.path.join(fixed_root, tree))
                return rel, new - old

            with ThreadPoolExecutor(max_workers=2) as pool:
                for rel, diff in pool.map(compare, units):
                    verified += 1
                    for line, n in diff.items():
                        new_diagnostics.append((rel, line, n))

        print('# unitlint --fix%s on copies of %s' % (' --unsafe-fixes' if unsafe else '', ', '.join(corpora)))
        print()
        print('| | |')
        print('|---|---|')
        print('| findings before | %d (%d with a %s fix) |' % (len(before), len(fixable), '/'.join(sorted(wanted))))
        print('| fixes applied | %s |' % (applied.group(1) if applied else 0))
        print('| files changed | %d |' % len(changed))
        print('| fixes applied per rule | %s |' % (', '.join('%s %s' % kv for kv in sorted(per_rule.items())) or '-'))
        print('| findings after | %d |' % len(after))
        print('| fixed findings found again (same fingerprint) | %d |' % len(refound))
        print('| findings with a %s fix left | %d |' % ('/'.join(sorted(wanted)), len(still_fixable)))
        print('| findings gone, per rule | %s |' % (', '.join('%s %d' % kv for kv in sorted(gone.items())) or '-'))
        print('| new findings after fixing, per rule | %s |' % (
            ', '.join('%s %d' % kv for kv in sorted(new_after.items())) or 'none'))
        print('| units verified with systemd-analyze (fixed file or its drop-in) | %d (drop-ins without their unit: %d) |'
              % (verified, len(unverifiable)))
        print('| new systemd-analyze verify diagnostics | %d |' % sum(n for _r, _l, n in new_diagnostics))
        print('| files a second --fix changed | %d |' % len(second))
        print('| unitlint errors on standard error | %d |' % len(errors))
        for rel, line, n in new_diagnostics[:40]:
            print('\nnew diagnostic in %s: %s (x%d)' % (rel, line, n))
        for f in refound[:20]:
            print('\nfound again: %s:%s %s %s' % (f['file'], f['line'], f['ruleId'], f['message']))
        for f in still_fixable[:20]:
            print('\nstill fixable: %s:%s %s %s' % (f['file'], f['line'], f['ruleId'], f['message']))
        for p in second[:20]:
            print('\nchanged by the second --fix: %s' % p)
        for e in errors[:20]:
            print('\nstderr: %s' % e)
        ok = not refound and not still_fixable and not new_diagnostics and not second
        return 0 if ok else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
