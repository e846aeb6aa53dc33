#!/usr/bin/env python3
"""Directive sweep: every directive the catalog knows for a systemd release, set to each value of
a split of invalid and borderline values (conformance/sweep_values.py), judged by systemd itself
and by unitlint.

For every (section, key) of the release (except [Scope], which systemd never loads from a file)
it writes one small unit per value: a unit of a type that has the section and loads cleanly,
plus the line KEY=VALUE at its end (the base's own line for KEY is left out, so that a bad
ListenStream= leaves the socket without a listener, as it would in a real file). systemd labels
each value:

  * REJECTED  - `systemd-analyze verify` prints a diagnostic at the KEY= line (not one of the
                host-dependent "not executable"/"not found" ones);
  * REFUSED   - systemd refuses the whole unit (no line, e.g. "Timer unit lacks value setting");
  * ACCEPTED  - systemd says nothing at all about the unit;
  * NOTICE    - systemd says something else (a host-dependent message, a unit-level note).

[Install] is ignored by PID 1, so its keys are judged by `systemctl --root=DIR enable` instead:
a value is REJECTED when enabling fails or systemctl prints a diagnostic for the file.

Then unitlint checks the same files (--systemd-version RELEASE) and the sweep prints:

  * recall: REJECTED values that unitlint reports at their line (error or warning);
  * refused units that unitlint flags with an error somewhere;
  * false errors: error findings on ACCEPTED values (the target is 0);
  * the misses per parser, and examples.

systemd's verdicts are cached under target/sweep-cache/ (keyed by unit name and content), so a
second run only runs unitlint. On demand only (it needs systemd-analyze and systemctl):

  conformance/sweep.sh [--split tune|heldout] [--release 252] [--show 20]
"""
import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sweep_values  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CATALOG = os.path.join(REPO, 'src', 'main', 'resources', 'dev', 'unitlint', 'catalog', 'directives.tsv')
CACHE = os.path.join(REPO, 'target', 'sweep-cache')

HOST_DEPENDENT = re.compile(r'is not executable|not found|No such file|Failed to determine|Failed to enable auxiliary unit')
REFUSED = re.compile(r'Refusing|bad unit file setting|failed to load properly|fatal error|will not be started')
LINE_DIAG = re.compile(r'^(?P<path>/[^:]+):(?P<line>\d+): (?P<msg>.*)$')
UNIT_MSG = re.compile(r'^(?:Unit )?(?P<unit>[^ :/]+\.(?:service|socket|timer|path|mount|automount|swap|slice|target))[: ](?P<msg>.*)$')
# "A: Failed to create A/start: Unit B has a bad unit file setting." is about B, not A.
UNIT_IN_MSG = re.compile(r'Unit (?P<unit>[^ :/]+\.(?:service|socket|timer|path|mount|automount|swap|slice|target))\b')

# For each section: the unit type swept, and the lines of a unit of that type that loads cleanly
# ({n} is the test number; the file name must match Where=/What= for mounts and swaps).
BASES = {
    'Service': ('service', 't{n}.service', ['[Service]', 'ExecStart=/bin/true']),
    'Unit': ('service', 't{n}.service', ['[Service]', 'ExecStart=/bin/true']),
    'Install': ('service', 't{n}.service', ['[Service]', 'ExecStart=/bin/true']),
    'Socket': ('socket', 't{n}.socket', ['[Socket]', 'ListenStream=/run/t{n}.sock']),
    'Timer': ('timer', 't{n}.timer', ['[Timer]', 'OnCalendar=daily']),
    'Path': ('path', 't{n}.path', ['[Path]', 'PathExists=/tmp/t{n}']),
    'Mount': ('mount', 'sweep-t{n}.mount', ['[Mount]', 'What=/dev/sda1', 'Where=/sweep/t{n}']),
    'Automount': ('automount', 'sweep-t{n}.automount', ['[Automount]', 'Where=/sweep/t{n}']),
    'Swap': ('swap', 'dev-t{n}.swap', ['[Swap]', 'What=/dev/t{n}']),
    'Slice': ('slice', 't{n}.slice', ['[Slice]']),
}


def read_directives(release):
    """(section, key, parser) of every directive the release has, parser as that release names it."""
    with open(CATALOG, encoding='utf-8') as f:
        lines = [l.rstrip('\n').split('\t') for l in f if not l.startswith('#')]
    header, rows = lines[0], [dict(zip(lines[0], l)) for l in lines[1:]]
    out = []
    for r in rows:
        if str(release) not in r['releases_present'].split(',') or r['section'] not in BASES:
            continue
        parser = r['parser']
        for part in filter(None, r['parser_history'].split(';')):
            releases, name = part.split('=', 1)
            if str(release) in releases.split(','):
                parser = name
        out.append((r['section'], r['key'], parser.split('(')[0]))
    return out


def unit_text(section, key, value, n):
    unit_type, name, base = BASES[section]
    lines = ['[Unit]', 'Description=sweep']
    for line in base:
        line = line.format(n=n)
        if line.split('=', 1)[0] == key and section != 'Unit':
            continue
        lines.append(line)
    if key == 'DefaultInstance':
        name = 't{n}@.service'
    lines += ['[' + section + ']', key + '=' + value]
    return name.format(n=n), '\n'.join(lines) + '\n', len(lines)


def digest(*parts):
    return hashlib.sha1('\0'.join(parts).encode('utf-8', 'surrogateescape')).hexdigest()


def load_cache(path):
    cache = {}
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                cache[d['key']] = d
    return cache


def verify_batch(folder, tests):
    """Runs systemd-analyze verify on one folder of test units; returns {test index: verdict}."""
    paths = [os.path.join(folder, t['name']) for t in tests]
    r = subprocess.run(['systemd-analyze', 'verify', '--man=no'] + paths, capture_output=True, text=True,
                       errors='replace', timeout=600)
    at_line = collections.defaultdict(list)
    unit_msgs = collections.defaultdict(list)
    refused_units = set()
    for line in r.stderr.splitlines():
        m = LINE_DIAG.match(line)
        if m:
            at_line[(m.group('path'), int(m.group('line')))].append(m.group('msg'))
            continue
        m = UNIT_MSG.match(line)
        if m:
            unit_msgs[m.group('unit')].append(m.group('msg'))
            if REFUSED.search(m.group('msg')):
                inner = UNIT_IN_MSG.findall(m.group('msg'))
                refused_units.add(inner[-1] if inner else m.group('unit'))
    verdicts = {}
    for t, path in zip(tests, paths):
        diags = at_line.get((path, t['line']), [])
        other_lines = [msg for (p, l), msgs in at_line.items() if p == path and l != t['line'] for msg in msgs]
        units = unit_msgs.get(t['name'], [])
        verdicts[t['index']] = label(diags, other_lines, units, t['name'] in refused_units)
    return verdicts


def label(diags, other_lines, unit_messages, refused):
    """A unit is refused when systemd says so about it ("Unit X has a bad unit file setting"); a
    message about another unit it needs ("Unit x--y.slice failed to load properly") is a notice."""
    own = [d for d in diags if not HOST_DEPENDENT.search(d)]
    host = [d for d in diags if HOST_DEPENDENT.search(d)] + [m for m in unit_messages if HOST_DEPENDENT.search(m)]
    refused = refused or any(REFUSED.search(d) for d in diags)
    if own:
        verdict = 'REJECTED'
    elif refused:
        verdict = 'REFUSED'
    elif host or other_lines or unit_messages:
        verdict = 'NOTICE'
    else:
        verdict = 'ACCEPTED'
    return {'verdict': verdict, 'refused': refused, 'messages': own or unit_messages or host or other_lines}


def install_verdict(folder, test):
    """systemctl --root enable, for an [Install] key."""
    root = os.path.join(folder, 'root-%d' % test['index'])
    unit_dir = os.path.join(root, 'etc', 'systemd', 'system')
    os.makedirs(unit_dir, exist_ok=True)
    shutil.copy(os.path.join(folder, test['name']), unit_dir)
    # A template is enabled as itself, so that systemctl reads DefaultInstance= (enabling an
    # instance ignores it).
    name = test['name']
    r = subprocess.run(['systemctl', '--root=' + root, '--no-reload', 'enable', name], capture_output=True,
                       text=True, errors='replace', timeout=60)
    lines = r.stderr.splitlines()
    for i, l in enumerate(lines):
        if l.startswith('The unit files have no installation config'):
            lines = lines[:i + 1]  # the rest is systemctl's explanation of that
            break
    messages = [l for l in lines if l.strip() and 'non-existent unit' not in l and not HOST_DEPENDENT.search(l)
                and not l.startswith(('Created symlink', 'The unit files have no', 'Alias= settings',
                                      'units). This', 'to use systemctl', 'Possible reasons', 'Also=',
                                      '1) A unit may', '2) A unit may', '3) A unit may', '   ', '4) In case'))]
    rejected = r.returncode != 0 or any('Failed' in l or 'nvalid' in l or test['name'] + ':' in l for l in messages)
    shutil.rmtree(root, ignore_errors=True)
    return {'verdict': 'REJECTED' if rejected else ('NOTICE' if messages else 'ACCEPTED'), 'refused': False,
            'messages': messages}


def frozen_unitlint(unitlint, scratch):
    subprocess.run([unitlint, '--version'], capture_output=True, check=True)
    jar = os.path.join(os.path.dirname(os.path.abspath(unitlint)), 'target', 'unitlint.jar')
    copy = os.path.join(scratch, 'unitlint.jar')
    shutil.copy(jar, copy)
    return ['java', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', copy]


def run_unitlint(command, folders, release):
    findings = collections.defaultdict(list)
    for start in range(0, len(folders), 20):
        r = subprocess.run(command + ['check', '--systemd-version', str(release), '--fail-on', 'never',
                                      '--format', 'json'] + folders[start:start + 20],
                           capture_output=True, text=True, errors='replace')
        if r.returncode not in (0, 1):
            sys.exit('unitlint failed: ' + r.stderr[:2000])
        for f in json.loads(r.stdout)['findings']:
            findings[os.path.abspath(f['file'])].append(f)
    return findings


# Parsers whose verdict depends on the key (the limit's unit, the trigger kind, a fatal ltype, …):
# every key of theirs goes into the labels; for the others one key per section is enough.
KEY_DEPENDENT = {'config_parse_memory_limit', 'config_parse_rlimit', 'config_parse_timer', 'config_parse_socket_listen',
                 'config_parse_set_credential', 'config_parse_load_credential', 'config_parse_exec_directories'}
# Keys whose parser behaves differently from its other keys (a fatal ltype, a prefix of their own).
SPECIAL_KEYS = {'DynamicUser', 'RootDirectory', 'RootImage', 'RootVerity', 'WorkingDirectory', 'PIDFile',
                'SupplementaryGroups', 'ExecStart', 'OnCalendar', 'What', 'Where'}
SHORT = {'REJECTED': 'R', 'REFUSED': 'F', 'ACCEPTED': 'A'}
# Rules that report a word systemd drops without a message (an unknown capability name): verify
# says nothing, so the value is labelled ACCEPTED, yet what was written is ignored, which the
# severity policy makes an error. Their errors are counted apart (as SweepLabelsTest does).
SILENT_DROP_RULES = {'SD206'}


# Parsers whose verdict depends on the unit type (SD210) or the section.
TYPE_DEPENDENT = {'config_parse_delegate', 'config_parse_managed_oom_mode', 'config_parse_managed_oom_mem_pressure_limit',
                  'config_parse_unit_slice'}


def label_group(t):
    keyed = t['parser'] in KEY_DEPENDENT or t['key'] in SPECIAL_KEYS
    sectioned = t['parser'] in TYPE_DEPENDENT or t['section'] in ('Unit', 'Install', 'Timer', 'Path', 'Automount')
    return (t['section'] if sectioned else '', t['parser'], t['key'] if keyed else '')


def write_labels(path, tests, cache, release, split):
    """Compact, derived labels: systemd's verdict per (section, key, value), no unit text, no messages."""
    chosen = {}
    for t in tests:
        chosen.setdefault(label_group(t), (t['section'], t['key']))
    rows = []
    for t in tests:
        verdict = SHORT.get(cache[t['cache']]['verdict'])
        if chosen[label_group(t)] != (t['section'], t['key']) or verdict is None or '\t' in t['value'] or '\n' in t['value']:
            continue
        rows.append('\t'.join((t['section'], t['key'], t['value'], verdict)))
    with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write('# systemd-analyze verify %d (systemctl --root enable for [Install]) on the %s split of\n' % (release, split))
        f.write('# conformance/sweep_values.py: R rejected at the line, F unit refused, A accepted silently.\n')
        f.write('# Derived by conformance/sweep.sh --labels; read by SweepLabelsTest. Values are as written after KEY=.\n')
        for row in rows:
            f.write(row + '\n')
    print('wrote %d labels to %s' % (len(rows), path))


def main():
    sys.stdout.reconfigure(line_buffering=True)
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--split', choices=sorted(sweep_values.SPLITS), default='tune')
    ap.add_argument('--release', type=int, default=252)
    ap.add_argument('--unitlint', default=os.path.join(REPO, 'unitlint'))
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--show', type=int, default=20, help='examples of misses and false errors to print')
    ap.add_argument('--only', help='only directives whose Section.Key matches this regular expression')
    ap.add_argument('--keep', action='store_true', help='keep the scratch folder and print its path')
    ap.add_argument('--tsv', help='write one line per value: verdict, unitlint outcome, section, key, value')
    ap.add_argument('--labels', help='write systemd\'s verdicts for a compact subset (one key per parser where the key'
                                     ' does not matter) for SweepLabelsTest, which needs no systemd')
    args = ap.parse_args()
    for tool in ('systemd-analyze', 'systemctl'):
        if shutil.which(tool) is None:
            print('sweep: %s is not installed' % tool, file=sys.stderr)
            return 2
    version = subprocess.run(['systemd-analyze', '--version'], capture_output=True, text=True).stdout.split('\n')[0]
    if ('systemd %d ' % args.release) not in version + ' ':
        print('sweep: the installed %s is not release %d' % (version, args.release), file=sys.stderr)
        return 2

    directives = read_directives(args.release)
    if args.only:
        directives = [d for d in directives if re.search(args.only, d[0] + '.' + d[1])]
    scratch = tempfile.mkdtemp(prefix='unitlint-sweep-')
    tests = []
    for section, key, parser in directives:
        for value in sweep_values.values_for(parser, args.split):
            n = len(tests)
            name, text, line = unit_text(section, key, value, n)
            tests.append({'index': n, 'section': section, 'key': key, 'parser': parser, 'value': value,
                          'name': name, 'text': text, 'line': line,
                          'cache': digest(str(args.release), name, text,
                                          'systemctl-template' if section == 'Install' else '')})
    print('unitlint directive sweep vs %s, split %s: %d directives, %d values' % (
        version, args.split, len(directives), len(tests)))

    # Write the units, in folders of 300 (plus the services a socket needs).
    folders = []
    for start in range(0, len(tests), 300):
        folder = os.path.join(scratch, 'b%04d' % (start // 300))
        os.makedirs(folder)
        folders.append(folder)
        for t in tests[start:start + 300]:
            t['folder'] = folder
            with open(os.path.join(folder, t['name']), 'w', encoding='utf-8', errors='surrogateescape') as f:
                f.write(t['text'])
            if t['section'] == 'Socket':
                for companion in ('t%d.service' % t['index'], 't%d@.service' % t['index']):
                    with open(os.path.join(folder, companion), 'w') as f:
                        f.write('[Service]\nExecStart=/bin/true\n')

    os.makedirs(CACHE, exist_ok=True)
    cache_path = os.path.join(CACHE, 'verdicts-%d-v2.jsonl' % args.release)
    cache = load_cache(cache_path)
    todo = [t for t in tests if t['cache'] not in cache]
    if todo:
        print('asking systemd about %d values (the rest are cached in %s)' % (len(todo), cache_path))
        by_folder = collections.defaultdict(list)
        for t in todo:
            if t['section'] != 'Install':
                by_folder[t['folder']].append(t)
        verdicts = {}
        with ThreadPoolExecutor(args.jobs) as ex:
            for result in ex.map(lambda item: verify_batch(*item), by_folder.items()):
                verdicts.update(result)
            for t, v in zip([t for t in todo if t['section'] == 'Install'],
                            ex.map(lambda t: install_verdict(t['folder'], t),
                                   [t for t in todo if t['section'] == 'Install'])):
                verdicts[t['index']] = v
        with open(cache_path, 'a', encoding='utf-8') as f:
            for t in todo:
                d = dict(verdicts[t['index']], key=t['cache'])
                cache[t['cache']] = d
                f.write(json.dumps(d) + '\n')

    command = frozen_unitlint(args.unitlint, scratch)
    findings = run_unitlint(command, folders, args.release)

    counts = collections.Counter()
    misses_by_parser = collections.Counter()
    false_by_rule = collections.Counter()
    examples_miss, examples_false, examples_refused = [], [], []
    rows = []
    for t in tests:
        v = cache[t['cache']]
        path = os.path.abspath(os.path.join(t['folder'], t['name']))
        found = findings.get(path, [])
        at_line = [f for f in found if f['line'] <= t['line'] <= f.get('endLine', f['line'])]
        reported = any(f['severity'] in ('error', 'warning') for f in at_line)
        errors = [f for f in found if f['severity'] == 'error']
        verdict = v['verdict']
        counts[verdict] += 1
        outcome = ('error' if any(f['severity'] == 'error' for f in at_line) else 'warning') if reported else (
            'info-only' if at_line else 'silent')
        rule_ids = ','.join(sorted({f['ruleId'] for f in at_line}))
        if verdict == 'REJECTED':
            counts['rejected-reported'] += reported
            if not reported:
                misses_by_parser[t['parser']] += 1
                if len(examples_miss) < args.show:
                    examples_miss.append('MISS  [%s] %s=%s  systemd: %s' % (
                        t['section'], t['key'], t['value'], '; '.join(v['messages'])[:150]))
        if v['refused']:
            counts['refused'] += 1
            counts['refused-flagged'] += bool(errors)
            if not errors and len(examples_refused) < args.show:
                examples_refused.append('UNFLAGGED REFUSAL [%s] %s=%s  systemd: %s' % (
                    t['section'], t['key'], t['value'], '; '.join(v['messages'])[:150]))
        if verdict == 'ACCEPTED' and errors:
            counts['accepted-with-error'] += 1
            if all(f['ruleId'] in SILENT_DROP_RULES for f in errors):
                counts['accepted-with-silent-drop-error'] += 1
            for f in errors:
                false_by_rule[f['ruleId']] += 1
            if len(examples_false) < args.show:
                examples_false.append('FALSE [%s] %s=%s  unitlint: %s [%s]' % (
                    t['section'], t['key'], t['value'], errors[0]['message'][:150], errors[0]['ruleId']))
        rows.append((verdict, outcome, rule_ids, t['section'], t['key'], t['parser'], t['value'], '; '.join(v['messages'])[:200]))

    rejected = counts['REJECTED']
    print('systemd: %d rejected at the line, %d refused units, %d accepted silently, %d other notices' % (
        rejected, counts['refused'], counts['ACCEPTED'], counts['NOTICE']))
    print('[%s] rejected values unitlint reports at their line (error or warning): %d/%d = %.2f%%' % (
        args.split, counts['rejected-reported'], rejected, 100.0 * counts['rejected-reported'] / rejected if rejected else 100))
    print('[%s] refused units unitlint flags with an error: %d/%d' % (args.split, counts['refused-flagged'], counts['refused']))
    print('[%s] accepted values with an unitlint error finding: %d of %d' % (
        args.split, counts['accepted-with-error'], counts['ACCEPTED']))
    print('[%s]   of which only on words systemd drops without a message (%s): %d; false errors: %d' % (
        args.split, ', '.join(sorted(SILENT_DROP_RULES)), counts['accepted-with-silent-drop-error'],
        counts['accepted-with-error'] - counts['accepted-with-silent-drop-error']))
    for parser, n in misses_by_parser.most_common(40):
        print('  missed %4d  %s' % (n, parser))
    for rule, n in false_by_rule.most_common(12):
        print('  false  %4d  %s' % (n, rule))
    for line in examples_miss + examples_refused + examples_false:
        print('  ' + line)
    if args.tsv:
        with open(args.tsv, 'w', encoding='utf-8', errors='surrogateescape') as f:
            f.write('verdict\tunitlint\trules\tsection\tkey\tparser\tvalue\tsystemd\n')
            for row in rows:
                f.write('\t'.join(x.replace('\t', ' ').replace('\n', ' ') for x in row) + '\n')
    if args.labels:
        write_labels(args.labels, tests, cache, args.release, args.split)
    if args.keep:
        print('scratch folder kept: ' + scratch)
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
