#!/usr/bin/env python3
"""The upstream figures of issue 12: errors on units systemd accepts, warnings per 100 files.

Runs unitlint (built by ./unitlint) over a folder of unit files (default: the 482 upstream unit
files of ../shared/corpus/upstream/files) and prints

  * warnings per 100 files, by rule, with the default target (what a user sees) — the issue
    asks for fewer than 6 — in one run over the folder, and with --per-project in one run per
    project (the corpus's manifest.tsv names each file's repository), as each project's
    maintainers see them;
  * error-level findings on the units systemd 252 accepts, with --systemd-version 252 (the
    release the oracle runs) — the issue asks for none. A unit is accepted when
    `systemd-analyze verify --man=no FILE` (one file per call) refuses nothing and prints no
    line diagnostic about it, and `systemctl --root enable` does not refuse its [Install]
    (conformance.accepted_cleanly() and conformance.enable_refuses(), as for the Debian
    clean list);
  * the error-level findings with the default target on accepted units, each named: a key
    that 252 accepts and a later release ignores (cgroup v1) is an error there by design.

systemd's verdicts are cached by file content in $UNITLINT_VERDICTS (default
/tmp/unitlint-verdicts-252), so a second run does not call systemd-analyze again.
The harness sees only what verify prints: host-dependent messages (a missing executable, a
missing dependency) are not line diagnostics and do not make a unit refused.

    tools/upstream-figures.py [FOLDER] [--list] [--per-project]
        --list: every warning and error, one a line; --per-project: also one run per project
"""
import argparse
import collections
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'conformance'))
import conformance  # noqa: E402  (verify(), accepted_cleanly(), enable_refuses(), SUFFIXES)

CACHE = os.environ.get('UNITLINT_VERDICTS', '/tmp/unitlint-verdicts-252')


def silent_ignores():
    """{rule: why}: cases systemd ignores without a word, so that verify cannot show them
    (tools/severity-audit.py keeps the list, each checked in the sources)."""
    spec = importlib.util.spec_from_file_location('severity_audit', os.path.join(ROOT, 'tools', 'severity-audit.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SILENT_IGNORES


def unit_files(folder):
    found = []
    for dirpath, _, names in os.walk(folder):
        for name in names:
            if name.endswith(conformance.SUFFIXES) or name.endswith('.conf'):
                found.append(os.path.join(dirpath, name))
    return sorted(found)


def verdict(path):
    """systemd 252's verdict on one file: accepted or not, cached by path and content."""
    with open(path, 'rb') as f:
        key = hashlib.sha256(os.path.abspath(path).encode() + b'\0' + f.read()).hexdigest()
    cached = os.path.join(CACHE, key + '.json')
    if os.path.exists(cached):
        with open(cached, encoding='utf-8') as f:
            return json.load(f)
    _, stderr = conformance.verify(os.path.abspath(path))
    result = {'path': path, 'stderr': stderr,
              'accepted': conformance.accepted_cleanly(stderr) and not conformance.enable_refuses(path)}
    os.makedirs(CACHE, exist_ok=True)
    with open(cached + '.tmp', 'w', encoding='utf-8') as f:
        json.dump(result, f)
    os.replace(cached + '.tmp', cached)
    return result


def findings(folder, *options):
    subprocess.run([os.path.join(ROOT, 'unitlint'), '--version'], check=True, stdout=subprocess.DEVNULL)
    return findings_of([folder], *options)


def findings_of(paths, *options):
    """unitlint's findings (JSON) on these files or folders, in one run of the jar ./unitlint built."""
    report = subprocess.run(['java', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar',
                             os.path.join(ROOT, 'target', 'unitlint.jar'), 'check', '--format=json',
                             '--fail-on=never', *options, *paths], capture_output=True, text=True, check=True)
    return json.loads(report.stdout)['findings']


def projects_of(folder, files):
    """{repository: [files]} from the corpus's manifest.tsv (columns id, file, repo, …), if there is one."""
    manifest = os.path.join(os.path.dirname(folder), 'manifest.tsv')
    if not os.path.exists(manifest):
        return {}
    known = set(files)
    projects = collections.defaultdict(list)
    with open(manifest, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        for line in f:
            row = dict(zip(header, line.rstrip('\n').split('\t')))
            path = os.path.join(os.path.dirname(folder), row['file'])
            if path in known:
                projects[row['repo']].append(path)
    return projects


def main():
    default = os.path.join(os.path.dirname(ROOT), 'shared', 'corpus', 'upstream', 'files')
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('folder', nargs='?', default=default)
    ap.add_argument('--list', action='store_true', help='print every warning and error')
    ap.add_argument('--per-project', action='store_true',
                    help='also one run per project of manifest.tsv (157 runs: minutes)')
    ap.add_argument('--jobs', type=int, default=2)
    args = ap.parse_args()
    folder = os.path.abspath(args.folder)
    files = unit_files(folder)

    default_target = findings(folder)
    warnings = [f for f in default_target if f['severity'] == 'warning']
    by_rule = collections.Counter(f['ruleId'] for f in warnings)
    print('%d unit files in %s' % (len(files), folder))
    print('default target: %d warnings = %.1f per 100 files (%s)' % (
        len(warnings), 100.0 * len(warnings) / len(files),
        ', '.join('%s %d' % kv for kv in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])))))
    if args.list:
        for f in warnings:
            print('  %s:%d: %s %s' % (os.path.relpath(f['file'], folder), f['line'], f['ruleId'], f['message']))
    projects = projects_of(folder, files) if args.per_project else {}
    if projects:
        # One run per project, as its maintainers lint their own units: a cycle that needs units of
        # several projects (SD802) exists only when they are all given together.
        own = [f for paths in projects.values() for f in findings_of(paths)]
        own_warnings = [f for f in own if f['severity'] == 'warning']
        by_rule = collections.Counter(f['ruleId'] for f in own_warnings)
        print('one run per project (%d projects, manifest.tsv): %d warnings = %.1f per 100 files (%s)' % (
            len(projects), len(own_warnings), 100.0 * len(own_warnings) / len(files),
            ', '.join('%s %d' % kv for kv in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])))))
        together = {(f['file'], f['line'], f['ruleId']) for f in warnings}
        alone = {(f['file'], f['line'], f['ruleId']) for f in own_warnings}
        for f in warnings:
            if (f['file'], f['line'], f['ruleId']) not in alone:
                print('  only when all projects are checked together: %s:%d: %s' % (
                    os.path.relpath(f['file'], folder), f['line'], f['ruleId']))
        for f in own_warnings:
            if (f['file'], f['line'], f['ruleId']) not in together:
                print('  only when each project is checked alone: %s:%d: %s' % (
                    os.path.relpath(f['file'], folder), f['line'], f['ruleId']))

    with ThreadPoolExecutor(args.jobs) as ex:
        verdicts = {os.path.abspath(v['path']): v for v in ex.map(verdict, files)}
    accepted = {p for p, v in verdicts.items() if v['accepted']}
    print('systemd 252 accepts %d of %d files (no refusal, no line diagnostic, enable does not refuse)' % (
        len(accepted), len(files)))
    for label, options in (('--systemd-version 252', ('--systemd-version', '252')), ('default target', ())):
        found = findings(folder, *options) if options else default_target
        errors = [f for f in found if f['severity'] == 'error']
        wrong = [f for f in errors if os.path.abspath(f['file']) in accepted]
        silent = [f for f in wrong if f['ruleId'] in silent_ignores()]
        print('%s: %d errors, %d on units systemd 252 accepts: %d where systemd drops what was written without a'
              ' word (verify cannot show it), %d other' % (label, len(errors), len(wrong), len(silent),
                                                         len(wrong) - len(silent)))
        for f in wrong if (args.list or options) else []:
            print('  %s:%d: %s %s%s' % (os.path.relpath(f['file'], folder), f['line'], f['ruleId'], f['message'],
                                        ' [silent: %s]' % silent_ignores()[f['ruleId']] if f in silent else ''))
        if args.list and not options:
            for f in errors:
                if f not in wrong:
                    print('  (not accepted) %s:%d: %s %s' % (os.path.relpath(f['file'], folder), f['line'], f['ruleId'],
                                                       f['message']))
    return 0


if __name__ == '__main__':
    sys.exit(main())
