#!/usr/bin/env python3
"""Conformance harness: how far unitlint agrees with systemd's own loader.

Takes a folder of real unit files (default: the Debian corpus beside the checkout), writes
mutated copies of them into a scratch folder (typos in keys, values of the wrong type,
sections in the wrong case, keys moved to the wrong section, keys from another unit type),
runs `systemd-analyze verify --man=no` and `unitlint check --systemd-version 252 --format text`
on the same files, and prints:

  * recall: the share of systemd's line diagnostics (`path:line: message`, without the
    host-dependent "not executable"/"not found" ones) that unitlint reports at the same
    line: a finding whose logical line (an entry with its continuation lines; systemd
    reports a continued line at its last physical line) contains systemd's line;
  * false errors: unitlint's error-level findings on lines where systemd says nothing,
    per 1,000 mutated files. PID 1 ignores [Install]; an error on an [Install] line counts as
    agreement when `systemctl --root DIR enable` of the unit fails or names that line.

`--clean-list FILE` also writes the corpus units (relative paths) that systemd 252 accepts
without any line diagnostic, read from the oracle; `CleanCorpusTest` checks that unitlint
reports no error on them.

Run on demand only (it needs systemd-analyze): conformance/run.sh [options].
"""
import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

SUFFIXES = ('.service', '.socket', '.timer', '.path', '.mount', '.automount', '.swap',
            '.slice', '.scope', '.target', '.device')
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_CORPUS = os.path.join(os.path.dirname(REPO), 'shared', 'corpus', 'debian-bookworm')
DEFAULT_CATALOG = os.path.join(REPO, 'src', 'main', 'resources', 'dev', 'unitlint', 'catalog', 'directives.tsv')

# Messages about the host, not the file: a unit linter cannot know them.
HOST_DEPENDENT = re.compile(r'is not executable|not found|No such file')
# Diagnostics other rule areas own (value-level deprecations SD5xx-SD7xx, User=nobody):
# counted in the totals, and also shown separately.
OTHER_AREAS = re.compile(r'Standard output type syslog|KillMode=none|Special user nobody')
# Rules that report a word systemd drops without a message (an unknown capability name): systemd
# says nothing, yet ignores what was written, which the severity policy makes an error. Their
# errors on lines systemd is silent about are counted, and shown apart from the others.
SILENT_DROP_RULES = {'SD206'}
LINE_DIAG = re.compile(r'^(?P<path>/[^:]+):(?P<line>\d+): (?P<msg>.*)$')
# Unit-level messages of a unit systemd does not load: a refusal or a failed load has no line.
REFUSED = re.compile(r'Refusing|bad unit file setting|failed to load properly|fatal error')
UNIT_NAME = r'[^ :/]+\.(?:service|socket|timer|path|mount|automount|swap|slice|scope|target|device)'
# "a.service: Service has no ExecStart=… Refusing." is about a; "a.service: Failed to create …:
# Unit b.service has a bad unit file setting." is about b, a unit the file only depends on.
UNIT_PREFIX = re.compile(r'^(?:Unit )?(?P<unit>' + UNIT_NAME + r')[: ]')
UNIT_IN_MSG = re.compile(r'Unit (?P<unit>' + UNIT_NAME + r') ')
FINDING = re.compile(r'^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info): (?P<msg>.*) \[(?P<id>(?:SD|SEC)\d+) [^\]]*\]$')

# Values of the wrong type for a parser, to replace a good value with.
WRONG_VALUES = {
    'config_parse_bool': ['maybe', 'yes please', 'enabled'],
    'config_parse_sec': ['5 parsecs', 'soon', '10 minuts'],
    'config_parse_sec_fix_0': ['forever', '1 lightyear'],
    'config_parse_unsigned': ['abc', '-1', '12x'],
    'config_parse_service_type': ['simpel', 'daemon', 'Notify'],
    'config_parse_service_restart': ['sometimes', 'On-failure', 'yes'],
    'config_parse_kill_mode': ['nope', 'all'],
    'config_parse_nice': ['99', '-21', 'low'],
    'config_parse_exec_oom_score_adjust': ['2000', 'high'],
    'config_parse_mode': ['0999', 'rwx', '8'],
    'config_parse_signal': ['SIGFOO', 'TERMINATE', '99'],
    'config_parse_memory_limit': ['12Q', 'lots', '150%%'],
    'config_parse_exec_output': ['file:relative/path', 'sysl0g', 'console+journal'],
    'config_parse_exec_input': ['stdin', 'file:x'],
    'config_parse_protect_system': ['readonly', 'maybe'],
    'config_parse_protect_home': ['readonly', 'maybe'],
    'config_parse_emergency_action': ['restart', 'shutdown'],
    'config_parse_job_mode': ['force', 'isolated'],
    'config_parse_notify_access': ['any', 'everyone'],
    'config_parse_unit_deps': ['foo', 'bar baz.service/'],
    'config_parse_calendar': ['every day', 'Mon..Fro', '25:00'],
}

# Keys that belong to another unit type, with a plausible value.
FOREIGN_KEYS = {
    'service': [('Service', 'OnCalendar', 'daily'), ('Service', 'ListenStream', '80'), ('Service', 'What', '/dev/sda1')],
    'socket': [('Socket', 'ExecStart', '/bin/true'), ('Socket', 'Restart', 'always'), ('Socket', 'OnCalendar', 'daily')],
    'timer': [('Timer', 'ExecStart', '/bin/true'), ('Timer', 'ListenStream', '80'), ('Timer', 'User', 'root')],
    'mount': [('Mount', 'ExecStart', '/bin/true'), ('Mount', 'Restart', 'always')],
    'path': [('Path', 'OnCalendar', 'daily'), ('Path', 'ExecStart', '/bin/true')],
    'target': [('Unit', 'ExecStart', '/bin/true'), ('Unit', 'Type', 'oneshot')],
}


def read_catalog(path):
    """(section, key) -> parser, from the directive catalog."""
    parsers = {}
    if not os.path.exists(path):
        return parsers
    with open(path, encoding='utf-8') as f:
        header = None
        for line in f:
            if line.startswith('#'):
                continue
            cols = line.rstrip('\n').split('\t')
            if header is None:
                header = cols
                continue
            row = dict(zip(header, cols))
            parsers[(row['section'], row.get('key') or row.get('directive'))] = row['parser']
    return parsers


def collect(corpus):
    files = []
    for root, _dirs, names in os.walk(corpus):
        for name in names:
            path = os.path.join(root, name)
            if not name.endswith(SUFFIXES) or os.path.islink(path):
                continue
            with open(path, 'rb') as f:
                head = f.read(200)
            # Symlinks are stored as small files holding the target.
            if head.startswith(b'/') and head.count(b'\n') <= 1:
                continue
            files.append(path)
    files.sort()
    return files


def logical_lines(text):
    """Per physical line (1-based), the (first, last) physical lines of its logical line."""
    lines = text.split('\n')
    spans = {}
    i = 0
    while i < len(lines):
        first = i
        stripped = lines[i].strip()
        if stripped.startswith(('#', ';')) or stripped.startswith('['):
            spans[i + 1] = (i + 1, i + 1)
            i += 1
            continue
        while lines[i].endswith('\\') and i + 1 < len(lines):
            i += 1
            # comment lines inside a continuation are skipped, as systemd does
            while i + 1 < len(lines) and lines[i].strip().startswith(('#', ';')):
                i += 1
        for n in range(first, i + 1):
            spans[n + 1] = (first + 1, i + 1)
        i += 1
    return spans


def assignments(lines):
    """(index, section, key, value) of simple one-line assignments."""
    section = None
    out = []
    for idx, line in enumerate(lines):
        s = line.strip()
        if s.startswith('[') and s.endswith(']'):
            section = s[1:-1]
            continue
        if not s or s.startswith(('#', ';')) or section is None or '=' not in s:
            continue
        if line.endswith('\\') or (idx > 0 and lines[idx - 1].endswith('\\')):
            continue
        key, value = s.split('=', 1)
        out.append((idx, section, key.strip(), value.strip()))
    return out


def typo(key, rng):
    kind = rng.randrange(4)
    if kind == 0 and len(key) > 3:  # swap two neighbours
        i = rng.randrange(len(key) - 1)
        if key[i] != key[i + 1]:
            return key[:i] + key[i + 1] + key[i] + key[i + 2:]
    if kind == 1 and len(key) > 4:  # drop a letter
        i = rng.randrange(1, len(key))
        return key[:i] + key[i + 1:]
    if kind == 2:  # wrong case
        return key.lower() if key != key.lower() else key.upper()
    i = rng.randrange(len(key) + 1)  # insert a letter
    return key[:i] + rng.choice('aeiost') + key[i:]


def mutate(text, unit_type, catalog, rng):
    """One mutation of a unit file; returns (new text, kind) or None."""
    lines = text.split('\n')
    assigns = assignments(lines)
    kinds = ['key-typo', 'wrong-value', 'section-case', 'moved-key', 'foreign-key']
    rng.shuffle(kinds)
    for kind in kinds:
        if kind == 'key-typo' and assigns:
            idx, _sec, key, value = rng.choice(assigns)
            if key.startswith('X-'):
                continue
            new = typo(key, rng)
            lines[idx] = lines[idx].replace(key, new, 1)
            return '\n'.join(lines), kind
        if kind == 'wrong-value':
            candidates = [a for a in assigns if catalog.get((a[1], a[2])) in WRONG_VALUES]
            if not candidates:
                continue
            idx, sec, key, value = rng.choice(candidates)
            bad = rng.choice(WRONG_VALUES[catalog[(sec, key)]])
            lines[idx] = key + '=' + bad
            return '\n'.join(lines), kind
        if kind == 'section-case':
            headers = [i for i, l in enumerate(lines) if re.match(r'^\[[A-Z][A-Za-z]*\]\s*$', l)]
            if not headers:
                continue
            i = rng.choice(headers)
            name = lines[i].strip()[1:-1]
            lines[i] = '[' + (name.lower() if rng.random() < 0.7 else name.upper()) + ']'
            return '\n'.join(lines), kind
        if kind == 'moved-key':
            sections = [i for i, l in enumerate(lines) if re.match(r'^\[(Unit|Service|Socket|Timer|Install|Mount|Path)\]\s*$', l)]
            movable = [a for a in assigns if not a[2].startswith('X-')]
            if len(sections) < 2 or not movable:
                continue
            idx, sec, key, value = rng.choice(movable)
            targets = [i for i in sections if lines[i].strip() != '[' + sec + ']']
            target = rng.choice(targets)
            moved = lines[idx]
            del lines[idx]
            if target > idx:
                target -= 1
            lines.insert(target + 1, moved)
            return '\n'.join(lines), kind
        if kind == 'foreign-key' and unit_type in FOREIGN_KEYS:
            section, key, value = rng.choice(FOREIGN_KEYS[unit_type])
            headers = [i for i, l in enumerate(lines) if l.strip() == '[' + section + ']']
            if not headers:
                continue
            lines.insert(headers[0] + 1, key + '=' + value)
            return '\n'.join(lines), kind
    return None


def verify(path):
    # Plain `verify --man=no`: with --recursive-errors=no systemd 252 also hides the
    # "Failed to add dependency" diagnostics of the unit itself.
    r = subprocess.run(['systemd-analyze', 'verify', '--man=no', path],
                       capture_output=True, text=True, errors='replace', timeout=120)
    return path, r.stderr.splitlines()


def install_section_lines(text):
    """The physical lines (1-based) inside [Install] sections."""
    lines, inside = set(), False
    for n, line in enumerate(text.split('\n'), 1):
        s = line.strip()
        if s.startswith('[') and s.endswith(']'):
            inside = s == '[Install]'
        elif inside:
            lines.add(n)
    return lines


def systemctl_refuses(path, line):
    """PID 1 ignores [Install]; `systemctl --root enable` reads it. True when enabling the unit fails
    or systemctl complains about this line."""
    if shutil.which('systemctl') is None:
        return False
    root = tempfile.mkdtemp(prefix='unitlint-install-')
    try:
        unit_dir = os.path.join(root, 'etc', 'systemd', 'system')
        os.makedirs(unit_dir)
        shutil.copy(path, unit_dir)
        name = os.path.basename(path)
        r = subprocess.run(['systemctl', '--root=' + root, '--no-reload', 'enable', name], capture_output=True,
                           text=True, errors='replace', timeout=60)
        return r.returncode != 0 or ('%s:%d:' % (name, line)) in r.stderr
    finally:
        shutil.rmtree(root, ignore_errors=True)


def line_diagnostics(path, stderr):
    out = []
    for line in stderr:
        m = LINE_DIAG.match(line)
        if m and m.group('path') == path and not HOST_DEPENDENT.search(m.group('msg')):
            out.append((int(m.group('line')), m.group('msg')))
    return out


def own_refusal(path, message):
    """Whether a refusal message is about the unit of this file (an instance counts as its template),
    not about a unit it depends on, which systemd-analyze loads and judges as well."""
    if not REFUSED.search(message):
        return False
    m = UNIT_IN_MSG.search(message) or UNIT_PREFIX.search(message)
    if not m:
        return True
    template = lambda name: re.sub(r'@[^.]*\.', '@.', name)
    return template(m.group('unit')) == template(os.path.basename(path))


def frozen_unitlint(unitlint, scratch):
    """Builds unitlint once and runs a copy of its jar, so that editing the sources during a run changes nothing."""
    subprocess.run([unitlint, '--version'], capture_output=True, check=True)
    jar = os.path.join(os.path.dirname(os.path.abspath(unitlint)), 'target', 'unitlint.jar')
    if not os.path.exists(jar):
        return [unitlint]
    copy = os.path.join(scratch, 'unitlint.jar')
    shutil.copy(jar, copy)
    return ['java', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', copy]


def run_unitlint(unitlint, paths, version):
    findings = collections.defaultdict(list)
    # A few hundred paths per run keeps the command line short; one JVM per batch.
    for start in range(0, len(paths), 400):
        batch = paths[start:start + 400]
        r = subprocess.run(unitlint + ['check', '--systemd-version', str(version), '--fail-on', 'never',
                            '--color', 'never', '--format', 'text'] + batch,
                           capture_output=True, text=True, errors='replace')
        if r.returncode not in (0, 1):
            # --format may not exist on this branch: retry without it
            r = subprocess.run(unitlint + ['check', '--systemd-version', str(version), '--fail-on', 'never',
                                '--color', 'never'] + batch, capture_output=True, text=True, errors='replace')
        for line in r.stdout.splitlines():
            m = FINDING.match(line)
            if m:
                findings[os.path.abspath(m.group('path'))].append(
                    (int(m.group('line')), m.group('sev'), m.group('id'), m.group('msg')))
    return findings


def compare(files, unitlint, version, jobs, show):
    texts = {p: open(p, encoding='utf-8', errors='replace').read() for p in files}
    with ThreadPoolExecutor(jobs) as ex:
        systemd = dict(ex.map(verify, files))
    ours = run_unitlint(unitlint, files, version)
    total = matched = 0
    other_total = other_matched = 0
    false_errors = 0
    # Errors on units systemd refuses as a whole ("Refusing.", no line): agreement, not false alarms.
    errors_on_refused = 0
    # Errors on [Install] lines that systemctl enable refuses (verify does not read [Install]): agreement.
    install_agreements = 0
    # Units systemd refuses ("Refusing.", "bad unit file setting"), and those unitlint gives an error.
    refused_units = refused_flagged = 0
    misses = collections.Counter()
    false_by_rule = collections.Counter()
    examples = []
    for path in files:
        spans = logical_lines(texts[path])
        diags = line_diagnostics(path, systemd[path])
        found = ours.get(path, [])
        found_lines = set()
        for line, _sev, _id, _msg in found:
            first, last = spans.get(line, (line, line))
            found_lines.update(range(first, last + 1))
        for line, msg in diags:
            total += 1
            other = bool(OTHER_AREAS.search(msg))
            other_total += other
            if line in found_lines:
                matched += 1
                other_matched += other
            else:
                misses[re.sub(r"'[^']*'", "'…'", msg.split(', ignoring')[0])[:90]] += 1
                if len(examples) < show:
                    examples.append('MISS  %s:%d: %s' % (path, line, msg))
        diag_lines = set()
        for line, _msg in diags:
            first, last = spans.get(line, (line, line))
            diag_lines.update(range(first, last + 1))
        refused = any(own_refusal(path, s) for s in systemd[path])
        refused_units += refused
        refused_flagged += refused and any(sev == 'error' for _line, sev, _rule, _msg in found)
        if refused and not any(sev == 'error' for _line, sev, _rule, _msg in found) and len(examples) < 3 * show:
            examples.append('UNFLAGGED REFUSAL %s: %s' % (path, '; '.join(s for s in systemd[path] if own_refusal(path, s))[:150]))
        install_lines = install_section_lines(texts[path])
        for line, sev, rule, msg in found:
            if sev == 'error' and line not in diag_lines and line in install_lines and systemctl_refuses(path, line):
                install_agreements += 1
            elif sev == 'error' and line not in diag_lines and refused:
                errors_on_refused += 1
            elif sev == 'error' and line not in diag_lines:
                false_errors += 1
                false_by_rule[rule] += 1
                if len(examples) < 2 * show:
                    examples.append('EXTRA %s:%d: %s [%s]' % (path, line, msg, rule))
    return (total, matched, false_errors, misses, false_by_rule, examples, other_total, other_matched, errors_on_refused,
            install_agreements, refused_units, refused_flagged)


def main():
    sys.stdout.reconfigure(line_buffering=True)
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('corpus', nargs='?', default=DEFAULT_CORPUS)
    ap.add_argument('--unitlint', default=os.path.join(REPO, 'unitlint'))
    ap.add_argument('--catalog', default=DEFAULT_CATALOG)
    ap.add_argument('--systemd-version', type=int, default=252)
    ap.add_argument('--mutants', type=int, default=1, help='mutated copies per unit file')
    ap.add_argument('--limit', type=int, default=0, help='use only the first N unit files')
    ap.add_argument('--seed', type=int, default=252)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--show', type=int, default=15, help='examples of disagreement to print')
    ap.add_argument('--original', action='store_true', help='also compare on the unmutated files')
    ap.add_argument('--oracle', default=os.path.join(os.path.dirname(REPO), 'oracle', 'corpus-verify-252.jsonl'))
    ap.add_argument('--clean-list', help='write the corpus units systemd accepts without line diagnostics')
    ap.add_argument('--from-oracle', action='store_true',
                    help='with --clean-list: read the recorded oracle instead of running verify (it used'
                         ' --recursive-errors=no, which hides "Failed to add dependency" diagnostics)')
    args = ap.parse_args()

    if args.clean_list:
        write_clean_list(args.corpus, args.oracle, args.clean_list, args.jobs, args.from_oracle)
        return 0
    if shutil.which('systemd-analyze') is None:
        print('conformance: systemd-analyze is not installed', file=sys.stderr)
        return 2
    catalog = read_catalog(args.catalog)
    # unitlint's findings are keyed by absolute path; so are the files compared with them.
    files = collect(os.path.abspath(args.corpus))
    if args.limit:
        files = files[:args.limit]
    rng = random.Random(args.seed)
    scratch = tempfile.mkdtemp(prefix='unitlint-conformance-')
    unitlint = frozen_unitlint(args.unitlint, scratch)
    mutated = []
    kinds = collections.Counter()
    for n, path in enumerate(files):
        text = open(path, encoding='utf-8', errors='replace').read()
        unit_type = path.rsplit('.', 1)[1]
        for m in range(args.mutants):
            result = mutate(text, unit_type, catalog, rng)
            if result is None:
                continue
            new_text, kind = result
            kinds[kind] += 1
            folder = os.path.join(scratch, '%05d-%d' % (n, m))
            os.makedirs(folder)
            target = os.path.join(folder, os.path.basename(path))
            with open(target, 'w', encoding='utf-8') as f:
                f.write(new_text)
            mutated.append(target)
    print('unitlint conformance vs systemd %s: %d unit files, %d mutated copies (%s)' % (
        subprocess.run(['systemd-analyze', '--version'], capture_output=True, text=True).stdout.split('\n')[0],
        len(files), len(mutated), ', '.join('%s %d' % kv for kv in sorted(kinds.items()))))
    sets = [('mutated', mutated)]
    if args.original:
        sets.append(('original', files))
    for name, paths in sets:
        (total, matched, false_errors, misses, false_by_rule, examples, other_total, other_matched, on_refused,
         on_install, refused_units, refused_flagged) = compare(paths, unitlint, args.systemd_version, args.jobs, args.show)
        print('[%s] systemd line diagnostics reported by unitlint at the same line: %d/%d = %.2f%%' % (
            name, matched, total, 100.0 * matched / total if total else 100.0))
        own_total, own_matched = total - other_total, matched - other_matched
        print('[%s]   without the diagnostics of other rule areas (syslog, KillMode=none, User=nobody): %d/%d = %.2f%%' % (
            name, own_matched, own_total, 100.0 * own_matched / own_total if own_total else 100.0))
        print('[%s] unitlint error findings on lines of units systemd loads, where it says nothing: %d in %d files = %.2f per 1,000 files' % (
            name, false_errors, len(paths), 1000.0 * false_errors / len(paths) if paths else 0))
        silent = sum(false_by_rule[r] for r in SILENT_DROP_RULES)
        print('[%s]   of which on words systemd drops without a message (%s): %d; other error findings: %d' % (
            name, ', '.join(sorted(SILENT_DROP_RULES)), silent, false_errors - silent))
        print('[%s] unitlint error findings on units systemd refuses without a line (agreement): %d' % (name, on_refused))
        print('[%s] unitlint error findings on [Install] lines systemctl enable refuses (agreement): %d' % (name, on_install))
        print('[%s] units systemd refuses that unitlint flags with an error: %d/%d' % (name, refused_flagged, refused_units))
        for msg, count in misses.most_common(12):
            print('  missed %4d  %s' % (count, msg))
        for rule, count in false_by_rule.most_common(12):
            print('  extra  %4d  %s' % (count, rule))
        for line in examples:
            print('  ' + line)
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


def accepted_cleanly(stderr):
    """systemd loads the unit (no refusal) and prints no line diagnostic about it."""
    return not any(LINE_DIAG.match(s) for s in stderr) and not any(REFUSED.search(s) for s in stderr)


# What `systemctl enable` refuses in [Install], which PID 1 (and so verify) never reads: an alias of
# another type or between template and plain names, a name that is not a unit name (SD605, SD608).
ENABLE_REFUSED = re.compile(r'cannot alias|is not a valid unit name|Invalid unit name')


def enable_refuses(path):
    """Whether `systemctl --root enable` refuses the unit's [Install] section, judged in a scratch
    root holding the file alone. Only refusals of what [Install] says count: a template without
    DefaultInstance= or a missing target is not the file's fault."""
    with open(path, encoding='utf-8', errors='replace') as f:
        if not re.search(r'^\[Install\]', f.read(), re.M):
            return False
    root = tempfile.mkdtemp(prefix='unitlint-enable-')
    try:
        unit_dir = os.path.join(root, 'etc', 'systemd', 'system')
        os.makedirs(unit_dir)
        shutil.copy(path, unit_dir)
        proc = subprocess.run(['systemctl', '--root', root, 'enable', os.path.basename(path)],
                              capture_output=True, text=True, timeout=60)
        return proc.returncode != 0 and ENABLE_REFUSED.search(proc.stderr) is not None
    finally:
        shutil.rmtree(root, ignore_errors=True)


def write_clean_list(corpus, oracle, out, jobs, from_oracle):
    clean = []
    if from_oracle:
        with open(oracle, encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                if accepted_cleanly(d['stderr']):
                    clean.append(d['path'])
    else:
        files = collect(corpus)
        with ThreadPoolExecutor(jobs) as ex:
            for path, stderr in ex.map(verify, files):
                if accepted_cleanly(stderr):
                    clean.append(os.path.relpath(path, corpus))
    # PID 1 ignores [Install]; systemctl enable reads it. A unit it refuses to enable is not accepted.
    clean = [p for p in clean if not enable_refuses(os.path.join(corpus, p))]
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Corpus units (relative to the corpus root) that systemd 252 loads, without a refusal or a line diagnostic,\n')
        f.write('# and whose [Install] systemctl --root enable does not refuse (an invalid Alias= or unit name).\n')
        f.write('# Generated by conformance/run.sh --clean-list (systemd-analyze verify --man=no of 252); unitlint must report no error on them.\n')
        for path in sorted(clean):
            f.write(path + '\n')
    print('wrote %d clean units to %s' % (len(clean), out))


if __name__ == '__main__':
    sys.exit(main())
