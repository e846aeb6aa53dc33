#!/usr/bin/python3
"""Generate unitlint's systemd directive catalog from systemd source trees.

Usage:
    /usr/bin/python3 tools/catalog/generate.py [--out DIR] [--check] TREE [TREE ...]

TREE is an unpacked systemd source tree (tools/catalog/fetch-sources.sh prints them), one per
release; the newest tree decides what is "current". Writes DIR/directives.tsv, DIR/enums.tsv and
DIR/sections.tsv (default DIR: src/main/resources/dev/unitlint/catalog of this repository). With
--check, writes nothing and exits 1 if the committed files differ from what the trees produce.

Needs Python 3 and jinja2 only (Debian: apt-get install python3-jinja2; /usr/bin/python3 then
has it). The same trees always give byte-identical output.

How each column is derived is described in tools/catalog/README.md; hand-kept facts live in
handkept.py, each with its source.
"""

import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dating  # noqa: E402
import handkept  # noqa: E402
import manpages  # noqa: E402
from systemd_tree import load_tree  # noqa: E402

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUT = os.path.join(REPO_ROOT, "src/main/resources/dev/unitlint/catalog")

DIRECTIVE_COLUMNS = [
    "section", "key", "unit_types", "parser", "ltype", "context", "value_kind", "empty_resets",
    "status", "replacement", "status_history", "added", "added_source", "removed", "releases_present",
    "parser_history", "man_page", "notes",
]
ENUM_COLUMNS = ["table", "parsers", "keys", "value", "added", "added_source", "removed", "flags"]
SECTION_COLUMNS = ["unit_type", "section", "releases_present"]

# Releases from this one on are read in full (their presence, parsers and statuses are columns of the
# catalog); older trees only date additions. 247 is the oldest release Debian's archive still serves.
OLDEST_FULL_RELEASE = 247

# The parser systemd uses to mean "accepted, ignored": with DISABLED_LEGACY the option is gone.
WARN_COMPAT = "config_parse_warn_compat"
# ltype values that carry no meaning of their own (flags or unused).
TRIVIAL_LTYPES = {"0", "true", "false", "1", ""}
# Offsets that name a whole context struct say nothing about which field a key sets.
GENERIC_MEMBERS = {"exec_context", "cgroup_context", "kill_context"}
# Comments systemd puts into list parsers, e.g. "Empty assignment resets the list".
LIST_RESET_COMMENT = re.compile(r"(?i)empty (assignment|string)\W+(\w+\W+)?(resets|clears|frees|removes all)\b[^.]*\blists?\b")


def log(message):
    print(f"generate: {message}", file=sys.stderr)


# --------------------------------------------------------------------------------------------
# Directives

class Directive:
    def __init__(self, section, key):
        self.section = section
        self.key = key
        self.rows = {}          # release -> GperfRow
        self.fields = {}

    def newest_row(self):
        return self.rows[max(self.rows)]


def _offset_target(offset):
    """(struct, member) of an offsetof() column, or None when it names no specific field."""
    m = re.fullmatch(r"offsetof\(\s*(\w+)\s*,\s*(.+?)\s*\)", offset)
    if not m or m.group(2) in GENERIC_MEMBERS:
        return None
    return m.group(1), m.group(2)


def collect_directives(trees):
    directives = {}
    for tree in trees:
        install_parsers = {row.key: row for row in tree.install_rows}
        rows = [row for row in tree.rows if row.section != "Install"]
        # [Install] is ignored by PID 1 (the core gperf maps it to NULL); systemctl parses it with
        # the table in install.c, which is what a unit file author meets.
        core_install = [row for row in tree.rows if row.section == "Install"]
        for row in core_install:
            rows.append(install_parsers.get(row.key, row))
        for key, row in install_parsers.items():
            if key not in {r.key for r in core_install}:
                rows.append(row)
        for row in rows:
            directive = directives.setdefault((row.section, row.key), Directive(row.section, row.key))
            directive.rows[tree.release] = row
    return directives


class ManIndex:
    """Finds a directive's man entry: its section's own page first, then its context's page."""

    def __init__(self, trees):
        # Newest first, so the freshest annotation wins; older trees still cover removed keys.
        self.by_release = [(t.release, manpages.read_man_entries(t.root), manpages.has_version_info(t.root))
                           for t in sorted(trees, key=lambda t: -t.release)]

    @staticmethod
    def pages_for(section, context):
        pages = [handkept.SECTION_MAN_PAGE.get(section, f"systemd.{section.lower()}")]
        if context in handkept.CONTEXT_MAN_PAGE:
            pages.append(handkept.CONTEXT_MAN_PAGE[context])
        return pages

    def documented(self, section, key, context, release):
        """The man entry for a key in the man pages of one release, or None."""
        for rel, entries, _ in self.by_release:
            if rel == release:
                for page in self.pages_for(section, context):
                    if key in entries.get(page, {}):
                        return entries[page][key]
        return None

    def version(self, section, key, context):
        """The newest annotated entry for a key across releases whose pages carry annotations."""
        for _, entries, annotated in self.by_release:
            if not annotated:
                continue
            for page in self.pages_for(section, context):
                if key in entries.get(page, {}):
                    return entries[page][key]
        return None


def value_kind(parsers, functions_by_parser):
    """('list'|'single', empty_resets 'yes'|'no'|'', how) for the functional parser(s) of a key."""
    for parser in parsers:
        if parser in handkept.SINGLE_PARSERS:
            return "single", "", "hand-kept"
        if parser in handkept.LIST_PARSERS:
            resets, _ = handkept.LIST_PARSERS[parser]
            return "list", "yes" if resets else "no", "hand-kept"
        comment = functions_by_parser.get(parser, "")
        if LIST_RESET_COMMENT.search(comment):
            return "list", "yes", "parser comment"
    return "single", "", "default"


def classify(directives, trees, man, presence, dater):
    releases = [t.release for t in trees]
    newest = releases[-1]
    comments, functions = {}, {}
    for tree in trees:  # newest wins: later trees overwrite
        comments.update(tree.function_comments)
        functions.update(tree.functions)
    unit_sections = {}
    for tree in trees:
        for unit_type, sections in tree.unit_sections.items():
            unit_sections.setdefault(tree.release, {})[unit_type] = sections
    heuristics = []

    for (section, key), d in directives.items():
        row = d.newest_row()
        last = max(d.rows)
        present = sorted(d.rows)
        notes = []
        f = d.fields

        # Unit types: those whose vtable lists this section, in the newest release having the key.
        f["unit_types"] = ",".join(sorted(t for t, secs in unit_sections[last].items() if section in secs))
        f["parser"], f["ltype"], f["context"] = row.parser, row.ltype, row.context
        f["releases_present"] = ",".join(str(r) for r in present)
        f["removed"] = ""
        if last != newest:
            f["removed"] = str(releases[releases.index(last) + 1])

        # Parser history: releases whose parser or ltype differ from the newest row.
        history = {}
        for rel in present:
            r = d.rows[rel]
            if (r.parser, r.ltype) != (row.parser, row.ltype):
                label = r.parser if r.ltype == row.ltype else f"{r.parser}({r.ltype})"
                history.setdefault(label, []).append(str(rel))
        f["parser_history"] = ";".join(f"{','.join(rels)}={label}" for label, rels in sorted(history.items(), key=lambda kv: kv[1]))

        # Value kind, from the newest parser that still does something.
        functional = [d.rows[rel].parser for rel in sorted(present, reverse=True) if d.rows[rel].parser not in (WARN_COMPAT, "NULL")]
        kind, resets, how = value_kind(functional, comments)
        f["value_kind"], f["empty_resets"] = kind, resets
        if how == "default" and functional and _looks_accumulating(trees, functional[0]):
            heuristics.append(f"{section}.{key} ({functional[0]})")

        # Man page and version.
        entry_now = man.documented(section, key, row.context, last)
        version_entry = man.version(section, key, row.context)
        f["man_page"] = entry_now.page if entry_now else (version_entry.page if version_entry else "")
        f["added"], f["added_source"] = _added(d, presence[(section, key)], version_entry, dater, notes)

        # Status and replacement, now and (where different) in earlier releases.
        f["status"], f["replacement"] = _status(d, directives, man, notes, functions=functions)
        earlier = {}
        for rel in present:
            status, replacement = _status(d, directives, man, [], rel, functions)
            if status != f["status"]:
                earlier.setdefault(status, []).append(str(rel))
        f["status_history"] = ";".join(f"{','.join(rels)}={status}" for status, rels in sorted(earlier.items(), key=lambda kv: kv[1]))
        if section == "Install":
            notes.append("ignored by the service manager; parsed by systemctl enable (src/shared/install.c)")
        if kind == "list" and resets == "no":
            notes.append("list; an empty assignment does not reset it")
        f["notes"] = "; ".join(notes)

    if heuristics:
        log(f"{len(heuristics)} single-valued directives whose parser looks like it accumulates values; "
            "check them and extend handkept.LIST_PARSERS or SINGLE_PARSERS: " + ", ".join(sorted(heuristics)[:20]))


_ACCUMULATES = re.compile(r"\b(strv_extend\w*|strv_push\w*|strv_consume\w*|LIST_APPEND|LIST_PREPEND|set_ensure_put|set_put\w*|hashmap_ensure_put|ordered_hashmap_ensure_put)\b")


def _looks_accumulating(trees, parser):
    body = trees[-1].functions.get(parser, "")
    return bool(_ACCUMULATES.search(body))


def _added(d, present, entry, dater, notes):
    """(added, added_source) from the releases read (all of them, not only the covered ones) that
    have the key; see dating.py. The man pages' "Added in version N" is only compared: one
    annotation covers every name of a grouped entry, so it can be older than some of them."""
    added, source = dater.date(present, dating.key_announcement(d.key), notes)
    if entry and entry.version and str(entry.version) != added and not (added == "" and entry.version <= dater.read[0]):
        grouped = " (entry shared by several names)" if entry.term_count > 1 else ""
        notes.append(f"man says v{entry.version}{grouped}")
    return added, source


def _dispatches_on_lvalue(functions, parser):
    """Whether a parser behaves differently per directive name (e.g. Condition*/Assert*), so that
    two names sharing parser and ltype are not necessarily the same setting."""
    return bool(re.search(r"\b(streq|startswith|STR_IN_SET|STRPTR_IN_SET)\(\s*lvalue\b", functions.get(parser, "")))


def _status(d, directives, man, notes, release=None, functions=None):
    """(status, replacement) of a directive in one release (default: the newest that has it)."""
    last = max(d.rows) if release is None else release
    row = d.rows[last]
    functions = functions or {}
    section, key = d.section, d.key
    same_section = [o for (s, _), o in directives.items() if s == section and o is not d and last in o.rows]

    if release is None and last != max(r for o in directives.values() for r in o.rows):
        replacement, source = handkept.REMOVED_REPLACEMENTS.get(key, ("", ""))
        if source:
            notes.append(f"replacement hand-kept: {source}")
        return "removed", replacement

    if row.parser == WARN_COMPAT and row.ltype == "DISABLED_LEGACY":
        replacement, source = handkept.IGNORED_REPLACEMENTS.get(key, ("", ""))
        earlier = sorted(r for r, x in d.rows.items() if x.parser != WARN_COMPAT)
        if earlier:
            notes.append(f"parsed until {earlier[-1]}, ignored in {last}")
        if key in handkept.DEPRECATED:
            notes.append(f"deprecated before it was ignored: {handkept.DEPRECATED[key][2]}")
        if source:
            notes.append(f"replacement hand-kept: {source}")
        return "obsolete-ignored", replacement

    if row.parser == "config_parse_obsolete_unit_deps":
        target = [o.key for o in same_section if o.rows[last].parser == "config_parse_unit_deps" and o.rows[last].ltype == row.ltype]
        return "obsolete-remapped", ",".join(sorted(target))

    target = _offset_target(row.offset)
    # Which name is canonical is judged by the newest man pages that still have the key: older
    # pages documented fewer directives, which would make canonical names look like aliases.
    doc_release = max(d.rows)
    documented = man.documented(section, key, row.context, doc_release) is not None

    # A [Service] (etc.) key that writes into the Unit struct: it moved to [Unit].
    if target and target[0] == "Unit" and section != "Unit":
        candidates = [o for (s, _), o in directives.items() if s == "Unit" and last in o.rows
                      and _offset_target(o.rows[last].offset) == target]
        moved_to = _prefer_documented(candidates, man, doc_release)
        return "compat-moved", f"Unit.{moved_to}" if moved_to else ""

    if not documented:
        # A twin writes the same field, or is handled by the same parser with the same specific
        # ltype (dependency types such as UNIT_BINDS_TO, condition types, ...).
        twins = [o for o in same_section
                 if (target and _offset_target(o.rows[last].offset) == target)
                 or (row.ltype not in TRIVIAL_LTYPES and not _dispatches_on_lvalue(functions, row.parser)
                     and (o.rows[last].parser, o.rows[last].ltype) == (row.parser, row.ltype))]
        documented_twins = [o for o in twins if man.documented(o.section, o.key, o.rows[last].context, doc_release)]
        if documented_twins:
            same_parser = [o for o in documented_twins if (o.rows[last].parser, o.rows[last].ltype) == (row.parser, row.ltype)]
            if same_parser:
                return "alias", _prefer_documented(same_parser, man, doc_release)
            return "obsolete-remapped", _prefer_documented(documented_twins, man, doc_release)

    if (section, key) in handkept.SHORTHANDS:
        sets, source = handkept.SHORTHANDS[(section, key)]
        notes.append(f"shorthand hand-kept: {source}")
        return "shorthand", sets

    if key in handkept.DEPRECATED and last >= handkept.DEPRECATED[key][1]:
        replacement, since, source = handkept.DEPRECATED[key]
        notes.append(f"deprecated since {since}, hand-kept: {source}")
        return "deprecated", replacement

    if not documented:
        notes.append("not documented in the man pages")
    return "current", ""


def _prefer_documented(candidates, man, release):
    documented = [o for o in candidates if man.documented(o.section, o.key, o.newest_row().context, release)]
    chosen = sorted(o.key for o in (documented or candidates))
    return chosen[0] if chosen else ""


# --------------------------------------------------------------------------------------------
# Enums

def accepted_values(tree, row):
    """(table name, how, [(value, "" | "prefix" | "literal")]) that a directive's parser accepts
    from a string table in one tree, or None when the parser consults no table."""
    if row.parser not in tree.enum_parsers:
        return None
    table_name, how = tree.enum_parsers[row.parser]
    accepted = [(v, "") for v in tree.tables[table_name].values]
    body = tree.functions.get(row.parser, "")
    # Spellings the parser itself accepts before it consults the table.
    accepted += [(p, "prefix") for p in re.findall(r"startswith\(\s*rvalue\s*,\s*\"([^\"]+)\"\s*\)", body)]
    accepted += [(v, "literal") for v in re.findall(r"streq\(\s*rvalue\s*,\s*\"([^\"]+)\"\s*\)", body)]
    return table_name, how, accepted


def value_presence(trees, all_directives):
    """{(qualified key, value): releases whose parser for that key accepts the value}, over every
    release read. Keyed by directive, not table, so that a renamed table (__signal_table became
    static_signal_table) does not make its values look new."""
    presence = {}
    for tree in trees:
        for d in all_directives.values():
            row = d.rows.get(tree.release)
            found = accepted_values(tree, row) if row else None
            if found:
                for value, _ in found[2]:
                    presence.setdefault((f"{d.section}.{d.key}", value), set()).add(tree.release)
    return presence


def collect_enums(trees, directives, presence, dater, presence_of_key):
    """One row per (string table, accepted value) over all trees, for the tables that the
    parsers of unit-file directives look values up in.

    Rows are keyed by table, not parser: parsers get renamed between releases
    (config_parse_runtime_preserve_mode -> config_parse_exec_preserve_mode) while their table and
    values stay. A value's added/removed refer to the covered releases in which some directive's
    parser accepted it."""
    releases = [t.release for t in trees]
    values = {}      # (table, value) -> {"releases": set, "flags": set}
    table_info = {}  # table -> {"parsers": set, "keys": set, "flags": set}
    for tree in trees:
        rows_now = [(d, d.rows[tree.release]) for d in directives.values() if tree.release in d.rows]
        for d, row in rows_now:
            found = accepted_values(tree, row)
            if not found:
                continue
            table_name, how, accepted = found
            table = tree.tables[table_name]
            info = table_info.setdefault(f"{table_name}_table", {"parsers": set(), "keys": set(), "flags": {}})
            info["parsers"].add(row.parser)
            info["keys"].add(f"{d.section}.{d.key}")
            # How the table is used can change between releases; the newest release's flags win.
            flags = info["flags"].setdefault(tree.release, set())
            if "WITH_BOOLEAN" in table.lookup_macro:
                flags.add(f"boolean(yes={table.boolean_yes})")
            if "FALLBACK" in table.lookup_macro:
                flags.add("numeric")
            if "ENUMV" in how:
                flags.add("list")
            m = re.search(r"via (\w+)\(\)", how)
            if m:
                flags.add(f"via={m.group(1)}")
            if row.parser in handkept.PARTIAL_ENUM_PARSERS:
                flags.add("partial")
            for value, flag in accepted:
                entry = values.setdefault((f"{table_name}_table", value), {"releases": set(), "flags": set()})
                entry["releases"].add(tree.release)
                if flag:
                    entry["flags"].add(flag)
    rows = []
    for (table, value), entry in values.items():
        present = sorted(entry["releases"])
        first, last = present[0], present[-1]
        info = table_info[table]
        flags = sorted(info["flags"][max(info["flags"])]) + sorted(entry["flags"])
        for parser in sorted(info["parsers"]):
            note = handkept.DEPRECATED_VALUES.get((parser, value))
            if note:
                flags.append(note.split(":")[0])
        # The value's date: the first release read in which some directive of this table accepts it.
        keys = sorted(info["keys"])
        accepted_in = set().union(*(presence.get((k, value), set()) for k in keys))
        announced = dating.value_announcement(sorted({k.split(".", 1)[1] for k in keys}), value)
        added, added_source = dater.date(accepted_in, announced, [])
        if added_source == dating.BOUND:
            # A value that arrived with its directive (CPUSetPartition=root) has the directive's
            # date, which NEWS may give exactly where it does not name the value.
            with_key = sorted((int(d.fields["added"]), d.fields["added_source"]) for d in
                              (directives[tuple(k.split(".", 1))] for k in keys)
                              if d.fields["added_source"] != dating.BOUND and min(presence_of_key(d)) == min(accepted_in))
            if with_key:
                added, added_source = str(with_key[0][0]), with_key[0][1]
                dater.recount(dating.BOUND, added_source)
        rows.append({
            "table": table,
            "parsers": ",".join(sorted(info["parsers"])),
            "keys": ",".join(keys),
            "value": value,
            "added": added,
            "added_source": added_source,
            "removed": str(releases[releases.index(last) + 1]) if last != releases[-1] else "",
            "flags": ",".join(dict.fromkeys(flags)),
        })
    return rows


# --------------------------------------------------------------------------------------------
# Output

def _clean(value):
    return str(value).replace("\t", " ").replace("\n", " ")


def render_tsv(columns, rows, trees):
    # The first line is a contract (DirectiveCatalog and the build read the covered releases from
    # it); the older releases that only date additions are named in tools/catalog/README.md.
    versions = ", ".join(t.label for t in trees)
    lines = [f"# generated by tools/catalog/generate.py from systemd {versions}; do not edit",
             "\t".join(columns)]
    for row in rows:
        lines.append("\t".join(_clean(row[c]) for c in columns))
    return "\n".join(lines) + "\n"


def _section_order(section):
    # [Unit] first and [Install] last, as in a unit file; type sections alphabetically between.
    return (0 if section == "Unit" else 2 if section == "Install" else 1, section)


def collect_sections(trees):
    """Which sections each unit type's files may have (Device and Target have a section but no
    keys, so this cannot be read off the directive rows)."""
    present = {}
    for tree in trees:
        for unit_type, sections in tree.unit_sections.items():
            for section in sections:
                present.setdefault((unit_type, section), []).append(str(tree.release))
    return [{"unit_type": t, "section": s, "releases_present": ",".join(rels)}
            for (t, s), rels in sorted(present.items(), key=lambda kv: (kv[0][0], _section_order(kv[0][1])))]


def build(trees):
    """The three files from trees sorted by release. Releases from OLDEST_FULL_RELEASE on are the
    catalog's covered releases; older ones only date additions (see dating.py)."""
    full = [t for t in trees if t.release >= OLDEST_FULL_RELEASE]
    all_directives = collect_directives(trees)
    directives = collect_directives(full)
    key_presence = {k: set(d.rows) for k, d in all_directives.items()}
    news = dating.read_news(trees[-1].root)
    releases_read = [t.release for t in trees]
    directive_dater, value_dater = dating.Dater(releases_read, news), dating.Dater(releases_read, news)
    man = ManIndex(full)
    classify(directives, full, man, key_presence, directive_dater)
    directive_rows = []
    for (section, key), d in sorted(directives.items(), key=lambda kv: (_section_order(kv[0][0]), kv[0][1])):
        directive_rows.append({"section": section, "key": key, **d.fields})
    enum_rows = sorted(collect_enums(full, directives, value_presence(trees, all_directives), value_dater,
                                     lambda d: key_presence[(d.section, d.key)]),
                       key=lambda r: (r["table"], r["value"]))
    for what, dater in (("directives", directive_dater), ("enum values", value_dater)):
        log(f"{what} dated: " + ", ".join(f"{source} {n}" for source, n in sorted(dater.counts.items())))
    return {
        "directives.tsv": render_tsv(DIRECTIVE_COLUMNS, directive_rows, full),
        "enums.tsv": render_tsv(ENUM_COLUMNS, enum_rows, full),
        "sections.tsv": render_tsv(SECTION_COLUMNS, collect_sections(full), full),
    }


def _label_key(label):
    return tuple(int(part) for part in re.findall(r"\d+", label))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("trees", nargs="+", help="unpacked systemd source trees")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="compare with the files in --out instead of writing")
    args = ap.parse_args(argv)

    trees = []
    for path in args.trees:
        log(f"reading {path}")
        trees.append(load_tree(path))
    # Two trees of one major release (Debian's 252.39 and the tag v252): the later point release
    # stands for the release, as it is what distributions ship. Same label twice is a mistake.
    chosen = {}
    for t in trees:
        other = chosen.get(t.release)
        if other and _label_key(other.label) == _label_key(t.label):
            ap.error(f"two trees for systemd {t.label}: {other.root} and {t.root}")
        if not other or _label_key(t.label) > _label_key(other.label):
            chosen[t.release] = t
    for t in trees:
        if chosen[t.release] is not t:
            log(f"systemd {t.release}: using {chosen[t.release].label} ({chosen[t.release].root}), not {t.label} ({t.root})")
    trees = sorted(chosen.values(), key=lambda t: t.release)

    outputs = build(trees)
    if args.check:
        stale = [name for name, text in outputs.items()
                 if not os.path.exists(os.path.join(args.out, name))
                 or open(os.path.join(args.out, name), encoding="utf-8").read() != text]
        if stale:
            log(f"out of date: {', '.join(stale)}")
            return 1
        log("up to date")
        return 0
    os.makedirs(args.out, exist_ok=True)
    for name, text in outputs.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    counts = ", ".join(f"{name}: {text.count(chr(10)) - 2} rows" for name, text in outputs.items())
    log(f"wrote {args.out} ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
