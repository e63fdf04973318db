"""TBX glossaries: read TBX v3, TBX-Basic, older `martif` and MultiTerm XML tolerantly; write TBX-Basic v3.

Parsing refuses entity declarations and external references as defusedxml does (see `_parse`),
so an XXE pointing at a local file is refused and entity expansion bombs stop at the declaration.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import lru_cache
from typing import Any
from xml.parsers import expat

from zhen_qa.glossary.formats.files import read_bounded
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
ENTRIES = frozenset({"termEntry", "conceptEntry", "conceptGrp"})
LANG_SECTIONS = frozenset({"langSet", "langSec", "languageGrp"})
HOLDERS = frozenset({"tig", "ntig", "termSec", "termGrp"})
_STATUS_OUT = {TermStatus.PREFERRED: "preferredTerm-admn-sts", TermStatus.ADMITTED: "admittedTerm-admn-sts",
               TermStatus.DEPRECATED: "deprecatedTerm-admn-sts"}
_CASE = "x-caseSensitive"


@lru_cache(maxsize=512)
def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Unsafe(Exception):
    """An entity declaration or external reference in a termbase."""


def _refuse(*_args: object) -> None:
    raise _Unsafe


def _parse(path: str) -> tuple[ET.Element, dict[int, int]]:
    """The element tree of a TBX file and the line where each element starts (keyed by id(element)).

    expat drives the C TreeBuilder directly (one Python call per element, not three as through
    ElementTree's parser): 50,000 entries parse in about a second. Entity declarations and external
    references are refused as they are declared, as defusedxml does, so no entity is ever expanded.
    """
    name = str(path)
    data = read_bounded(name, MAX_BYTES, "split the termbase")
    builder = ET.TreeBuilder()
    lines: dict[int, int] = {}
    parser = expat.ParserCreate(namespace_separator="}")

    def start(tag: str, attrs: dict[str, str]) -> None:
        if "}" in tag:
            tag = "{" + tag
        if attrs and any("}" in k for k in attrs):
            attrs = {("{" + k if "}" in k else k): v for k, v in attrs.items()}
        lines[id(builder.start(tag, attrs))] = parser.CurrentLineNumber

    def end(tag: str) -> None:
        builder.end("{" + tag if "}" in tag else tag)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse  # type: ignore[assignment]
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
        root = builder.close()
    except _Unsafe:
        raise InputError(f"{name}: line {parser.CurrentLineNumber}: refused unsafe XML (entity declarations and "
                         "external references are not allowed in a glossary); remove the <!DOCTYPE> declaration: "
                         "TBX needs no DTD") from None
    except expat.ExpatError as exc:
        raise InputError(f"{name}: line {exc.lineno}: not well-formed XML ({exc})") from None
    if root is None:  # pragma: no cover - expat reports a document without an element
        raise InputError(f"{name}: line 1: not well-formed XML (no element found)")
    return root, lines


def _text(el: ET.Element) -> str:
    if len(el) == 0:
        text = el.text or ""
        return text.strip() if " " not in text.strip() and "\n" not in text else " ".join(text.split())
    return " ".join("".join(el.itertext()).split())


@lru_cache(maxsize=256)
def _status(value: str) -> TermStatus | None:
    """The status named by an administrativeStatus or normativeAuthorization value, None when not understood."""
    v = value.strip().lower().replace("-admn-sts", "").replace(" ", "")
    for words, status in _STATUS_WORDS:
        if any(w in v for w in words):
            return status
    return None


def read(path: str, columns: Mapping[str, str] | None = None) -> tuple[list[Concept], list[str], list[Problem]]:
    """Concepts of a TBX file, where each came from ("line N") and what was repaired; InputError if unreadable.

    Dialects: TBX v3 (`conceptEntry`/`langSec`/`termSec`), TBX-Basic and older `martif` (`termEntry`/`langSet`/
    `tig`/`ntig`/`termGrp`), MultiTerm XML exports (`mtf`/`conceptGrp`/`languageGrp`/`termGrp`), any namespace.
    `columns` is not used (tables only).
    """
    name = str(path)
    root, lines = _parse(path)
    if _local(root.tag) not in ROOTS:
        raise InputError(f"{name}: line {lines.get(id(root), 1)}: not a TBX file (root {_local(root.tag)!r}); "
                         "expected <tbx>, <martif> or a MultiTerm <mtf>")
    reader = _Reader(name, lines)
    concepts: list[Concept] = []
    where: list[str] = []
    without = 0
    for n, entry in enumerate(e for e in root.iter() if _local(e.tag) in ENTRIES):
        line = lines.get(id(entry), 0)
        cid = (entry.get("id") or "").strip() or f"c{n + 1}"
        concept = reader.concept(entry, cid)
        if concept is None:
            without += 1
            continue
        concepts.append(concept)
        where.append(f"line {line}")
    if without:
        reader.problems.append(Problem(name, "", "term", "no-zh-en",
                                       f"{without} entries have no Chinese or English term; skipped"))
    return concepts, where, reader.problems


class _Reader:
    """Turns TBX entries into concepts, collecting the problems repaired on the way."""

    def __init__(self, name: str, lines: dict[int, int]) -> None:
        self.name = name
        self.lines = lines
        self.problems: list[Problem] = []

    def _at(self, el: ET.Element, fallback: int = 0) -> str:
        return f"line {self.lines.get(id(el), fallback)}"

    def concept(self, entry: ET.Element, cid: str) -> Concept | None:
        """One concept, or None when the entry has no Chinese or English term."""
        terms: dict[str, list[tuple[str, TermStatus | None]]] = {"zh": [], "en": []}
        info = _Info()
        sections: list[ET.Element] = []
        for el in _walk(entry, LANG_SECTIONS | HOLDERS):
            if _local(el.tag) in LANG_SECTIONS:
                sections.append(el)
            else:
                info.take(el, "")
        for sec in sections:
            lang = lang_of(_lang(sec))
            holders: list[ET.Element] = []
            bare: list[ET.Element] = []
            for el in _walk(sec, HOLDERS):
                tag = _local(el.tag)
                if tag in HOLDERS:
                    holders.append(el)
                elif tag == "term":
                    bare.append(el)
                else:
                    info.take(el, lang)
            for holder in holders or bare:
                found = self._term(holder, lang, info, cid)
                if found is not None and lang:
                    terms[lang].append(found)
        if not terms["zh"] and not terms["en"]:
            return None
        fields: dict[str, Any] = {}
        for lang, items in terms.items():
            preferred = [t for t, s in items if s is TermStatus.PREFERRED]
            if len(preferred) > 1:
                self.problems.append(Problem(self.name, self._at(entry), "administrativeStatus", "several-preferred",
                                             f"{len(preferred)} preferred {lang} terms in concept {cid!r}; the first "
                                             "kept as preferred, the others as admitted"))
            admitted = preferred[1:] + [t for t, s in items if s is TermStatus.ADMITTED or s is None]
            preferred = preferred[:1]
            if not preferred and admitted:
                preferred = [admitted.pop(0)]
            fields[lang] = preferred[0] if preferred else ""
            fields[f"{lang}_admitted"] = tuple(admitted)
            fields[f"{lang}_deprecated"] = tuple(t for t, s in items if s is TermStatus.DEPRECATED)
        return Concept(id=cid, note=" / ".join(dict.fromkeys(info.notes)), case_sensitive=info.case_sensitive,
                       definition=" / ".join(dict.fromkeys(info.definitions)),
                       details=tuple(dict.fromkeys(info.details)), **fields)

    def _term(self, holder: ET.Element, lang: str, info: "_Info", cid: str) -> tuple[str, TermStatus | None] | None:
        """(term, status) of one term holder (tig, ntig, termSec, termGrp or a bare term), None when empty."""
        term_el: ET.Element | None = None
        notes: list[ET.Element] = []
        for el in holder.iter():
            tag = _local(el.tag)
            if tag == "term":
                term_el = term_el if term_el is not None else el
            elif tag in ("termNote", "descrip", "note"):
                notes.append(el)
        if term_el is None:
            self.problems.append(Problem(self.name, self._at(holder), "term", "missing-term",
                                         f"<{_local(holder.tag)}> without <term> in concept {cid!r}; skipped"))
            return None
        text = _text(term_el)
        if not text:
            if lang:
                self.problems.append(Problem(self.name, self._at(term_el, self.lines.get(id(holder), 0)), "term",
                                             "empty-term", f"empty {lang} term in concept {cid!r}; skipped"))
            return None
        status: TermStatus | None = None
        for el in notes:
            value = _text(el)
            if _local(el.tag) == "note":
                if value:
                    info.details.append(f"{lang} {text!r}: note {value}")
                continue
            kind = (el.get("type") or "").strip()
            low = kind.lower()
            if low in ("administrativestatus", "normativeauthorization"):
                got = _status(value)
                if got is None:
                    self.problems.append(Problem(self.name, self._at(el), kind, "unknown-status",
                                                 f"unknown status {value!r} of term {text!r}; taken as admitted"))
                elif status is None or got is TermStatus.DEPRECATED:
                    status = got
            elif kind == _CASE:
                info.case_sensitive = value.lower() in ("true", "yes", "1")
            elif low == "definition":
                info.definitions.append(f"{lang}: {value}" if lang else value)
            elif value:
                info.details.append(f"{lang} {text!r}: {kind or _local(el.tag)} {value}")
        return text, status


class _Info:
    """Notes, definitions and details gathered from one entry."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.definitions: list[str] = []
        self.details: list[str] = []
        self.case_sensitive = False

    def take(self, el: ET.Element, lang: str) -> None:
        """Keep what a descrip, note or admin element outside the term holders says."""
        tag = _local(el.tag)
        if tag not in ("descrip", "note", "admin"):
            return
        kind = (el.get("type") or "").strip()
        value = _text(el)
        if kind == _CASE:
            self.case_sensitive = value.lower() in ("true", "yes", "1")
        elif not value:
            return
        elif kind.lower() == "definition":
            self.definitions.append(f"{lang}: {value}" if lang else value)
        elif tag == "note" or kind.lower() in ("note", "usage note", "comment"):
            self.notes.append(value)
        else:
            self.details.append(f"{lang + ' ' if lang else ''}{kind or tag}: {value}")


def _walk(el: ET.Element, stop: frozenset[str]) -> list[ET.Element]:
    """Descendants of `el` (not `el`) in document order, not descending into elements named in `stop` (listed)."""
    out: list[ET.Element] = []
    stack = list(reversed(el))
    while stack:
        child = stack.pop()
        out.append(child)
        if len(child) and _local(child.tag) not in stop:
            stack.extend(reversed(child))
    return out


def _lang(section: ET.Element) -> str:
    """The language of a langSet/langSec, or of a MultiTerm languageGrp (its <language lang=.. type=..>)."""
    code = section.get(_XML_LANG) or section.get("lang") or ""
    if code:
        return code
    for child in section:
        if _local(child.tag) == "language":
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
