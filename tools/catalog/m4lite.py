"""A small m4 expander, just enough for systemd's old load-fragment-gperf.gperf.m4.

systemd up to v247 wrote the directive table as an m4 template run with `m4 -P` (builtins carry
the `m4_` prefix); v248 switched to jinja2. To cover those releases without depending on GNU m4,
this module implements the subset that file uses:

- quoting with ` and ' (nested), which suppresses expansion and is stripped one level;
- `#` comments (copied through unexpanded up to the end of the line, as m4 does);
- m4_dnl, m4_define(`NAME', `BODY'), m4_ifdef(`SYM', `THEN'[, `ELSE']);
- user macros with positional arguments $1..$9 (and $0), expanded and rescanned like m4 does.

Anything else (m4_ifelse, m4_include, m4_divert, ...) raises M4Error, so a template using more of m4
than this fails loudly instead of producing a wrong table.
"""

import re

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_UNSUPPORTED_BUILTIN = re.compile(r"m4_[a-z_]+")


class M4Error(Exception):
    pass


class M4Lite:
    """Expands text the way `m4 -P` would, for the subset described in the module docstring.

    Like m4, it reads one token stream and pushes every macro's expansion back onto it, so
    expansions are rescanned and macro calls inside arguments are expanded while the arguments
    are collected (quoted text excepted)."""

    MAX_EXPANSIONS = 100000

    def __init__(self, defines=None):
        # Symbols given with -D on m4's command line; only their existence matters to m4_ifdef.
        self.macros = {name: str(value) for name, value in (defines or {}).items()}
        self._buf = ""
        self._pos = 0
        self._expansions = 0

    def expand(self, text):
        self._buf, self._pos = text, 0
        out = []
        while True:
            token = self._next_token()
            if token is None:
                return "".join(out)
            kind, value = token
            if kind == "name" and self._is_macro(value):
                self._invoke(value)
            else:
                out.append(value)

    # -- tokens ------------------------------------------------------------------------------

    def _next_token(self):
        """The next token as (kind, text); quoted text comes back without its outer quotes."""
        buf, i = self._buf, self._pos
        if i >= len(buf):
            return None
        c = buf[i]
        if c == "`":
            end = self._quote_end(buf, i)
            self._pos = end + 1
            return "quoted", buf[i + 1:end]
        if c == "#":
            nl = buf.find("\n", i)
            nl = len(buf) if nl < 0 else nl
            self._pos = nl
            return "comment", buf[i:nl]
        m = _NAME.match(buf, i)
        if m:
            self._pos = m.end()
            return "name", m.group(0)
        self._pos = i + 1
        return "char", c

    @staticmethod
    def _quote_end(text, start):
        """Index of the ' that closes the quote opened at text[start] (quotes nest)."""
        level = 0
        for j in range(start, len(text)):
            if text[j] == "`":
                level += 1
            elif text[j] == "'":
                level -= 1
                if level == 0:
                    return j
        raise M4Error("unterminated quote")

    def _push_back(self, text):
        self._buf = text + self._buf[self._pos:]
        self._pos = 0

    # -- macro calls -------------------------------------------------------------------------

    def _is_macro(self, name):
        if name in ("m4_dnl", "m4_define", "m4_ifdef") or name in self.macros:
            return True
        if _UNSUPPORTED_BUILTIN.fullmatch(name):
            raise M4Error(f"unsupported m4 builtin {name}")
        return False

    def _invoke(self, name):
        self._expansions += 1
        if self._expansions > self.MAX_EXPANSIONS:
            raise M4Error("too many macro expansions (recursive definition?)")
        if name == "m4_dnl":
            nl = self._buf.find("\n", self._pos)
            self._pos = len(self._buf) if nl < 0 else nl + 1
            return
        args = self._collect_args() if self._buf.startswith("(", self._pos) else []
        self._push_back(self._call(name, args))

    def _collect_args(self):
        """Collect a call's arguments; the stream is at '('. Leading whitespace of each argument
        is dropped, quoted text loses one level of quotes, macros in unquoted text are expanded."""
        self._pos += 1
        args, current, depth = [], [], 0
        at_arg_start = True
        while True:
            token = self._next_token()
            if token is None:
                raise M4Error("unterminated macro call")
            kind, value = token
            if at_arg_start and kind == "char" and value in " \t\n":
                continue
            at_arg_start = False
            if kind == "name" and self._is_macro(value):
                self._invoke(value)
            elif kind == "char" and value == "(":
                depth += 1
                current.append(value)
            elif kind == "char" and value == ")" and depth > 0:
                depth -= 1
                current.append(value)
            elif kind == "char" and value in ",)" and depth == 0:
                args.append("".join(current))
                current = []
                if value == ")":
                    return args
                at_arg_start = True
            else:
                current.append(value)

    def _call(self, name, args):
        if name == "m4_define":
            if not args:
                raise M4Error("m4_define without arguments")
            self.macros[args[0]] = args[1] if len(args) > 1 else ""
            return ""
        if name == "m4_ifdef":
            if len(args) < 2:
                raise M4Error("m4_ifdef needs at least two arguments")
            if args[0] in self.macros:
                return args[1]
            return args[2] if len(args) > 2 else ""
        body = self.macros[name]
        return re.sub(r"\$([0-9])", lambda m: self._arg(name, args, int(m.group(1))), body)

    @staticmethod
    def _arg(name, args, index):
        if index == 0:
            return name
        return args[index - 1] if index <= len(args) else ""
