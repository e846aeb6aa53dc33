#!/usr/bin/env python3
"""Security conformance: unitlint's exposure scores against `systemd-analyze security`.

For every `.service` file under the folders given (default: the Debian corpus and the
upstream corpus beside the checkout), asks systemd-analyze (252) for its security assessment,
one file per call (in one call systemd loads all units into one manager with a shared load
path, and scores them wrongly), and compares with `unitlint security --format json
--systemd-version 252` on the same files:

  * exposure: the number systemd prints (9.6), to 0.1;
  * label: PERFECT ... DANGEROUS;
  * failing checks: the json_field of every check whose badness is above 0;
  * refusals: a unit systemd will not load must get a load error from unitlint, not a score.

Files a corpus holds as text in place of a symbolic link (listed in its SYMLINKS.tsv: links to
/dev/null, enablement links in .wants/) are left out and counted: they are not unit files, and
systemd-analyze given the text copy judges text that no system holds.

systemd is run hermetically, with SYSTEMD_UNIT_PATH set to the empty string: its load path is
then only the folder of the file (where its drop-ins are), not the host's /etc and /usr, so
the host's own drop-ins do not leak into the score (systemd's verify_set_unit_path()). With
--host, it runs as users would run it (the host's load path appended) and reports the units
whose score changes because of that.

Verdicts are cached under target/security-oracle/ (keyed by the file's path and the contents of
the file and its drop-ins), so a rerun only asks systemd about changed files.

Run on demand only (it needs systemd-analyze):
    conformance/security.py                       # both corpora
    conformance/security.py DIR...                # other folders
    conformance/security.py --held-out            # testdata/security/held-out
    conformance/security.py --list-disagreements  # every disagreement, with its reason
    conformance/security.py --write-expected testdata/security/exposure
        # writes NAME.expected.json beside each service: systemd's verdict, which
        # SecurityExposureTest checks unitlint against without needing systemd
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(REPO), 'shared', 'corpus')
DEFAULT_DIRS = [os.path.join(SHARED, 'debian-bookworm'), os.path.join(SHARED, 'upstream', 'files')]
HELD_OUT = os.path.join(REPO, 'testdata', 'security', 'held-out')
CACHE = os.path.join(REPO, 'target', 'security-oracle')
OVERALL = re.compile(r'Overall exposure level for (?P<unit>\S+): (?P<exposure>\d+\.\d) (?P<label>[A-Z]+)')
NA = 18446744073709551615  # UINT64_MAX: systemd's "does not apply"


def symlink_placeholders(dirs):
    """Files a corpus holds as plain text in place of a symbolic link (its SYMLINKS.tsv): not unit files."""
    placeholders = set()
    for d in dirs:
        listing = os.path.join(d, 'SYMLINKS.tsv')
        if os.path.isfile(listing):
            with open(listing) as f:
                for line in f:
                    rel = line.split('\t')[0].strip()
                    if rel:
                        placeholders.add(os.path.abspath(os.path.join(d, rel)))
    return placeholders


def collect(dirs):
    files = []
    skip = symlink_placeholders(dirs)
    for d in dirs:
        if os.path.isfile(d):
            files.append(os.path.abspath(d))
            continue
        for root, subdirs, names in os.walk(d):
            subdirs.sort()
            for name in sorted(names):
                path = os.path.join(root, name)
                if name.endswith('.service') and not root.endswith('.d') and os.path.abspath(path) not in skip:
                    files.append(path)
    return files


def drop_in_dirs(path):
    """The folders beside a unit file whose drop-ins systemd applies (unit_file_find_dropin_paths())."""
    folder, name = os.path.split(path)
    stem, _, suffix = name.rpartition('.')
    dirs = [name + '.d']
    if '@' in stem:
        dirs.append(stem[:stem.index('@') + 1] + '.' + suffix + '.d')
    parts = stem.split('-')
    for i in range(len(parts) - 1, 0, -1):
        dirs.append('-'.join(parts[:i]) + '-.' + suffix + '.d')
    dirs.append(suffix + '.d')
    return [os.path.join(folder, d) for d in dirs]


def cache_key(path, host):
    h = hashlib.sha256()
    h.update(path.encode())
    h.update(b'host' if host else b'hermetic')
    with open(path, 'rb') as f:
        h.update(f.read())
    for d in drop_in_dirs(path):
        if os.path.isdir(d):
            for name in sorted(os.listdir(d)):
                p = os.path.join(d, name)
                if os.path.isfile(p):
                    h.update(p.encode())
                    with open(p, 'rb') as f:
                        h.update(f.read())
    return h.hexdigest()


def ask_systemd(path, host):
    """systemd's verdict on one file: {'exposure', 'label', 'checks'} or {'refused': stderr}."""
    os.makedirs(CACHE, exist_ok=True)
    cached = os.path.join(CACHE, cache_key(path, host) + '.json')
    if os.path.exists(cached):
        with open(cached) as f:
            return json.load(f)
    env = dict(os.environ)
    if not host:
        env['SYSTEMD_UNIT_PATH'] = ''
    env.pop('SYSTEMD_ANALYZE_DEBUG', None)
    env['SYSTEMD_COLORS'] = '0'
    env['SYSTEMD_PAGER'] = ''
    text = subprocess.run(['systemd-analyze', 'security', '--offline=true', '--no-pager', path],
                          capture_output=True, text=True, env=env)
    overall = OVERALL.search(text.stdout)
    if not overall:
        verdict = {'refused': (text.stderr.strip() or 'exit status %d' % text.returncode)[-600:]}
    else:
        env['SYSTEMD_ANALYZE_DEBUG'] = '1'  # adds weight, badness and range to the JSON rows
        js = subprocess.run(['systemd-analyze', 'security', '--offline=true', '--no-pager', '--json=short', path],
                            capture_output=True, text=True, env=env)
        rows = json.loads(js.stdout)
        verdict = {'exposure': overall.group('exposure'), 'label': overall.group('label'),
                   'checks': {r['json_field']: [r['badness'], r['weight'], r['range']] for r in rows}}
    tmp = cached + '.tmp'
    with open(tmp, 'w') as f:
        json.dump(verdict, f)
    os.replace(tmp, cached)
    return verdict


def failing(checks):
    return sorted(k for k, (badness, _w, _r) in checks.items() if badness != NA and badness > 0)


def ask_unitlint(files):
    out = {}
    # unitlint's result for a unit does not depend on the other units of the run, so one run
    # covers every file (in batches, to keep command lines short).
    launcher = os.path.join(REPO, 'unitlint')
    for i in range(0, len(files), 400):
        batch = files[i:i + 400]
        run = subprocess.run([launcher, 'security', '--format', 'json', '--systemd-version', '252', *batch],
                             capture_output=True, text=True)
        if run.returncode not in (0, 1, 2, 3) or not run.stdout.strip():
            sys.exit('unitlint security failed: ' + run.stderr[-2000:])
        report = json.loads(run.stdout)
        for unit in report['units']:
            out[os.path.abspath(unit['path'])] = unit
    return out


def compare(files, host):
    with ThreadPoolExecutor(max_workers=2) as pool:
        oracle = dict(zip(files, pool.map(lambda p: ask_systemd(p, host), files)))
    mine = ask_unitlint(files)
    results = []
    for path in files:
        sd = oracle[path]
        ul = mine.get(os.path.abspath(path))
        results.append((path, sd, ul, verdict(sd, ul)))
    return results


def verdict(sd, ul):
    """'agree', or a short reason for the disagreement."""
    if ul is None:
        return 'unitlint did not report the unit'
    if 'refused' in sd:
        return 'agree' if ul.get('loadError') else 'systemd refuses the unit, unitlint scored it'
    if ul.get('loadError'):
        return 'unitlint reports a load error: ' + ul['loadError']
    problems = []
    if ul['exposure'] != float(sd['exposure']):
        problems.append('exposure %s vs %s' % (ul['exposure'], sd['exposure']))
    if ul['label'] != sd['label']:
        problems.append('label %s vs %s' % (ul['label'], sd['label']))
    theirs = set(failing(sd['checks']))
    ours = {c['name'] for c in ul['checks'] if c['applies'] and c['badness'] > 0}
    if theirs != ours:
        problems.append('failing checks: systemd only %s, unitlint only %s'
                        % (sorted(theirs - ours), sorted(ours - theirs)))
    badness = {c['name']: c['badness'] for c in ul['checks'] if c['applies']}
    for name, (b, _w, _r) in sd['checks'].items():
        if b != NA and badness.get(name) != b:
            problems.append('badness of %s %s vs %s' % (name, badness.get(name), b))
    return 'agree' if not problems else '; '.join(problems)


def write_expected(folder):
    """NAME.expected.json per service: systemd 252's exposure, label and badness per json_field (null: n/a)."""
    for path in collect([folder]):
        sd = ask_systemd(path, host=False)
        if 'refused' in sd:
            expected = {'refused': True}
        else:
            expected = {'systemd': 'systemd-analyze security --offline=true (252), SYSTEMD_UNIT_PATH=',
                        'exposure': sd['exposure'], 'label': sd['label'],
                        'badness': {k: (None if b == NA else b) for k, (b, _w, _r) in sorted(sd['checks'].items())}}
        with open(path[:-len('.service')] + '.expected.json', 'w') as f:
            json.dump(expected, f, indent=1, sort_keys=True)
            f.write('\n')
        print(os.path.relpath(path, REPO), expected.get('exposure', 'refused'), expected.get('label', ''))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('dirs', nargs='*', help='folders or files (default: both corpora)')
    parser.add_argument('--held-out', action='store_true', help='the held-out hand-written units')
    parser.add_argument('--host', action='store_true', help="systemd with the host's load path appended")
    parser.add_argument('--list-disagreements', action='store_true')
    parser.add_argument('--oracle-only', action='store_true', help='fill the cache, compare nothing')
    parser.add_argument('--write-expected', metavar='DIR', help="write systemd's verdicts beside the services of DIR")
    args = parser.parse_args()
    if args.write_expected:
        write_expected(args.write_expected)
        return
    dirs = args.dirs or ([HELD_OUT] if args.held_out else DEFAULT_DIRS)
    files = collect(dirs)
    if args.oracle_only:
        with ThreadPoolExecutor(max_workers=2) as pool:
            verdicts = list(pool.map(lambda p: ask_systemd(p, args.host), files))
        print('%d files, %d refused by systemd' % (len(files), sum('refused' in v for v in verdicts)))
        return
    placeholders = len([p for p in symlink_placeholders(dirs) if p.endswith('.service')])
    if placeholders:
        print('%d .service files that stand for symbolic links (SYMLINKS.tsv) left out' % placeholders)
    results = compare(files, args.host)
    by_dir = {}
    for path, sd, _ul, v in results:
        top = next((d for d in dirs if os.path.abspath(path).startswith(os.path.abspath(d))), '?')
        counts = by_dir.setdefault(top, {'scored': 0, 'scored_agree': 0, 'refused': 0, 'refused_agree': 0})
        kind = 'refused' if 'refused' in sd else 'scored'
        counts[kind] += 1
        counts[kind + '_agree'] += v == 'agree'
    for top, c in by_dir.items():
        print('%s: %d/%d scored units agree (exposure to 0.1, label, failing checks, every badness);'
              ' %d/%d units systemd refuses get a load error'
              % (os.path.relpath(top, REPO), c['scored_agree'], c['scored'], c['refused_agree'], c['refused']))
    if args.list_disagreements:
        for path, sd, ul, v in results:
            if v != 'agree':
                print('%s: %s' % (os.path.relpath(path, REPO), v))
    sys.exit(0 if all(v == 'agree' for *_x, v in results) else 1)


if __name__ == '__main__':
    main()
