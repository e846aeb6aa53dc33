#!/usr/bin/env python3
"""How much each rule says about real unit files.

Runs unitlint (target/unitlint.jar, built by ./unitlint) over a folder of unit files and
prints, per rule, how many units it flags, as the Markdown table the README shows. Given
the output of conformance/verify-corpus (one JSON object per unit: path, rc, stderr of
systemd-analyze verify), it also lists error-level findings on units systemd accepts
without a line diagnostic, which must be none.

    tools/corpus-noise.py ../shared/corpus/debian-bookworm [verdicts.jsonl]
"""
import collections
import json
import os
import re
import subprocess
import sys

HOST_DEPENDENT = re.compile(r'is not executable|not found|Failed to create|failed to load properly')
REFUSED = re.compile(r'bad unit file setting|Refusing|fatal error|failed to load properly')


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    corpus = sys.argv[1]
    subprocess.run([os.path.join(root, 'unitlint'), '--version'], check=True, stdout=subprocess.DEVNULL)
    report = subprocess.run(['java', '-jar', os.path.join(root, 'target/unitlint.jar'), 'check', '--format=json',
                             '--fail-on=never', corpus], capture_output=True, text=True)
    findings = json.loads(report.stdout)['findings']
    units = collections.defaultdict(set)
    names, severities = {}, collections.defaultdict(collections.Counter)
    for f in findings:
        rel = os.path.relpath(f['file'], corpus)
        units[f['ruleId']].add(re.sub(r'\.d/[^/]*\.conf$', '', rel))
        names[f['ruleId']] = f['ruleName']
        severities[f['ruleId']][f['severity']] += 1
    total = len({re.sub(r'\.d/[^/]*\.conf$', '', os.path.relpath(f['file'], corpus)) for f in findings})
    print('| Rule | Findings by severity | Units flagged |')
    print('|---|---|---|')
    for rule in sorted(units):
        by_severity = ', '.join(f'{n} {s}' for s, n in sorted(severities[rule].items()))
        print(f'| {rule} `{names[rule]}` | {by_severity} | {len(units[rule])} |')
    print(f'\n{len(findings)} findings on {total} units.')
    if len(sys.argv) > 2:
        clean = set()
        for line in open(sys.argv[2]):
            verdict = json.loads(line)
            said = [s for s in verdict['stderr'] if not HOST_DEPENDENT.search(s)]
            if not any(REFUSED.search(s) for s in verdict['stderr']) and not any(re.match(r'^/.*?:\d+: ', s) for s in said):
                clean.add(verdict['path'])
        wrong = [f for f in findings if f['severity'] == 'error' and os.path.relpath(f['file'], corpus) in clean]
        print(f'Error-level findings on the {len(clean)} units systemd accepts without a line diagnostic: {len(wrong)}')
        for f in wrong:
            print(f"  {f['file']}:{f['line']}: {f['ruleId']} {f['message']}")
        sys.exit(1 if wrong else 0)


if __name__ == '__main__':
    main()
