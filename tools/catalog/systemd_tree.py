"""Reads what the catalog needs out of one unpacked systemd source tree.

Everything here is read from systemd's own files; nothing is looked up elsewhere:
- the directive table, src/core/load-fragment-gperf.gperf.in (jinja2, v248+) or .gperf.m4 (older);
- which sections each unit type has: the `.sections` string of each UnitVTable in src/core/*.c;
- the [Install] parsers: the ConfigTableItem array in src/shared/install.c;
- C string tables (DEFINE_*STRING_TABLE_LOOKUP*) and the parsers that use them, for value enums;
- the bodies of parser functions (to classify list/single values and to follow enum lookups).
"""

import os
import re
from dataclasses import dataclass, field

import jinja2
import jinja2.meta

from m4lite import M4Lite

GPERF_JINJA = "src/core/load-fragment-gperf.gperf.in"
GPERF_M4 = "src/core/load-fragment-gperf.gperf.m4"
INSTALL_C = "src/shared/install.c"
# Directories whose C files hold unit-file parsers and the string tables they use.
C_SOURCE_DIRS = ("src/core", "src/shared", "src/basic", "src/fundamental")


@dataclass(frozen=True)
class GperfRow:
    section: str
    key: str
    parser: str
    ltype: str
    offset: str      # the fourth column, e.g. "offsetof(Service, exec_context)"; used to spot aliases
    context: str     # EXEC / KILL / CGROUP when the row came from a *_CONTEXT_CONFIG_ITEMS macro, else "-"


@dataclass
class StringTable:
    name: str                  # lookup name, e.g. "service_type" (table is service_type_table)
    values: list               # strings in table order
    index_of: dict             # enum constant -> string, where the table uses designators
    lookup_macro: str = ""     # e.g. DEFINE_STRING_TABLE_LOOKUP_WITH_BOOLEAN
    boolean_yes: str = ""      # for *_WITH_BOOLEAN: the value that "yes" maps to
    location: str = ""         # path:line of the table, relative to the tree


@dataclass
class SystemdTree:
    root: str
    version: str                                   # e.g. "257.13", or "252" where meson.build has no point release
    label: str                                     # version for humans, e.g. "252.39" (see read_label)
    release: int                                   # e.g. 257
    rows: list = field(default_factory=list)       # GperfRow, core gperf (Install.* rows included)
    install_rows: list = field(default_factory=list)   # GperfRow from install.c
    unit_sections: dict = field(default_factory=dict)  # unit type -> [section, ...]
    tables: dict = field(default_factory=dict)     # lookup name -> StringTable
    functions: dict = field(default_factory=dict)  # C function name -> body (comments removed)
    function_comments: dict = field(default_factory=dict)  # C function name -> the comments in its body
    enum_parsers: dict = field(default_factory=dict)   # parser -> (string table name, how it is reached)


def read_text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


# --------------------------------------------------------------------------------------------
# Release number

def read_version(root):
    """The upstream version string: meson.version (v256+), project() in meson.build (v234+) or
    AC_INIT in configure.ac."""
    path = os.path.join(root, "meson.version")
    if os.path.exists(path):
        return read_text(path).strip()
    meson = os.path.join(root, "meson.build")
    if os.path.exists(meson):
        m = re.search(r"project\(\s*'systemd'.*?version\s*:\s*'([^']+)'", read_text(meson), re.S)
    else:  # autotools, up to v233
        m = re.search(r"AC_INIT\(\s*\[systemd\]\s*,\s*\[([^\]]+)\]", read_text(os.path.join(root, "configure.ac")))
    if not m:
        raise ValueError(f"{root}: cannot find the systemd version")
    return m.group(1)


# --------------------------------------------------------------------------------------------
# The directive table

# Build features that switch a directive between its real parser and config_parse_warn_compat
# (DISABLED_CONFIGURATION). Distribution builds enable all of them, and so do we: any HAVE_* or
# ENABLE_* name the template asks for is set to 1.
FEATURE_PREFIXES = ("HAVE_", "ENABLE_")


def _feature_defines(names, source):
    defines = {}
    for name in names:
        if not name.startswith(FEATURE_PREFIXES):
            raise ValueError(f"{source}: template uses {name}, which is not a build feature; "
                             "teach systemd_tree.py what value meson gives it")
        defines[name] = 1
    return defines


def render_gperf(root):
    """Render the directive table template with all build features on.

    Returns (rendered text, {context name: set of keys from that context macro})."""
    jinja_path = os.path.join(root, GPERF_JINJA)
    m4_path = os.path.join(root, GPERF_M4)
    if os.path.exists(jinja_path):
        return _render_jinja(jinja_path)
    if os.path.exists(m4_path):
        return _render_m4(m4_path)
    raise FileNotFoundError(f"{root}: neither {GPERF_JINJA} nor {GPERF_M4}")


def _render_jinja(path):
    text = read_text(path)
    # The same options as systemd's tools/meson-render-jinja2.py, so the output matches the build's.
    env = jinja2.Environment(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    names = jinja2.meta.find_undeclared_variables(env.parse(text))
    defines = _feature_defines(sorted(names), path)
    template = env.from_string(text)
    rendered = template.render(defines)
    # Render each *_CONTEXT_CONFIG_ITEMS macro on its own to learn which keys come from it.
    module = template.make_module(defines)
    contexts = {}
    for attr in dir(module):
        m = re.fullmatch(r"([A-Z]+)_CONTEXT_CONFIG_ITEMS", attr)
        if m:
            contexts[m.group(1)] = _keys_of(str(getattr(module, attr)("CONTEXTPROBE")))
    return rendered, contexts


def _render_m4(path):
    text = read_text(path)
    names = set(re.findall(r"m4_ifdef\(\s*`(\w+)'", text))
    defines = _feature_defines(sorted(names), path)
    expander = M4Lite(defines)
    rendered = expander.expand(text)
    contexts = {}
    for name in list(expander.macros):
        m = re.fullmatch(r"([A-Z]+)_CONTEXT_CONFIG_ITEMS", name)
        if m:
            contexts[m.group(1)] = _keys_of(M4Lite(expander.macros).expand(f"{name}(CONTEXTPROBE)"))
    return rendered, contexts


def _keys_of(text):
    return {row[1] for row in _split_rows(text)}


def _split_rows(text):
    """(section, key, parser, ltype, offset) for each table line of a gperf file or fragment."""
    lines = text.split("\n")
    if "%%" in lines:  # a whole gperf file: the table is between the first and second %%
        start = lines.index("%%") + 1
        end = lines.index("%%", start) if "%%" in lines[start:] else len(lines)
        lines = lines[start:end]
    rows = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith(("#", "/*")):
            continue
        # offsetof(Type, member) contains a comma, so split off three fields only.
        parts = [p.strip() for p in line.split(",", 3)]
        if len(parts) != 4 or "." not in parts[0]:
            raise ValueError(f"unexpected gperf line: {line!r}")
        section, key = parts[0].split(".", 1)
        rows.append((section, key, parts[1], parts[2], parts[3]))
    return rows


def parse_gperf(rendered, contexts):
    rows = []
    for section, key, parser, ltype, offset in _split_rows(rendered):
        context = "-"
        for name, keys in sorted(contexts.items()):
            if key in keys and section not in ("Unit", "Install"):
                context = name
                break
        rows.append(GperfRow(section, key, parser, ltype, offset, context))
    return rows


# --------------------------------------------------------------------------------------------
# Unit types and their sections

def parse_unit_sections(root):
    """unit type -> sections, from each `const UnitVTable <type>_vtable = { ... .sections = "A\\0" "B\\0" ... }`."""
    result = {}
    core = os.path.join(root, "src/core")
    for name in sorted(os.listdir(core)):
        if not name.endswith(".c"):
            continue
        text = read_c(os.path.join(core, name))
        for m in re.finditer(r"const\s+UnitVTable\s+(\w+)_vtable\s*=\s*\{", text):
            unit_type = m.group(1)
            body = text[m.end():_matching_brace(text, m.end() - 1)]
            s = re.search(r"\.sections\s*=\s*((?:\s*\"[^\"]*\")+)", body)
            if not s:
                continue
            joined = "".join(re.findall(r"\"([^\"]*)\"", s.group(1)))
            result[unit_type] = [part for part in joined.split("\\0") if part]
    if not result:
        raise ValueError(f"{root}: no unit vtables with .sections found")
    return result


# --------------------------------------------------------------------------------------------
# [Install]

def parse_install_items(root):
    """The [Install] keys and parsers systemctl uses (the core gperf only lists them with a NULL parser)."""
    text = read_c(os.path.join(root, INSTALL_C))
    rows = []
    for m in re.finditer(r"\{\s*\"Install\"\s*,\s*\"(\w+)\"\s*,\s*(\w+)\s*,\s*([^,]+?)\s*,", text):
        rows.append(GperfRow("Install", m.group(1), m.group(2), m.group(3), "", "-"))
    if not rows:
        raise ValueError(f"{root}: no [Install] items in {INSTALL_C}")
    return rows


# --------------------------------------------------------------------------------------------
# C helpers

# A string or character literal (which may hide comment markers; an unterminated one runs to the
# end of the text), a block comment, or a line comment: the leftmost match wins, which is what a
# left-to-right scan of C does.
_C_LEXEME = re.compile(r"\"(?:[^\"\\]|\\.)*(?:\"|\Z)|'(?:[^'\\]|\\.)*(?:'|\Z)|/\*.*?(?:\*/|\Z)|//[^\n]*", re.S)


def _strip_lexeme(m):
    lexeme = m.group(0)
    if lexeme[0] in "\"'":
        return lexeme
    return "\n" * lexeme.count("\n") if lexeme.startswith("/*") else ""


def strip_c_comments(text):
    """Remove /* */ and // comments, keeping string and character literals intact.
    Newlines inside comments are kept so line numbers stay right."""
    return _C_LEXEME.sub(_strip_lexeme, text)


_STRIPPED = {}


def read_c(path):
    """A C file's text without comments. Memoized: one tree's files are read by several passes."""
    text = _STRIPPED.get(path)
    if text is None:
        text = _STRIPPED[path] = strip_c_comments(read_text(path))
    return text


def _matching_brace(text, open_index):
    """Index of the } closing the { at open_index; string and character literals are skipped."""
    depth = 0
    i, n = open_index, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            i += 1
            while i < n and text[i] != c:
                i += 2 if text[i] == "\\" else 1
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unbalanced braces")


_COMMENT = re.compile(r"/\*(.*?)\*/|//([^\n]*)", re.S)
_FUNCTION_START = re.compile(r"^(?:static\s+|_public_\s+|inline\s+)*[A-Za-z_][\w\s\*]*?\b(\w+)\(\s*[^;{}]*?\)\s*\{", re.M)


def _c_files(root):
    for directory in C_SOURCE_DIRS:
        base = os.path.join(root, directory)
        if not os.path.isdir(base):
            continue
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith((".c", ".h")) and not name.startswith("test-"):
                    yield os.path.join(dirpath, name)


# --------------------------------------------------------------------------------------------
# String tables and enum parsers

_TABLE_DEF = re.compile(r"const\s+char\s*\*\s*const\s+(\w+)_table\s*\[[^\]]*\]\s*=\s*\{", re.S)
_LOOKUP_DEF = re.compile(r"\b(DEFINE_(?:PRIVATE_)?STRING_TABLE_LOOKUP\w*)\(\s*(\w+)\s*,\s*(\w+)\s*(?:,\s*([^;\n]*?)\s*)?\)\s*;")


def _parse_table_entries(body):
    """Strings of a C string table body, with the enum constant of each designated entry."""
    values, index_of = [], {}
    # Preprocessor conditionals inside a table select entries per build; with every feature on,
    # all entries are compiled in, so directives are simply dropped.
    body = "\n".join(line for line in body.split("\n") if not line.strip().startswith("#"))
    for entry in _split_top_level(body):
        entry = entry.strip()
        if not entry:
            continue
        m = re.fullmatch(r"(?:\[\s*([^\]]+?)\s*\]\s*=\s*)?((?:\"(?:[^\"\\]|\\.)*\"\s*)+)", entry, re.S)
        if not m:
            continue  # e.g. NULL placeholders
        value = "".join(re.findall(r"\"((?:[^\"\\]|\\.)*)\"", m.group(2)))
        values.append(value)
        if m.group(1):
            index_of[m.group(1)] = value
    return values, index_of


def _split_top_level(body):
    parts, depth, current, in_string = [], 0, [], False
    i = 0
    while i < len(body):
        c = body[i]
        if in_string:
            current.append(c)
            if c == "\\":
                current.append(body[i + 1])
                i += 1
            elif c == "\"":
                in_string = False
        elif c == "\"":
            in_string = True
            current.append(c)
        elif c in "([{":
            depth += 1
            current.append(c)
        elif c in ")]}":
            depth -= 1
            current.append(c)
        elif c == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    parts.append("".join(current))
    return parts


def scan_c_sources(root):
    """Index string tables, their lookup macros and function bodies of the tree's C sources.

    Returns (tables, function bodies without comments, the comments of each function body)."""
    tables, lookups, functions, comments = {}, {}, {}, {}
    for path in _c_files(root):
        rel = os.path.relpath(path, root)
        raw = read_text(path)
        text = read_c(path)
        for m in _TABLE_DEF.finditer(text):
            end = _matching_brace(text, m.end() - 1)
            values, index_of = _parse_table_entries(text[m.end():end])
            name = m.group(1)
            line = text.count("\n", 0, m.start()) + 1
            # The same table name in several files (rare, e.g. a tool's private copy): keep the
            # first in C_SOURCE_DIRS order, i.e. src/core before src/shared before src/basic.
            if name not in tables:
                tables[name] = StringTable(name, values, index_of, location=f"{rel}:{line}")
        for m in _LOOKUP_DEF.finditer(text):
            lookups.setdefault(m.group(2), (m.group(1), m.group(4) or ""))
        if path.endswith(".c"):
            for m in _FUNCTION_START.finditer(text):
                name = m.group(1)
                if name in ("if", "for", "while", "switch", "return", "sizeof"):
                    continue
                try:
                    end = _matching_brace(text, m.end() - 1)
                except ValueError:
                    continue  # braces split across #if branches; not a parser we need
                if name not in functions:
                    functions[name] = text[m.end():end]
                    # strip_c_comments keeps line breaks, so the same lines of the raw file
                    # hold the body with its comments.
                    first = text.count("\n", 0, m.end())
                    last = first + text.count("\n", m.end(), end)
                    raw_body = "\n".join(raw.split("\n")[first:last + 1])
                    comments[name] = " ".join(block or line for block, line in _COMMENT.findall(raw_body))
    for name, table in tables.items():
        macro, yes = lookups.get(name, ("", ""))
        table.lookup_macro = macro
        if "WITH_BOOLEAN" in macro and yes:
            table.boolean_yes = table.index_of.get(yes, yes)
    return tables, functions, comments


_PARSE_ENUM_MACRO = re.compile(r"\bDEFINE_CONFIG_PARSE_(ENUM|ENUMV|ENUM_WITH_DEFAULT|ENUM_FULL|PTR)?\(\s*(config_parse_\w+)\s*,\s*(\w+)")


def find_enum_parsers(root, tables, functions):
    """parser -> (string table name, how the parser reaches it).

    A parser is an enum parser when it is generated by DEFINE_CONFIG_PARSE_ENUM* for a lookup that
    has a string table, or when its body (or the body of a helper it hands `rvalue` to) calls
    `<table>_from_string*()` on the value being parsed."""
    result = {}
    for path in _c_files(root):
        text = read_c(path)
        for m in _PARSE_ENUM_MACRO.finditer(text):
            kind, parser, lookup = m.group(1) or "", m.group(2), m.group(3)
            if kind in ("ENUM", "ENUMV", "ENUM_WITH_DEFAULT"):
                function = f"{lookup}_from_string"
            else:
                function = lookup
            table = resolve_lookup(function, tables, functions)
            if table:
                how = f"DEFINE_CONFIG_PARSE_{kind}" if kind else "DEFINE_CONFIG_PARSE"
                if function != f"{table}_from_string":
                    how += f" via {function}()"
                result.setdefault(parser, (table, how))
    for name, body in functions.items():
        if not name.startswith("config_parse_") or name in result:
            continue
        found = _table_called_on_rvalue(body, tables, functions)
        if found:
            result[name] = found
    return result


def resolve_lookup(function, tables, functions, depth=0):
    """The string table behind a *_from_string* function, following wrappers such as
    socket_address_bind_ipv6_only_or_bool_from_string() a couple of levels deep."""
    m = re.fullmatch(r"(\w+)_from_string", function)
    if m and m.group(1) in tables:
        return m.group(1)
    if depth >= 2 or function not in functions:
        return None
    for call in re.finditer(r"\b(\w+_from_string\w*)\s*\(", functions[function]):
        table = resolve_lookup(call.group(1), tables, functions, depth + 1)
        if table:
            return table
    return None


def _table_called_on_rvalue(body, tables, functions):
    # Direct: x = foo_from_string(rvalue) or foo_from_string(p ?: rvalue)
    for call in re.finditer(r"\b(\w+_from_string\w*)\s*\(([^;]*?)\)", body):
        if re.search(r"\brvalue\b", call.group(2)):
            table = resolve_lookup(call.group(1), tables, functions)
            if table:
                how = "parser body"
                if call.group(1) != f"{table}_from_string":
                    how += f" via {call.group(1)}()"
                return table, how
    # One helper deep: r = parse_emergency_action(rvalue, ...) -> emergency_action_from_string()
    for call in re.finditer(r"\b(\w+)\s*\(\s*rvalue\b", body):
        helper = call.group(1)
        if helper.startswith(("log_", "config_parse_", "free_and_", "str", "isempty", "unit_", "parse_boolean")):
            continue
        helper_body = functions.get(helper, "")
        for inner in re.finditer(r"\b(\w+_from_string\w*)\s*\(", helper_body):
            table = resolve_lookup(inner.group(1), tables, functions)
            if table:
                return table, f"parser body via {helper}()"
    return None


# --------------------------------------------------------------------------------------------

def read_label(root, version):
    """The full upstream version for the output header. Stable point releases before v256 do not
    record it in the tree (meson.build says "252" for 252.39); fetch-sources.sh writes it into
    .unitlint-source from the source package, and it is used when it agrees with meson."""
    stamp = os.path.join(root, ".unitlint-source")
    if os.path.exists(stamp):
        m = re.search(r"^upstream_version=(\S+)$", read_text(stamp), re.M)
        if m and (m.group(1) == version or m.group(1).startswith(version + ".")):
            return m.group(1)
    return version


def read_tag(root):
    """The release tag export-git-releases.sh recorded, e.g. "192", or None. The tag is what the
    release is: v192's configure.ac still says 191."""
    stamp = os.path.join(root, ".unitlint-source")
    if os.path.exists(stamp):
        m = re.search(r"^git_tag=v(\d+)$", read_text(stamp), re.M)
        if m:
            return m.group(1)
    return None


def load_tree(root):
    version = read_tag(root) or read_version(root)
    release = int(re.match(r"(\d+)", version).group(1))
    rendered, contexts = render_gperf(root)
    tree = SystemdTree(root=root, version=version, label=read_label(root, version), release=release)
    tree.rows = parse_gperf(rendered, contexts)
    tree.install_rows = parse_install_items(root)
    tree.unit_sections = parse_unit_sections(root)
    tree.tables, tree.functions, tree.function_comments = scan_c_sources(root)
    tree.enum_parsers = find_enum_parsers(root, tree.tables, tree.functions)
    return tree
