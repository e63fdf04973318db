"""The inline tags of a CAT unit's source and target, read from the XML tree translate-toolkit parsed.

An inline tag stands for markup of the original file (a bold run, a link, a line break, Angular's
`<x id="INTERPOLATION"/>`): the CAT tool rebuilds the file from them, so a tag the target drops, adds or closes
before it opens breaks the file or loses its formatting (Xbench's and memoQ's "tag mismatch"). XLIFF 1.2
(`<g>`, `<x/>`, `<bx/>`, `<ex/>`, `<ph>`, `<bpt>`, `<ept>`, `<it>`; Trados and memoQ write the same elements),
XLIFF 2 (`<ph/>`, `<pc>`, `<sc/>`, `<ec/>`) and TMX (`<ph>`, `<bpt>`, `<ept>`, `<it>`, `<hi>`) are read as
elements. OmegaT writes its shortcut tags (`<g0>`, `</g0>`, `<x1/>`) into its TMX as text, so in an OmegaT
memory they are read from the segment's text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from zhen_qa.manuscript.document import InlineTag
from zhen_qa.manuscript.source import MappedText

_PAIRED_ELEMENTS = frozenset({"g", "pc", "hi"})
"""Elements that hold the text they mark: one tag opens, its end closes."""
_ALONE = frozenset({"x", "ph", "it", "ut"})
_OPENING = frozenset({"bpt", "bx", "sc"})
_CLOSING = frozenset({"ept", "ex", "ec"})
_PAIR_GROUP = {"bpt": "bpt", "ept": "bpt", "bx": "bx", "ex": "bx", "sc": "sc", "ec": "sc"}
_CODE = frozenset({"ph", "bpt", "ept", "it", "ut", "sub"})
"""Elements whose content is native code: not searched for further tags."""
_UNSEARCHED = _ALONE | _OPENING | _CLOSING | _CODE
"""Elements whose content the walk does not enter: a tag alone or one end of a pair, and <sub> of a code."""
_ID_ATTRIBUTES = ("id", "i", "x", "rid", "startRef")
_OMEGAT_TAG = re.compile(r"<(/?)([a-z]{1,3})(\d+)(/?)>")
"""An OmegaT shortcut tag: a letter or two and a number, opening, closing or standing alone (`<g0>`, `</g0>`,
`<x1/>`)."""


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _id(element: object) -> str:
    """The element's identifying attribute (id, TMX i/x); "" when it has none."""
    for name in _ID_ATTRIBUTES:
        value = element.get(name)  # type: ignore[attr-defined]
        if value is not None:
            return str(value)
    return ""


def _pair_id(element: object, name: str) -> str:
    """What ties an opening tag to its closing one: rid (XLIFF 1.2 bx/ex, bpt/ept), startRef (XLIFF 2 ec), TMX i,
    else the id."""
    for attribute in ("rid", "startRef", "i", "id"):
        value = element.get(attribute)  # type: ignore[attr-defined]
        if value is not None:
            return f"{attribute if attribute == 'i' else ''}{value}"
    return f"{name}:"


def _shown(name: str, element: object, closing: bool = False) -> str:
    ident = ""
    for attribute in _ID_ATTRIBUTES:
        value = element.get(attribute)  # type: ignore[attr-defined]
        if value is not None:
            ident = f' {attribute}="{value}"'
            break
    if closing:
        return f"</{name}>"
    return f"<{name}{ident}{'/' if name in ('x', 'bx', 'ex', 'sc', 'ec') else ''}>"


def _key(name: str, element: object) -> str:
    ident = _id(element)
    if not ident and name in ("ph", "it", "ut"):  # a TMX code without x: its native code is what must match
        ident = "".join(element.itertext())  # type: ignore[attr-defined]
    return f"{name}#{ident}"


class _IcuCases:
    """Where a running text stands in an ICU message ({VAR_PLURAL, plural, one {…} other {…}}): fed the text
    between the tags in order, it names the case the next tag falls in ("other", "one", nested "other/=0"), ""
    outside any case."""

    _CASE = re.compile(r"(?:\A|[\s,}])(=?[\w-]+)\s*\Z")
    _KIND = re.compile(r",\s*(?:plural|select|selectordinal)\s*,")

    def __init__(self) -> None:
        self.stack: list[tuple[str, str]] = []
        """One entry per open brace: (its case label, "" when it opens no case; the text read inside it)."""
        self.seen: dict[str, None] = {}
        """Every case opened so far, in order, tags in it or not."""

    def feed(self, text: str) -> None:
        for ch in text:
            if ch == "{":
                label = ""
                if self.stack and self._KIND.search(self.stack[-1][1]):
                    m = self._CASE.search(self.stack[-1][1])
                    label = m.group(1) if m else ""
                self.stack.append((label, ""))
                if label:
                    self.seen[self.case()] = None
            elif ch == "}":
                if self.stack:
                    self.stack.pop()
                if self.stack:  # the case's text is done: what follows in the message starts afresh
                    label, seen = self.stack[-1]
                    self.stack[-1] = (label, seen + " ")
            elif self.stack:
                label, seen = self.stack[-1]
                self.stack[-1] = (label, seen + ch)

    def case(self) -> str:
        return "/".join(label for label, _ in self.stack if label)


def element_tags(side: object) -> tuple[InlineTag, ...]:
    """The inline tags inside `side` (a <source>, <target>, <seg> or segment <mrk> element), in document order;
    a paired element (<g>, <pc>, <hi>) gives an opening and a closing tag, the closing one not counted. A tag
    inside a case of an ICU message carries the case's name, and each case the side has is listed last as a tag of
    role "case" (no key), so a case without tags is known to be there."""
    cases = _IcuCases()
    cases.feed(str(side.text or ""))  # type: ignore[attr-defined]
    tags = list(_walk(side, cases))
    return (*tags, *(InlineTag("", "", "case", "", case) for case in cases.seen))


def _walk(node: object, cases: _IcuCases) -> Iterator[InlineTag]:
    for child in node:  # type: ignore[attr-defined]
        if not isinstance(child.tag, str):  # a comment or processing instruction
            cases.feed(str(child.tail or ""))
            continue
        name = _local(child.tag)
        case = cases.case()
        if name in _PAIRED_ELEMENTS:
            pair = f"{name}#{_id(child)}"
            yield InlineTag(_key(name, child), _shown(name, child), "open", pair, case)
            cases.feed(str(child.text or ""))
            yield from _walk(child, cases)
            yield InlineTag("", _shown(name, child, closing=True), "close", pair, cases.case())
        elif name in _OPENING or name in _CLOSING:
            pair = f"{_PAIR_GROUP[name]}#{_pair_id(child, name)}"
            yield InlineTag(_key(name, child), _shown(name, child), "open" if name in _OPENING else "close", pair,
                            case)
        elif name in _ALONE:
            yield InlineTag(_key(name, child), _shown(name, child), "alone", "", case)
        elif name not in _CODE:  # <mrk>, <sub> of a code, anything else: look inside
            cases.feed(str(child.text or ""))
            yield from _walk(child, cases)
        cases.feed(str(child.tail or ""))


def omegat_tags(text: MappedText) -> tuple[InlineTag, ...]:
    """The OmegaT shortcut tags written as text in `text` (a segment of an OmegaT memory), in order, each with
    its place in the file."""
    out: list[InlineTag] = []
    for m in _OMEGAT_TAG.finditer(text.text):
        closing, name, number, alone = m.groups()
        if closing and alone:
            continue
        pair = f"{name}{number}"
        role = "close" if closing else "alone" if alone else "open"
        at = (text.offsets[m.start()], text.end_of(m.end() - 1))
        out.append(InlineTag(m.group(0), m.group(0), role, "" if role == "alone" else pair, at=at))
    return tuple(out)


def omegat_tag_spans(text: str) -> list[tuple[int, int]]:
    """Where OmegaT's shortcut tags are in `text` (a segment of an OmegaT memory): markup, not prose."""
    return [m.span() for m in _OMEGAT_TAG.finditer(text) if not (m.group(1) and m.group(4))]


_RAW_TAG = re.compile(r"<(/?)([\w:.-]+)(?:\s[^>]*?)?(/?)>|<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.S)
_SHOWN_NAME = re.compile(r"</?([\w.-]+)")


def _raw_tags(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(element name, from, to) of each tag `element_tags` reads in text[start:end] (the markup of a side as
    written in the file), in the order it lists them: the same walk over the written tags instead of the tree."""
    out: list[tuple[str, int, int]] = []
    code: list[str] = []  # the code elements (ph, bpt, sub, ...) the scan is inside: their content is not searched
    for m in _RAW_TAG.finditer(text, start, end):
        if not m.group(2):
            continue  # a comment or CDATA
        closing, alone, name = bool(m.group(1)), bool(m.group(3)), m.group(2).rsplit(":", 1)[-1]
        if code:
            if not alone:
                if closing:
                    code.pop()
                else:
                    code.append(name)
            continue
        if name in _PAIRED_ELEMENTS:
            out += [(name, *m.span())] * (2 if alone else 1)
        elif name in _UNSEARCHED and not closing:
            if name != "sub":
                out.append((name, *m.span()))
            if not alone:
                code.append(name)
    return out


def placed(tags: tuple[InlineTag, ...], text: str, start: int, end: int) -> tuple[InlineTag, ...]:
    """`tags` (read by `element_tags` from a side's element) with their places in the file, found by reading the
    side's markup as written, text[start:end]; unchanged when the two readings do not list the same elements."""
    listed = [t for t in tags if t.role != "case"]
    raw = _raw_tags(text, start, end)
    names = [m.group(1) if (m := _SHOWN_NAME.match(t.shown)) else "" for t in listed]
    if len(raw) != len(listed) or any(name != r[0] for name, r in zip(names, raw)):
        return tags
    at = iter(raw)
    return tuple(t if t.role == "case" else t._replace(at=next(at)[1:]) for t in tags)


def is_omegat(root: object) -> bool:
    """True for a TMX written by OmegaT (its <header creationtool>)."""
    for child in root:  # type: ignore[attr-defined]
        if isinstance(child.tag, str) and _local(child.tag) == "header":
            return str(child.get("creationtool") or "").lower() == "omegat"
    return False
