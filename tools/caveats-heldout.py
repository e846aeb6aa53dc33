#!/usr/bin/env python3
"""The held-out check of issue 15: semantic pitfalls that systemd loads silently.

testdata/caveats-heldout/pitfalls/ holds unit files (or folders of units and drop-ins), each
wrong in one way a systemd man page documents; a comment line "# EXPECT" stands above the line
that is wrong. testdata/caveats-heldout/good/ holds well-formed units. The set was written from
the man pages before the rules of issue 15 were, and is not tuned to them.

For every pitfall this runs unitlint (all rules, default target release) and counts it found
when some finding other than SD901 starts on the expected line of the expected file. Folders
whose files say "# fixture: complete-set" are checked with --complete. For the good units it
counts warnings and errors (info is allowed).

    tools/caveats-heldout.py [--verbose]
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELDOUT = os.path.join(ROOT, 'testdata', 'caveats-heldout')


def run(paths, complete):
    args = ['java', '-jar', os.path.join(ROOT, 'target', 'unitlint.jar'), 'check', '--format=json', '--fail-on=never']
    if complete:
        args.append('--complete')
    out = subprocess.run(args + paths, capture_output=True, text=True)
    return json.loads(out.stdout)['findings']


def expectations(path):
    """(file, line) pairs: the first non-comment line after each '# EXPECT'."""
    result = []
    lines = open(path, encoding='utf-8').read().split('\n')
    for i, text in enumerate(lines):
        if text.strip() == '# EXPECT':
            j = i + 1
            while j < len(lines) and lines[j].lstrip().startswith(('#', ';')):
                j += 1
            result.append((os.path.abspath(path), j + 1))
    return result


def files_of(case):
    if os.path.isfile(case):
        return [case]
    found = []
    for folder, _, names in os.walk(case):
        found += [os.path.join(folder, n) for n in names]
    return sorted(found)


def complete_set(case):
    return any('# fixture: complete-set' in open(f, encoding='utf-8').read() for f in files_of(case))


def findings_by_place(cases):
    """Runs the cases that stand alone in one call, and each complete-set case in a call of its own."""
    alone = [c for c in cases if not complete_set(c)]
    findings = run(alone, False) if alone else []
    for case in cases:
        if complete_set(case):
            findings += run([case], True)
    return findings


def main():
    verbose = '--verbose' in sys.argv
    subprocess.run([os.path.join(ROOT, 'unitlint'), '--version'], check=True, stdout=subprocess.DEVNULL)
    pitfalls = os.path.join(HELDOUT, 'pitfalls')
    cases = [os.path.join(pitfalls, name) for name in sorted(os.listdir(pitfalls))]
    at = {(os.path.abspath(f['file']), f['line']): f for f in findings_by_place(cases) if f['ruleId'] != 'SD901'}
    found = total = 0
    for case in cases:
        for f in files_of(case):
            for expected in expectations(f):
                total += 1
                hit = at.get(expected)
                if hit:
                    found += 1
                if verbose or not hit:
                    where = os.path.relpath(expected[0], HELDOUT) + ':' + str(expected[1])
                    print(('found   ' + hit['ruleId'] + ' ' + hit['severity']) if hit else 'MISSED ', where)
    good = os.path.join(HELDOUT, 'good')
    loud = [f for f in findings_by_place([os.path.join(good, n) for n in sorted(os.listdir(good))])
            if f['severity'] in ('warning', 'error')]
    for f in loud:
        print('LOUD   ', os.path.relpath(f['file'], HELDOUT) + ':' + str(f['line']), f['ruleId'], f['message'][:100])
    print(f'pitfalls found at the right line: {found}/{total} = {100.0 * found / total:.1f} %')
    print(f'warnings or errors on the well-formed units: {len(loud)}')
    sys.exit(0 if found >= 0.9 * total and not loud else 1)

if __name__ == '__main__':
    main()
