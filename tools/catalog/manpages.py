"""Reads directive documentation and "Added in version N" annotations from systemd's man pages.

Since v255 every documented directive's <varlistentry> in man/*.xml carries
    <xi:include href="version-info.xml" xpointer="vNNN"/>
as a direct child of its <listitem>. Entries without one are on upstream's allow-list
(tools/command_ignorelist): they predate the annotations, which start at v183.
"""

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

XI_INCLUDE = "{http://www.w3.org/2001/XInclude}include"
_XML_ENTITIES = {"lt", "gt", "amp", "quot", "apos"}


@dataclass(frozen=True)
class ManEntry:
    page: str        # e.g. "systemd.service"
    version: int     # 0 when the entry has no version-info include
    term_count: int  # how many directive names share this entry (and so its version)


def _parse_xml(path):
    text = open(path, encoding="utf-8").read()
    # The DOCTYPE points at DocBook's DTD and, in some pages, at a build-generated entity file;
    # neither is available (or needed) here. Unknown entities only occur in prose.
    text = re.sub(r"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", "", text, count=1, flags=re.S)
    text = re.sub(r"&([A-Za-z_][\w.-]*);", lambda m: m.group(0) if m.group(1) in _XML_ENTITIES else m.group(1), text)
    return ET.fromstring(text)


def _directive_names(term):
    names = []
    for varname in term.iter("varname"):
        m = re.match(r"([A-Za-z][A-Za-z0-9]*)=", "".join(varname.itertext()).strip())
        if m:
            names.append(m.group(1))
    return names


def _version_of(listitem):
    if listitem is None:
        return 0
    for child in listitem:
        if child.tag == XI_INCLUDE and child.get("href") == "version-info.xml":
            m = re.fullmatch(r"v(\d+)", child.get("xpointer", ""))
            if m:
                return int(m.group(1))
    return 0


def read_man_entries(root):
    """{page: {directive name: ManEntry}} for every man/*.xml page of a tree.

    A name that appears in several entries of one page keeps its first (outermost, earliest)
    entry: later ones are usually nested value lists or cross-references."""
    man_dir = os.path.join(root, "man")
    result = {}
    if not os.path.isdir(man_dir):
        return result
    for name in sorted(os.listdir(man_dir)):
        if not name.endswith(".xml") or name == "version-info.xml":
            continue
        try:
            doc = _parse_xml(os.path.join(man_dir, name))
        except ET.ParseError as e:
            raise ValueError(f"{name}: cannot parse: {e}") from e
        page = name[:-len(".xml")]
        entries = {}
        for entry in doc.iter("varlistentry"):
            names = []
            for term in entry.findall("term"):
                names.extend(_directive_names(term))
            if not names:
                continue
            found = ManEntry(page, _version_of(entry.find("listitem")), len(set(names)))
            for directive in names:
                entries.setdefault(directive, found)
        if entries:
            result[page] = entries
    return result


def has_version_info(root):
    return os.path.exists(os.path.join(root, "man", "version-info.xml"))
