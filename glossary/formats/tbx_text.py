"""TBX entries read from the text itself, one plan per distinct entry markup; lxml for whatever the plan declines.

A termbase export writes its entries with a handful of markup skeletons: the same tags and attributes in the same
order, only the texts between them differ. Each entry's text is split into its markup and its texts; the first
entry of a skeleton is turned into a plan (the steps `tbx_flat.read_flat` would take on such an entry: which text
is the definition, which the term of which language, which a status or a note), and every entry of that skeleton
is read by running the plan on its texts, without making an element per tag.

Only what is certain is read this way; everything else is left to libxml2:

- the file: UTF-8 without a DOCTYPE, well-formed to libxml2 with the reader's options and without a namespace
  warning (a parse that builds nothing), its root one of the TBX roots, every entry tag unprefixed, no entry inside
  another; else `scan` returns None and the file is read by `tbx_tree` as before;
- an entry: every piece of markup a plain start, end or empty tag (no comment, CDATA section or processing
  instruction, no namespace prefix on an element), the plan's shape the common one of `tbx_flat` with usable terms
  and statuses; else the entry alone is parsed by libxml2 and read as before (by `read_flat` or the general walk,
  which report its problems); a fragment libxml2 cannot parse alone makes the whole file be read by `tbx_tree`.

Texts are taken as an XML parser gives them: line ends normalised (CRLF and CR to LF), the five predefined entities
and character references replaced (no other entity can occur in a well-formed document without a DOCTYPE), white
space in attribute values made spaces.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from lxml import etree

from zhen_qa.glossary.formats.tbx_flat import Terms
from zhen_qa.glossary.formats.tbx_tree import (
    ENTRY_NAMES,
    PARSER_OPTIONS,
    START_TAGS,
    Lines,
    NeedsTree,
    count_lines,
    entry_offsets,
)
from zhen_qa.glossary.formats.tbx_vocab import (
    CASE,
    DESCRIP,
    HOLDER,
    NOTE,
    OTHER_NOTE,
    SECTION,
    STATUS_NOTE,
    STATUSES,
    TAKEN,
    TERM,
    TERM_NOTE,
    UNKNOWN,
    Info,
    clean,
    code_lang,
    is_true,
    kind,
    note_type,
    status_of,
)
from zhen_qa.glossary.model import TermStatus

Read = tuple[str, Terms, Info]
"""(id attribute as written, terms, what the entry says besides) of an entry read by its plan."""

_NAME = r"[A-Za-z_][\w.\-]*"
_ATTR_NAME = rf"{_NAME}(?::{_NAME})?"
_ATTRS = rf"""(?:\s+{_ATTR_NAME}\s*=\s*(?:"[^"<]*"|'[^'<]*'))*"""
_TAG = re.compile(rf"<(/?)({_NAME})({_ATTRS})\s*(/?)>")
"""One piece of markup: end mark, name, attributes, empty-element mark."""
_ATTR = re.compile(rf"""({_ATTR_NAME})\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""")
_MARKUP = re.compile(r"(<[^>]*>)")
"""Splits an entry's text into texts (even items) and markup (odd items)."""
_ENTRY_START = re.compile(rb"<(" + "|".join(ENTRY_NAMES).encode() + rb""")(?:\s+id\s*=\s*"([^"&<\t\n\r]*)")?("""
                          + _ATTRS.encode() + rb")\s*(/?)>")
"""An entry start tag: name, its id when it is the first attribute and plain, the (other) attributes, empty mark."""
_END_REST = re.compile(rb"\s*>")
_DECL = re.compile(rb"<\?xml\s[^>]*?encoding\s*=\s*[\"']([^\"']*)[\"']")
_REF = re.compile(r"&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_MAX_PLANS = 1024
_TALLIES = frozenset({64, 1024})
"""After this many entries, a file whose plans declined more than three in four is read by `tbx_tree` instead
(each declined entry parsed alone costs more than streaming the file)."""
_PATTERNS, _PATTERN_TAGS, _RECENT = 32, 256, 6
"""Patterns are made for the first 32 markups of a file (of up to 256 tags); of those with as many tags as the
entry, the 6 last matched are tried."""

_NOTES, _DEFINITIONS, _DETAILS, _CASE = 0, 1, 2, 3
"""Where a taken element's text goes (`Info.take_value`): the entry's notes, definitions, details, case flag."""
_STATUS, _DETAIL = -1, -2
"""What a note in a term holder does: sets the status, adds a detail, or else (its role) `Info.note`."""


class _Take(NamedTuple):
    """A step of a plan: keep the text of a descrip, note or admin element outside the term holders."""

    where: int
    """_NOTES, _DEFINITIONS, _DETAILS or _CASE."""
    before: str
    """What goes before the text (language, type)."""
    slot: int | None
    """The index of the element's text among the entry's texts (or the pattern's groups); None: empty element."""


class _Note(NamedTuple):
    """A termNote, descrip or note element of a term holder."""

    op: int
    """_STATUS, _DETAIL or the role for `Info.note`."""
    typ: str
    kind: int
    label: str
    """The type, or else the element name, in a detail."""
    slot: int | None


class _Hold(NamedTuple):
    """A step of a plan: read a term holder."""

    lang: str
    kept: bool
    """The language is zh or en."""
    term_slot: int
    notes: tuple[_Note, ...]


_DEPRECATED = TermStatus.DEPRECATED
Plan = tuple["_Take | _Hold", ...]
"""The steps of `_run` on an entry of one markup, in the order `read_flat` takes them."""
_DECLINE: Plan = ()
_STATUS_TEXTS: dict[str, object] = {}
"""The status (or None) of each status note's text as written, before references and white space are taken."""


def _pattern(markup: tuple[str, ...], plan: Plan) -> tuple[re.Pattern[str], Plan]:
    """What matches an entry of this markup exactly, with the texts the plan reads as its groups (texts hold no
    `<`: an entry matches if and only if `_MARKUP` splits it into this markup), and the plan reading those groups."""
    used = sorted({slot for step in plan for slot in _slots(step) if slot is not None})
    group = {slot: n for n, slot in enumerate(used)}
    texts = ["([^<]*)" if i in group else "[^<]*" for i in range(len(markup) + 1)]
    pattern = re.compile(texts[0] + "".join(re.escape(piece) + text for piece, text in zip(markup, texts[1:])))
    return pattern, tuple(_renumber(step, group) for step in plan)


def _slots(step: _Take | _Hold) -> list[int | None]:
    """The text slots a step reads."""
    if isinstance(step, _Take):
        return [step.slot]
    return [step.term_slot] + [note.slot for note in step.notes]


def _renumber(step: _Take | _Hold, group: dict[int, int]) -> _Take | _Hold:
    """A step reading the groups `group` numbers instead of the texts."""
    if isinstance(step, _Take):
        return step._replace(slot=None if step.slot is None else group[step.slot])
    notes = tuple(note._replace(slot=None if note.slot is None else group[note.slot]) for note in step.notes)
    return step._replace(term_slot=group[step.term_slot], notes=notes)


def _ref(m: re.Match[str]) -> str:
    hexa, dec, name = m.groups()
    return chr(int(hexa, 16)) if hexa else chr(int(dec)) if dec else _NAMED[name]


def unescape(raw: str) -> str:
    """Text with its predefined entity and character references replaced."""
    return _REF.sub(_ref, raw) if "&" in raw else raw


def _attrs(raw: str) -> dict[str, str]:
    """Attributes of a tag's attribute text as a parser gives them (white space made spaces, references replaced)."""
    out: dict[str, str] = {}
    for name, dq, sq in _ATTR.findall(raw):
        value = dq or sq
        out[name] = unescape(value.replace("\t", " ").replace("\n", " "))
    return out


def _lines(text: str) -> str:
    """Line ends as an XML parser reads them."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


class TextEntries:
    """The entries of a TBX file in document order: `Read` for those a plan reads, else the entry parsed by lxml.

    Iterating raises `NeedsTree` when the file is to be read by `tbx_tree` after all: an entry tag with a prefix,
    nested entries, an entry declined by its plan that libxml2 cannot parse alone, most entries declined."""

    def __init__(self, data: bytes, lines: Lines) -> None:
        self.data = data
        self.lines = lines
        self.known: dict[tuple[str, ...], tuple[re.Pattern[str] | None, Plan, Plan]] = {}
        """(pattern, plan of its groups, plan of the texts) of each markup met; no pattern past the first
        `_PATTERNS` markups, for long markup or a declining plan."""

    def __iter__(self) -> Iterator[Read | etree._Element]:
        data, known, split = self.data, self.known, _MARKUP.split
        match_start, match_end, find = _ENTRY_START.match, _END_REST.match, data.find
        offsets = self.lines.entry_offsets
        recent: dict[int, list[tuple[re.Pattern[str], Plan]]] = {}  # by number of tags, last matched first
        parser = None
        declined = 0
        for k, pos in enumerate(offsets):
            m = match_start(data, pos)
            if m is None:
                raise NeedsTree("a prefixed entry tag")
            name, simple_id, attrs, empty = m.groups()
            raw_id = simple_id.decode("utf-8") if simple_id is not None else ""
            if attrs and simple_id is None:
                raw_id = _attrs(_lines(attrs.decode("utf-8"))).get("id", "")
            if empty:
                yield raw_id, {"zh": [], "en": []}, Info()
                continue
            body_at = m.end()
            close = find(b"</" + name, body_at)
            if close < 0 or (k + 1 < len(offsets) and close > offsets[k + 1]) \
                    or match_end(data, close + 2 + len(name)) is None:
                raise NeedsTree("nested entries, or markup the plain search misreads")
            body = data[body_at:close].decode("utf-8")
            if "\r" in body:
                body = _lines(body)
            texts: Sequence[str] | None = None
            tags = body.count("<")
            for i, skeleton in enumerate(recent.get(tags, ())):
                found_texts = skeleton[0].fullmatch(body)
                if found_texts is not None:
                    texts = found_texts.groups()
                    plan = skeleton[1]
                    if i:
                        recent[tags].insert(0, recent[tags].pop(i))
                    break
            if texts is None:
                parts = split(body)
                key = tuple(parts[1::2])
                got = known.get(key)
                if got is None:
                    plan = _plan(key)
                    got = (*_pattern(key, plan), plan) if plan and len(known) < _PATTERNS \
                        and len(key) <= _PATTERN_TAGS else (None, plan, plan)
                    if len(known) < _MAX_PLANS:
                        known[key] = got
                pattern = got[0]
                if pattern is not None:
                    same_size = recent.setdefault(tags, [])
                    same_size.insert(0, (pattern, got[1]))
                    del same_size[_RECENT:]
                    texts = pattern.fullmatch(body).groups()  # type: ignore[union-attr]
                    plan = got[1]
                else:
                    texts = parts[0::2]
                    plan = got[2]
            found = _run(plan, texts) if plan else None
            if found is not None:
                yield raw_id, found[0], found[1]
                continue
            declined += 1
            if k + 1 in _TALLIES and declined * 4 > (k + 1) * 3:
                raise NeedsTree("most entries declined: libxml2's streaming reader is faster")
            if parser is None:
                parser = etree.XMLParser(**PARSER_OPTIONS)
            try:
                yield etree.fromstring(data[pos:data.index(b">", close) + 1], parser)
            except etree.XMLSyntaxError:
                raise NeedsTree("an entry that does not parse alone") from None


def scan(data: bytes, roots: frozenset[str]) -> TextEntries | None:
    """The entries of a TBX file to be read from its text, or None when the file is to be read by `tbx_tree`."""
    head = data[:4]
    if b"\x00" in head or head.startswith((b"\xfe\xff", b"\xff\xfe")):
        return None  # UTF-16 or UTF-32
    decl = _DECL.match(data, 3 if data.startswith(b"\xef\xbb\xbf") else 0)
    if decl is not None and decl.group(1).lower() != b"utf-8":
        return None
    if b"<!DOCTYPE" in data:
        return None
    parser = etree.XMLParser(target=_Nothing(), **PARSER_OPTIONS)
    try:
        etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None  # the reader of the whole tree reports it
    if len(parser.error_log):  # an undeclared namespace prefix: libxml2 refuses the tree
        return None
    root = next((m for m in START_TAGS.finditer(data) if m.group(1) is not None), None)
    if root is None or root.group(1).decode("utf-8", "replace") not in roots:
        return None
    offsets = entry_offsets(data)
    return TextEntries(data, Lines(count_lines(data, offsets), data, offsets))


class _Nothing:
    """A parser target that builds nothing: libxml2 only checks the document."""

    def close(self) -> None:
        return None


class _Node:
    __slots__ = ("name", "attrs", "children", "slot", "start")

    def __init__(self, name: str, attrs: dict[str, str], start: int) -> None:
        self.name = name
        self.attrs = attrs
        self.children: list[_Node] = []
        self.slot: int | None = None
        self.start = start


def _tree(markup: tuple[str, ...]) -> list[_Node] | None:
    """The elements of an entry's markup (its children), each leaf with the index of its text; None if not plain."""
    top = _Node("", {}, -1)
    stack = [top]
    for i, piece in enumerate(markup):
        m = _TAG.fullmatch(piece)
        if m is None:
            return None  # a comment, CDATA section, processing instruction or prefixed name
        end, name, attrs, empty = m.groups()
        if end:
            node = stack.pop()
            if attrs or empty or node is top or node.name != name:  # pragma: no cover - libxml2 refused those
                return None
            if node.start == i - 1:
                node.slot = i  # the text between its start and end tags: the i-th text of the entry
            continue
        node = _Node(name, _attrs(attrs), i)
        stack[-1].children.append(node)
        if not empty:
            stack.append(node)
    return top.children if len(stack) == 1 else None


def _plan(markup: tuple[str, ...]) -> Plan:
    """The steps `read_flat` takes on an entry of this markup, or `_DECLINE` when it would return None whatever the
    texts (or the markup is not plain)."""
    children = _tree(markup)
    if children is None:
        return _DECLINE
    steps: list[_Take | _Hold] = []
    sections: list[_Node] = []
    for el in children:
        el_kind = kind(el.name)
        if el_kind == SECTION:
            sections.append(el)
        elif el_kind == HOLDER:
            continue
        elif el.children:
            return _DECLINE
        elif el_kind in TAKEN:
            steps.append(_take(el, "", el_kind))
    for sec in sections:
        code = sec.attrs.get("xml:lang") or sec.attrs.get("lang")
        if not code:
            return _DECLINE
        lang = code_lang(code)
        holders: list[_Node] = []
        for el in sec.children:
            el_kind = kind(el.name)
            if el_kind == HOLDER:
                holders.append(el)
            elif el.children or el_kind == TERM:
                return _DECLINE
            elif el_kind in TAKEN:
                steps.append(_take(el, lang, el_kind))
        for holder in holders:
            term: _Node | None = None
            notes: list[_Note] = []
            for el in holder.children:
                if el.children:
                    return _DECLINE
                el_kind = kind(el.name)
                if el_kind == TERM:
                    if term is None:
                        term = el
                elif el_kind == NOTE:
                    notes.append(_Note(_DETAIL, "", el_kind, "note", el.slot))
                elif el_kind == TERM_NOTE or el_kind == DESCRIP:
                    typ, role = note_type(el.attrs.get("type"))
                    op = _STATUS if role == STATUS_NOTE else _DETAIL if role == OTHER_NOTE else role
                    notes.append(_Note(op, typ, el_kind, typ or el.name, el.slot))
            if term is None or term.slot is None:
                return _DECLINE  # no term, or an empty one: a problem to report
            steps.append(_Hold(lang, lang in ("zh", "en"), term.slot, tuple(notes)))
    return tuple(steps)


def _take(el: _Node, lang: str, el_kind: int) -> _Take:
    """The step keeping what a descrip, note or admin element outside the term holders says (`Info.take_value`)."""
    typ = (el.attrs.get("type") or "").strip()
    if typ == CASE:
        return _Take(_CASE, "", el.slot)
    if typ.lower() == "definition":
        return _Take(_DEFINITIONS, f"{lang}: " if lang else "", el.slot)
    if el_kind == NOTE or typ.lower() in ("note", "usage note", "comment"):
        return _Take(_NOTES, "", el.slot)
    return _Take(_DETAILS, f"{lang + ' ' if lang else ''}{typ or el.name}: ", el.slot)


def _text(raw: str) -> str:
    """The text of an element as `read_flat` keeps it: `tbx_vocab.clean` of its unescaped raw text."""
    return clean(unescape(raw) if "&" in raw else raw)


def _run(plan: Plan, parts: Sequence[str]) -> tuple[Terms, Info] | None:
    """`read_flat` of an entry split into `parts`, by the plan of its markup; None where `read_flat` gives None."""
    info = Info()
    terms: Terms = {"zh": [], "en": []}
    statuses, by_text, details = STATUSES, _STATUS_TEXTS, info.details
    kept_lists = (info.notes, info.definitions, details)
    for step in plan:
        if isinstance(step, _Take):
            where, before, slot = step
            value = "" if slot is None else _text(parts[slot])
            if where == _CASE:
                info.case_sensitive = is_true(value)
            elif value:
                kept_lists[where].append(f"{before}{value}" if before else value)
            continue
        lang, kept, term_slot, notes = step
        term = _text(parts[term_slot])
        if not term:
            return None
        term_status: TermStatus | None = None
        prefix = ""
        for op, typ, el_kind, label, slot in notes:
            if op == _STATUS:  # by the text as written: statuses are few
                got = by_text.get(parts[slot] if slot is not None else "", UNKNOWN)
                if got is None:
                    return None
                if got is not UNKNOWN:
                    if term_status is None or got is _DEPRECATED:
                        term_status = got  # type: ignore[assignment]
                    continue
            value = "" if slot is None else _text(parts[slot])
            if op == _STATUS:
                got = statuses.get(value, UNKNOWN)
                if got is UNKNOWN:
                    got = status_of(value)
                if len(by_text) < _MAX_PLANS:
                    by_text[parts[slot] if slot is not None else ""] = got
                if got is None:
                    return None
                if term_status is None or got is _DEPRECATED:
                    term_status = got  # type: ignore[assignment]
            elif op == _DETAIL:
                if value:
                    prefix = prefix or f"{lang} {term!r}: "
                    details.append(f"{prefix}{label} {value}")
            else:  # a case flag or a definition
                info.note(lang, repr(term), typ, op, value, el_kind, label)
        if kept:
            terms[lang].append((term, term_status))
    return terms, info


