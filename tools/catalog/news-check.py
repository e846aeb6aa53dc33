#!/usr/bin/python3
"""Check the catalog's release dates against systemd's NEWS, and count how they were found.

Usage:
    /usr/bin/python3 tools/catalog/news-check.py TREE [--before OLD_DIRECTIVES_TSV] [--list]

TREE is the newest systemd tree (its NEWS carries every release's notes). For every directive of
directives.tsv it asks: which release's NEWS first names "Key=", and does that agree with the catalog's date? NEWS is prose, so a disagreement
is a question for a person, not an error: a key is often named in NEWS a release or more after
it came (in passing, or when it was extended), and many keys never are. What would point at a
wrong date is NEWS naming a key *before* the release the catalog dates it: the sources of the
release before lack it, so NEWS would have announced something not yet there. --list prints
every such case, with the NEWS line, for review.

With --before (the directives.tsv of an earlier catalog, e.g. from `git show`), also counts how
many (section, key) dates changed.
"""

import argparse
import collections
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dating  # noqa: E402

CATALOG = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                       "src/main/resources/dev/unitlint/catalog")


def read_tsv(path_or_lines):
    lines = open(path_or_lines, encoding="utf-8").read().split("\n") if isinstance(path_or_lines, str) else path_or_lines
    lines = [line for line in lines if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tree")
    ap.add_argument("--before", help="an older directives.tsv to count changed dates against")
    ap.add_argument("--list", action="store_true", help="print every key NEWS names before its catalog date")
    args = ap.parse_args()

    news = dating.read_news(args.tree)
    rows = read_tsv(os.path.join(CATALOG, "directives.tsv"))
    by_source = collections.Counter(row["added_source"] or "predates" for row in rows)
    print(f"directives (section, key): {len(rows)}; dated by: "
          + ", ".join(f"{source} {n}" for source, n in sorted(by_source.items())))
    values = read_tsv(os.path.join(CATALOG, "enums.tsv"))
    by_source = collections.Counter(row["added_source"] or "predates" for row in values)
    print(f"enum values: {len(values)}; dated by: " + ", ".join(f"{source} {n}" for source, n in sorted(by_source.items())))

    verdicts = collections.Counter()
    earlier = []
    keys = {}
    for row in rows:  # a name in several sections: its oldest date (NEWS does not say which section)
        before = keys.get(row["key"])
        if before is None or (before != "" and (row["added"] == "" or int(row["added"]) < int(before))):
            keys[row["key"]] = row["added"]
    for key, added in sorted(keys.items()):
        named = sorted(release for release, text in news.items() if dating.names_key(text, key))
        if not added:
            verdict = "predates v183: NEWS starts at 1, not checked" if not named or named[0] >= 183 else "predates v183"
            verdicts["predates the oldest release read"] += 1
            continue
        added = int(added)
        if not named:
            verdict = "NEWS never names it"
        elif named[0] == added:
            verdict = "NEWS first names it in the same release"
        elif added in named:
            verdict = "NEWS names it in that release, and earlier"
            earlier.append((key, added, named[0]))
        elif named[0] < added:
            verdict = "NEWS first names it earlier"
            earlier.append((key, added, named[0]))
        else:
            verdict = "NEWS first names it later"
        verdicts[verdict] += 1
    print(f"distinct directive names: {len(keys)}")
    for verdict, n in verdicts.most_common():
        print(f"  {verdict}: {n}")
    if args.list:
        for key, added, first in earlier:
            text = news[first]
            m = re.search(r"(?<![\w-])" + re.escape(key) + "=", text)
            context = " ".join(text[max(0, m.start() - 100):m.end() + 80].split()) if m else ""
            print(f"    {key}= catalog {added}, NEWS {first}: ...{context}...")

    if args.before:
        old = {(r["section"], r["key"]): r for r in read_tsv(args.before)}
        changed = [(r["section"], r["key"], old[(r["section"], r["key"])]["added"], r["added"])
                   for r in rows if (r["section"], r["key"]) in old and old[(r["section"], r["key"])]["added"] != r["added"]]
        names = sorted({(key, before, now) for _, key, before, now in changed})
        print(f"dates changed since {args.before}: {len(changed)} (section, key) rows, {len(names)} distinct (key, before, now)")
        if args.list:
            for key, before, now in names:
                print(f"    {key}= {before or '(oldest)'} -> {now or '(predates 183)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
