"""Setup keys a thesis class stores but never typesets for the thesis type the document chooses.

A class such as whu-thesis takes every front-matter field in one key-value setup (`\\whusetup{info = {title* = …}}`)
whatever the thesis type, and typesets each type's front matter with a macro of its own, chosen by the type option:
`\\use:c { __whu_make_front_matter_ \\g__whu_option_type_tl : }`. Its bachelor front matter never calls
`\\__whu_make_title_en:`, the only macro that prints `title*` and `author*`: in a bachelor's thesis those slots are
never printed, and a template that ships them filled with the Chinese (the demo's own copy) has no English title page
to be wrong. A master's thesis of the same class prints them: there the Chinese copy is a real defect.

So a key is unprinted when, in the class code of the thesis's folder (`latex_template.load_template` reads it):
- the key stores into one variable (`title * .tl_gset:N = \\g__whu_info_title_en_tl`);
- every use of that variable is inside macro definitions (declarations `\\tl_new:N` and the key itself aside), and
  so is every use of each macro that uses it, however deep;
- the outermost such macros are all named by a type dispatch (`\\use:c { PREFIX \\VAR SUFFIX }`) for a type other
  than the one the document's class option gives that dispatch's variable (`type=bachelor` sets the variable the
  `type` key's `.choices:nn` code sets).
Anything else — a use outside a definition (a PDF title, `\\AtBeginDocument` code), a macro a user may call, a type
the options do not give — means it may be printed, and the key is read as before.
"""
from __future__ import annotations

from collections.abc import Mapping

from zhen_qa.manuscript.lazy_re import LazyPattern

_KEY_STORE = LazyPattern(r"(?<![A-Za-z-])([A-Za-z][A-Za-z-]*)\s*(\*?)\s*\.(?:tl|str|clist)_g?set:N\s*=\s*"
                         r"(\\[A-Za-z_:@]+)")
"""An expl3 key storing its value in a variable: `title * .tl_gset:N = \\g__whu_info_title_en_tl`."""
_DEFINITION = LazyPattern(r"\\(?:cs_(?:new|g?set)(?:_protected)?(?:_nopar)?:N[px]*n"
                          r"|(?:New|Renew|Provide|Declare)DocumentCommand|(?:re|provide)?newcommand\*?|[gex]?def)"
                          r"\s*\{?\s*(\\[A-Za-z_:@]+)\s*\}?")
"""The head of a macro definition; its body is the first brace group after the parameters."""
_DECLARATION = LazyPattern(r"\\(?:tl|str|clist|seq|prop|bool|int)_(?:g?new|g?clear(?:_new)?):N\s*\\[A-Za-z_:@]+")
_DISPATCH = LazyPattern(r"\\use:c\s*\{\s*([A-Za-z_:@]*)\s*(\\[A-Za-z_:@]+)\s*([A-Za-z_:@]*)\s*\}")
"""A macro called by a name built from a variable: `\\use:c { __whu_make_front_matter_ \\g__whu_option_type_tl : }`."""
_CHOICE_KEY = LazyPattern(r"(?<![A-Za-z-])([A-Za-z][A-Za-z-]*)\s*\.choices:nn\s*=\s*")
_PARAMS = LazyPattern(r"[^{]*")


def brace_group(text: str, pos: int) -> tuple[str, int] | None:
    """The brace group at `pos` (blanks skipped): (its content, where it ends); None when there is none."""
    i = pos
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    if i >= len(text) or text[i] != "{":
        return None
    depth, j = 0, i
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1:j], j + 1
        j += 1
    return None


def _definitions(code: str) -> tuple[dict[str, list[str]], str]:
    """Each macro's definition bodies, and the code outside every definition (top level)."""
    bodies: dict[str, list[str]] = {}
    outside: list[str] = []
    pos = 0
    for m in _DEFINITION.finditer(code):
        if m.start() < pos:
            continue  # a definition inside a body read already
        params = _PARAMS.match(code, m.end())
        start = params.end() if params is not None and "\n\n" not in params[0] else m.end()
        group = brace_group(code, start)
        if group is None:
            continue
        outside.append(code[pos:m.start()])
        bodies.setdefault(m[1], []).append(group[0])
        pos = group[1]
    outside.append(code[pos:])
    return bodies, "".join(outside)


def _uses(text: str, name: str) -> bool:
    """Whether `text` calls or reads control sequence `name` (not a longer name it begins)."""
    k = text.find(name)
    while k >= 0:
        end = k + len(name)
        if end >= len(text) or not (text[end].isalpha() or text[end] in "_:@"):
            return True
        k = text.find(name, end)
    return False


def _document_value(code: str, variable: str, options: Mapping[str, str]) -> str | None:
    """The value the document's class options give a dispatch's variable: the option of the key whose `.choices:nn`
    code sets it (`type .choices:nn = {doctor, master, bachelor} {\\tl_gset_eq:NN \\g__whu_option_type_tl …}`)."""
    for m in _CHOICE_KEY.finditer(code):
        choices = brace_group(code, m.end())
        action = brace_group(code, choices[1]) if choices is not None else None
        if choices is None or action is None or not _uses(action[0], variable):
            continue
        value = options.get(m[1])
        allowed = {c.strip() for c in choices[0].split(",")}
        return value if value in allowed else None
    return None


def unprinted_keys(code: str, options: Mapping[str, str]) -> frozenset[str]:
    """The setup keys (`title*`, `author*`) the class `code` never typesets for the document's class `options`
    (`{"type": "bachelor"}`); see the module's description."""
    stores = [(m[1] + m[2], m[3]) for m in _KEY_STORE.finditer(code)]
    if not stores:
        return frozenset()
    dispatches = [(m[1], m[2], m[3]) for m in _DISPATCH.finditer(code)]
    if not dispatches:
        return frozenset()
    bodies, outside = _definitions(code)
    outside = _DECLARATION.sub("", _KEY_STORE.sub("", outside))
    chosen = {variable: _document_value(code, variable, options) for _p, variable, _s in dispatches}
    out: set[str] = set()
    for key, variable in stores:
        users = {name for name, texts in bodies.items() if any(_uses(t, variable) for t in texts)}
        grown = True
        while grown:  # the macros calling a user use the variable too
            more = {name for name, texts in bodies.items() if name not in users
                    and any(_uses(t, u) for t in texts for u in users)}
            users |= more
            grown = bool(more)
        if not users or _uses(outside, variable) or any(_uses(outside, u) for u in users):
            continue
        called = {u for u in users if any(_uses(t, u) for n, texts in bodies.items() if n != u for t in texts)}
        roots = users - called
        if roots and all(_other_type(root, dispatches, chosen) for root in roots):
            out.add(key)
    return frozenset(out)


def _other_type(macro: str, dispatches: list[tuple[str, str, str]], chosen: Mapping[str, str | None]) -> bool:
    """Macro `macro` (`\\__whu_make_front_matter_master:`) is a dispatch's target for a type other than the one the
    document chooses for that dispatch's variable."""
    name = macro[1:]
    for prefix, variable, suffix in dispatches:
        value = chosen.get(variable)
        if value is None or not (name.startswith(prefix) and name.endswith(suffix)):
            continue
        kind = name[len(prefix):len(name) - len(suffix)] if suffix else name[len(prefix):]
        if kind and kind != value:
            return True
    return False
