"""TBX glossaries: read TBX v3, TBX-Basic, older `martif` and MultiTerm XML tolerantly; write TBX-Basic v3.

Parsing (`tbx_tree`) refuses entity declarations and external references, so an XXE pointing at a local
file is refused and entity expansion bombs stop at the declaration.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any

from lxml import etree

from zhen_qa.glossary.formats.files import read_bounded
from zhen_qa.glossary.formats.tbx_tree import ENTRY_NAMES, Tree, parse, root_line
from zhen_qa.glossary.langs import lang_of
from zhen_qa.glossary.model import Concept, Glossary, TermStatus
from zhen_qa.glossary.problems import Problem
from zhen_qa.manuscript.errors import InputError

MAX_BYTES = 128 * 1024 * 1024
"""Largest TBX file accepted."""

WRITE_NAMESPACE = "urn:iso:std:iso:30042:ed-2"

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS_WORDS = (  # words in an administrativeStatus/normativeAuthorization value; first match wins
    (("deprecated", "superseded", "obsolete", "forbidden", "notrecommended", "rejected"), TermStatus.DEPRECATED),
    (("preferred", "standardized", "legal", "regulated"), TermStatus.PREFERRED),
    (("admitted", "proposed"), TermStatus.ADMITTED),
)
ROOTS = frozenset({"tbx", "martif", "mtf"})
ENTRIES = frozenset(ENTRY_NAMES)
LANG_SECTIONS = frozenset({"langSet", "langSec", "languageGrp"})
HOLDERS = frozenset({"tig", "ntig", "termSec", "termGrp"})
_STATUS_OUT = {TermStatus.PREFERRED: "preferredTerm-admn-sts", TermStatus.ADMITTED: "admittedTerm-admn-sts",
               TermStatus.DEPRECATED: "deprecatedTerm-admn-sts"}
_CASE = "x-caseSensitive"


_OTHER, _SECTION, _HOLDER, _TERM, _DESCRIP, _NOTE, _ADMIN, _TERM_NOTE, _LANGUAGE = range(1, 10)
_KIND_OF_NAME = {
    **{name: _SECTION for name in LANG_SECTIONS}, **{name: _HOLDER for name in HOLDERS},
    "term": _TERM, "descrip": _DESCRIP, "note": _NOTE, "admin": _ADMIN, "termNote": _TERM_NOTE,
    "language": _LANGUAGE,
}
_TAKEN = (_DESCRIP, _NOTE, _ADMIN)
"""Kinds of the elements outside term holders whose text is kept (`_Info.take`)."""
_KINDS: dict[object, int] = {}
"""Kind of each tag as lxml spells it ("{namespace}local"); filled as tags are met."""


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _kind(tag: object) -> int:
    """What an element is to the reader (section, term holder, term, note...), from its tag in any namespace."""
    kind = _KINDS.get(tag)
    if kind is None:
        kind = _KIND_OF_NAME.get(_local(tag), _OTHER)
        if len(_KINDS) < 4096:  # a file of made-up tags does not grow the table without end
            _KINDS[tag] = kind
    return kind


def _text(el: etree._Element) -> str:
    if len(el) == 0:
        text = el.text or ""
        stripped = text.strip()
        return stripped if " " not in stripped and "\n" not in text else " ".join(text.split())
    return " ".join("".join(el.itertext()).split())


def _status(value: str) -> TermStatus | None:
    """The status named by an administrativeStatus or normativeAuthorization value, None when not understood."""
    status = _STATUSES.get(value, _UNKNOWN)
    if status is _UNKNOWN:
        v = value.strip().lower().replace("-admn-sts", "").replace(" ", "")
        status = next((s for words, s in _STATUS_WORDS if any(w in v for w in words)), None)
        if len(_STATUSES) < 512:
            _STATUSES[value] = status
    return status  # type: ignore[return-value]


_UNKNOWN = object()
_STATUSES: dict[str, object] = {}


def read(path: str, columns: Mapping[str, str] | None = None) -> tuple[list[Concept], list[str], list[Problem]]:
    """Concepts of a TBX file, where each came from ("line N") and what was repaired; InputError if unreadable.

    Dialects: TBX v3 (`conceptEntry`/`langSec`/`termSec`), TBX-Basic and older `martif` (`termEntry`/`langSet`/
    `tig`/`ntig`/`termGrp`), MultiTerm XML exports (`mtf`/`conceptGrp`/`languageGrp`/`termGrp`), any namespace.
    `columns` is not used (tables only).
    """
    name = str(path)
    tree = parse(name, read_bounded(name, MAX_BYTES, "split the termbase"))
    root = tree.root
    if _local(root.tag) not in ROOTS:
        line = root_line(tree.text) if tree.text else root.sourceline
        raise InputError(f"{name}: line {line}: not a TBX file (root {_local(root.tag)!r}); "
                         "expected <tbx>, <martif> or a MultiTerm <mtf>")
    reader = _Reader(name, tree)
    concepts: list[Concept] = []
    where: list[str] = []
    without = 0
    for n, entry in enumerate(tree.entries):
        cid = (entry.get("id") or "").strip() or f"c{n + 1}"
        concept = reader.concept(entry, cid, n)
        if concept is None:
            without += 1
            continue
        concepts.append(concept)
        where.append(f"line {tree.entry_lines[n]}")
    if without:
        reader.problems.append(Problem(name, "", "term", "no-zh-en",
                                       f"{without} entries have no Chinese or English term; skipped"))
    return concepts, where, reader.problems


class _Reader:
    """Turns TBX entries into concepts, collecting the problems repaired on the way."""

    def __init__(self, name: str, tree: Tree) -> None:
        self.name = name
        self.tree = tree
        self.problems: list[Problem] = []

    def _at(self, el: etree._Element, entry: int) -> str:
        return f"line {self.tree.line(el, entry)}"

    def concept(self, entry: etree._Element, cid: str, index: int) -> Concept | None:
        """One concept from entry number `index`, or None when it has no Chinese or English term."""
        terms: dict[str, list[tuple[str, TermStatus | None]]] = {"zh": [], "en": []}
        info = _Info()
        sections: list[etree._Element] = []
        kinds = _KINDS
        for el in entry:  # entry level: not into language sections or term holders
            kind = kinds.get(el.tag) or _kind(el.tag)
            if kind == _SECTION:
                sections.append(el)
            elif kind != _HOLDER:
                if kind in _TAKEN:
                    info.take(el, "", kind)
                if len(el):
                    for inner, inner_kind in _walk(el, False):
                        if inner_kind == _SECTION:
                            sections.append(inner)
                        elif inner_kind in _TAKEN:
                            info.take(inner, "", inner_kind)
        for sec in sections:
            lang = _section_lang(sec)
            holders: list[etree._Element] = []
            bare: list[etree._Element] = []
            for el in sec:  # a language section: not into term holders
                kind = kinds.get(el.tag) or _kind(el.tag)
                if kind == _HOLDER:
                    holders.append(el)
                    continue
                if kind == _TERM:
                    bare.append(el)
                elif kind in _TAKEN:
                    info.take(el, lang, kind)
                if len(el):
                    for inner, inner_kind in _walk(el, True):
                        if inner_kind == _HOLDER:
                            holders.append(inner)
                        elif inner_kind == _TERM:
                            bare.append(inner)
                        elif inner_kind in _TAKEN:
                            info.take(inner, lang, inner_kind)
            found_terms = terms[lang] if lang else None
            for holder in holders or bare:
                found = self._term(holder, lang, info, cid, index, not holders)
                if found is not None and found_terms is not None:
                    found_terms.append(found)
        if not terms["zh"] and not terms["en"]:
            return None
        fields: dict[str, Any] = {}
        for lang, items in terms.items():
            if not items:
                fields[lang] = ""
                continue
            preferred = [t for t, s in items if s is TermStatus.PREFERRED]
            if len(preferred) > 1:
                self.problems.append(Problem(self.name, f"line {self.tree.entry_lines[index]}", "administrativeStatus",
                                             "several-preferred", f"{len(preferred)} preferred {lang} terms in concept "
                                             f"{cid!r}; the first kept as preferred, the others as admitted"))
            admitted = preferred[1:] + [t for t, s in items if s is TermStatus.ADMITTED or s is None]
            preferred = preferred[:1]
            if not preferred and admitted:
                preferred = [admitted.pop(0)]
            fields[lang] = preferred[0] if preferred else ""
            if admitted:
                fields[f"{lang}_admitted"] = tuple(admitted)
            deprecated = tuple(t for t, s in items if s is TermStatus.DEPRECATED)
            if deprecated:
                fields[f"{lang}_deprecated"] = deprecated
        if info.notes:
            fields["note"] = " / ".join(dict.fromkeys(info.notes))
        if info.definitions:
            fields["definition"] = " / ".join(dict.fromkeys(info.definitions))
        if info.details:
            fields["details"] = tuple(dict.fromkeys(info.details))
        return Concept(id=cid, case_sensitive=info.case_sensitive, **fields)

    def _term(self, holder: etree._Element, lang: str, info: "_Info", cid: str, index: int,
              bare: bool) -> tuple[str, TermStatus | None] | None:
        """(term, status) of one term holder (tig, ntig, termSec, termGrp or, `bare`, a term), None when empty."""
        term_el: etree._Element | None = holder if bare else None
        notes: list[tuple[etree._Element, int]] = []
        kinds = _KINDS
        for el in (holder.iterdescendants() if bare else holder):
            kind = kinds.get(el.tag) or _kind(el.tag)
            if kind == _TERM:
                if term_el is None:
                    term_el = el
            elif kind == _TERM_NOTE or kind == _DESCRIP or kind == _NOTE:
                notes.append((el, kind))
            if not bare and len(el):  # deeper (ntig/termGrp/term): everything inside the holder counts
                for inner in el.iterdescendants():
                    kind = kinds.get(inner.tag) or _kind(inner.tag)
                    if kind == _TERM:
                        if term_el is None:
                            term_el = inner
                    elif kind == _TERM_NOTE or kind == _DESCRIP or kind == _NOTE:
                        notes.append((inner, kind))
        if term_el is None:
            self.problems.append(Problem(self.name, self._at(holder, index), "term", "missing-term",
                                         f"<{_local(holder.tag)}> without <term> in concept {cid!r}; skipped"))
            return None
        text = _text(term_el)
        if not text:
            if lang:
                self.problems.append(Problem(self.name, self._at(term_el, index), "term", "empty-term",
                                             f"empty {lang} term in concept {cid!r}; skipped"))
            return None
        status: TermStatus | None = None
        quoted = ""
        note_types, statuses = _NOTE_TYPES, _STATUSES
        for el, kind in notes:
            if len(el):  # _text, inlined: this loop runs for every termNote of the file
                value = " ".join("".join(el.itertext()).split())
            else:
                raw = el.text or ""
                value = raw.strip()
                if " " in value or "\n" in raw:
                    value = " ".join(raw.split())
            if kind == _NOTE:
                if value:
                    info.details.append(f"{lang} {text!r}: note {value}")
                continue
            attr = el.get("type")
            typ, role = note_types.get(attr) or _note_type(attr)
            if role == _STATUS_NOTE:
                got = statuses.get(value, _UNKNOWN)
                if got is _UNKNOWN:
                    got = _status(value)
                if got is None:
                    self.problems.append(Problem(self.name, self._at(el, index), typ, "unknown-status",
                                                 f"unknown status {value!r} of term {text!r}; taken as admitted"))
                elif status is None or got is TermStatus.DEPRECATED:
                    status = got  # type: ignore[assignment]
            elif role == _CASE_NOTE:
                info.case_sensitive = value.lower() in ("true", "yes", "1")
            elif role == _DEFINITION_NOTE:
                info.definitions.append(f"{lang}: {value}" if lang else value)
            elif value:
                quoted = quoted or repr(text)
                info.details.append(f"{lang} {quoted}: {typ or _local(el.tag)} {value}")
        return text, status


_STATUS_NOTE, _CASE_NOTE, _DEFINITION_NOTE, _OTHER_NOTE = range(4)
_NOTE_TYPES: dict[str | None, tuple[str, int]] = {}


def _note_type(raw: str | None) -> tuple[str, int]:
    """The type attribute of a termNote/descrip (stripped) and what it says: status, case, definition, other."""
    found = _NOTE_TYPES.get(raw)
    if found is None:
        typ = (raw or "").strip()
        low = typ.lower()
        role = (_STATUS_NOTE if low in ("administrativestatus", "normativeauthorization") else
                _CASE_NOTE if typ == _CASE else _DEFINITION_NOTE if low == "definition" else _OTHER_NOTE)
        found = (typ, role)
        if len(_NOTE_TYPES) < 512:
            _NOTE_TYPES[raw] = found
    return found


class _Info:
    """Notes, definitions and details gathered from one entry."""

    __slots__ = ("notes", "definitions", "details", "case_sensitive")

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.definitions: list[str] = []
        self.details: list[str] = []
        self.case_sensitive = False

    def take(self, el: etree._Element, lang: str, kind: int) -> None:
        """Keep what a descrip, note or admin element (`kind`) outside the term holders says."""
        typ = (el.get("type") or "").strip()
        value = _text(el)
        if typ == _CASE:
            self.case_sensitive = value.lower() in ("true", "yes", "1")
        elif not value:
            return
        elif typ.lower() == "definition":
            self.definitions.append(f"{lang}: {value}" if lang else value)
        elif kind == _NOTE or typ.lower() in ("note", "usage note", "comment"):
            self.notes.append(value)
        else:
            self.details.append(f"{lang + ' ' if lang else ''}{typ or _local(el.tag)}: {value}")


def _walk(node: etree._Element, into_sections: bool) -> list[tuple[etree._Element, int]]:
    """(element, kind) of the descendants of `node` in document order, not descending into term holders, nor
    into language sections unless `into_sections`."""
    out: list[tuple[etree._Element, int]] = []
    kinds = _KINDS
    stack = [iter(node)]
    while stack:
        for el in stack[-1]:
            kind = kinds.get(el.tag) or _kind(el.tag)
            out.append((el, kind))
            if kind == _HOLDER or (kind == _SECTION and not into_sections) or not len(el):
                continue
            stack.append(iter(el))
            break
        else:
            stack.pop()
    return out


_LANGS: dict[str, str] = {}


def _section_lang(section: etree._Element) -> str:
    """"zh", "en" or "" for a language section."""
    code = _lang(section)
    lang = _LANGS.get(code)
    if lang is None:
        lang = lang_of(code)
        if len(_LANGS) < 512:
            _LANGS[code] = lang
    return lang


def _lang(section: etree._Element) -> str:
    """The language of a langSet/langSec, or of a MultiTerm languageGrp (its <language lang=.. type=..>)."""
    code = section.get(_XML_LANG) or section.get("lang") or ""
    if code:
        return code
    for child in section:
        if _kind(child.tag) == _LANGUAGE:
            return child.get("lang") or child.get("type") or ""
    return ""


def to_bytes(glossary: Glossary, path: str) -> bytes:
    """A glossary as TBX-Basic v3 (namespace urn:iso:std:iso:30042:ed-2, DCA style), UTF-8 (`path` is unused)."""
    ET.register_namespace("", WRITE_NAMESPACE)
    q = f"{{{WRITE_NAMESPACE}}}"
    root = ET.Element(f"{q}tbx", {"type": "TBX-Basic", "style": "dca", _XML_LANG: "en"})
    header = ET.SubElement(root, f"{q}tbxHeader")
    desc = ET.SubElement(ET.SubElement(header, f"{q}fileDesc"), f"{q}sourceDesc")
    ET.SubElement(desc, f"{q}p").text = "zhen-qa glossary"
    body = ET.SubElement(ET.SubElement(root, f"{q}text"), f"{q}body")
    for c in glossary.concepts:
        entry = ET.SubElement(body, f"{q}conceptEntry", {"id": c.id})
        if c.definition:
            ET.SubElement(entry, f"{q}descrip", {"type": "definition"}).text = c.definition
        if c.note:
            ET.SubElement(entry, f"{q}note").text = c.note
        if c.case_sensitive:
            ET.SubElement(entry, f"{q}descrip", {"type": _CASE}).text = "true"
        for lang in ("zh", "en"):
            items = list(c.terms(lang))
            if not items:
                continue
            lang_sec = ET.SubElement(entry, f"{q}langSec", {_XML_LANG: lang})
            for term, status, _field in items:
                sec = ET.SubElement(lang_sec, f"{q}termSec")
                ET.SubElement(sec, f"{q}term").text = term
                ET.SubElement(sec, f"{q}termNote", {"type": "administrativeStatus"}).text = _STATUS_OUT[status]
    tree = ET.ElementTree(root)
    ET.indent(tree, space="  ")
    buf = io.BytesIO()
    tree.write(buf, encoding="UTF-8", xml_declaration=True)
    return buf.getvalue() + b"\n"
