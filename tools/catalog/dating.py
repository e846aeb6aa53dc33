"""When a directive or an enum value first appeared, from the releases read and systemd's NEWS.

The rule is simple: a thing was added in release N when the sources of N have it and the sources
of N-1 do not. tools/catalog/export-git-releases.sh provides a tree for every major release from
v183 to v256 and fetch-sources.sh adds Debian's 257 and 262, so the only releases without sources
are 258-261. For something that first appears in 262, the NEWS file of 262 (which carries every
earlier release's NEWS too) is searched for the release in 258..262 that announces it
("Key=" for a directive, "Key=value" for a value); when NEWS names none, the date is an upper
bound: added after 257, not later than 262.

added_source, in both directives.tsv and enums.tsv:
    ""         present in the oldest release read (v183, where the man pages' annotations start)
    "sources"  exact: the sources of `added` have it and those of the release before do not
    "news"     exact: no sources for that release, NEWS of `added` announces it
    "bound"    an upper bound only: added after the newest release read before `added`
"""

import os
import re

SOURCE_EXACT = "sources"
NEWS_EXACT = "news"
BOUND = "bound"

_NEWS_HEADING = re.compile(r"^CHANGES WITH (\d+)(?: in spe)?:\s*$", re.M)


def read_news(root):
    """{release: text of its 'CHANGES WITH N:' section} from a tree's NEWS file."""
    path = os.path.join(root, "NEWS")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    headings = list(_NEWS_HEADING.finditer(text))
    sections = {}
    for i, m in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        sections.setdefault(int(m.group(1)), text[m.end():end])
    return sections


def names_key(text, key):
    return re.search(r"(?<![\w-])" + re.escape(key) + "=", text) is not None


def key_announcement(key):
    """What announces a directive in a release's NEWS: its name with "=". An Assert*= key comes
    with its Condition*= twin (same parser, added together), which is the one NEWS names."""
    names = [key] + (["Condition" + key[len("Assert"):]] if key.startswith("Assert") else [])

    def announced(text):
        return next((f"{name}=" for name in names if names_key(text, name)), None)
    return announced


_BULLET = re.compile(r"\n\s*\n|\n\s*\*\s")


def value_announcement(keys, value):
    """What announces a value: one NEWS item (a "* ..." bullet) naming one of its directives and
    the value, quoted ("full", 'on-success') or written as Key=value."""
    quoted = re.compile(r"[\"'“‘]" + re.escape(value) + r"[\"'”’]")

    def announced(text):
        for item in _BULLET.split(text):
            item = " ".join(item.split())  # NEWS wraps lines
            for key in keys:
                if names_key(item, key) and (quoted.search(item) or f"{key}={value}" in item):
                    return f"{key}={value}"
        return None
    return announced


class Dater:
    def __init__(self, releases_read, news):
        self.read = sorted(set(releases_read))
        self.news = news
        self.counts = {}

    def date(self, present, announced, notes):
        """(added, added_source) for a thing present in the releases `present` (of those read);
        `announced(text)` says what in a release's NEWS text announces it, or None."""
        first = min(present)
        if first == self.read[0]:
            return self._count("", ""), ""
        previous = self.read[self.read.index(first) - 1]
        if previous == first - 1:
            return self._count(str(first), SOURCE_EXACT), SOURCE_EXACT
        for release in range(previous + 1, first + 1):
            named = announced(self.news.get(release, ""))
            if named:
                notes.append(f"no sources of {previous + 1}-{first - 1} read; NEWS of {release} announces {named}")
                return self._count(str(release), NEWS_EXACT), NEWS_EXACT
        notes.append(f"added after {previous}, not later than {first} (no sources of {previous + 1}-{first - 1}, "
                     f"and their NEWS does not name it)")
        return self._count(str(first), BOUND), BOUND

    def recount(self, old, new):
        """A date was refined by the caller after date() counted it."""
        self.counts[old] -= 1
        self.counts[new] = self.counts.get(new, 0) + 1

    def _count(self, added, source):
        self.counts[source or "predates"] = self.counts.get(source or "predates", 0) + 1
        return added
