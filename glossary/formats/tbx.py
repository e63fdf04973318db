"""TBX glossaries (ISO 30042 TBX-Basic): read 2008 `martif` and TBX v3 (`ed-2`, `ed:3.0`), write TBX v3.

Parsing goes through defusedxml with entity declarations and external references forbidden,
so an XXE pointing at a local file is refused and entity expansion bombs stop at the declaration.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from zhen_qa.glossary.formats.files import read_bounded
from zhen_qa.glossary.model import Concept, Glossary, TermStatus
from zhen_qa.manuscript.errors import InputError

MAX_BYTES = 128 * 1024 * 1024
"""Largest TBX file accepted."""

NAMESPACES = ("urn:iso:std:iso:30042:ed-2", "urn:iso:std:iso:30042:ed:3.0", "")
"""Root namespaces understood ("" is TBX-Basic 2008 `martif` without a namespace)."""

WRITE_NAMESPACE = "urn:iso:std:iso:30042:ed-2"

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS = {
    "preferredterm-admn-sts": TermStatus.PREFERRED,
    "admittedterm-admn-sts": TermStatus.ADMITTED,
    "deprecatedterm-admn-sts": TermStatus.DEPRECATED,
    "supersededterm-admn-sts": TermStatus.DEPRECATED,
}
_STATUS_OUT = {TermStatus.PREFERRED: "preferredTerm-admn-sts", TermStatus.ADMITTED: "admittedTerm-admn-sts",
               TermStatus.DEPRECATED: "deprecatedTerm-admn-sts"}
_CASE = "x-caseSensitive"


class _LineBuilder(ET.TreeBuilder):
    """A tree builder that remembers the line where each element starts."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, int] = {}
        self.parser: Any = None

    def start(self, tag: Any, attrs: Any) -> ET.Element:
        elem = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[id(elem)] = self.parser.parser.CurrentLineNumber
        return elem


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _ns(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _parse(path: str) -> tuple[ET.Element, dict[int, int]]:
    name = str(path)
    data = read_bounded(name, MAX_BYTES, "split the termbase")
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException:
        line = parser.parser.CurrentLineNumber
        raise InputError(f"{name}: line {line}: refused unsafe XML (entity declarations and external references "
                         "are not allowed in a glossary); remove the <!DOCTYPE> declaration: TBX needs no DTD") \
            from None
    except ET.ParseError as exc:
        line = getattr(exc, "position", (0, 0))[0]
        raise InputError(f"{name}: line {line}: not well-formed XML ({exc})") from None
    return root, builder.lines


def _status(value: str, name: str, line: int) -> TermStatus:
    status = _STATUS.get(value.strip().lower())
    if status is None:
        raise InputError(f"{name}: line {line}, field administrativeStatus: unknown status {value.strip()!r}; "
                         f"expected one of {', '.join(_STATUS_OUT.values())}, supersededTerm-admn-sts")
    return status


def read(path: str) -> tuple[list[Concept], list[str]]:
    """Concepts of a TBX file and where each came from ("line N"); InputError on a malformed file."""
    name = str(path)
    root, lines = _parse(path)
    if _local(root.tag) not in ("tbx", "martif") or _ns(root.tag) not in NAMESPACES:
        raise InputError(f"{name}: line {lines.get(id(root), 1)}: not a TBX file (root {root.tag!r}); "
                         "expected <tbx> in namespace urn:iso:std:iso:30042:ed-2 or ed:3.0, or <martif>")
    concepts: list[Concept] = []
    where: list[str] = []
    for n, entry in enumerate(e for e in root.iter() if _local(e.tag) in ("termEntry", "conceptEntry")):
        line = lines.get(id(entry), 0)
        cid = (entry.get("id") or "").strip() or f"c{n + 1}"
        concepts.append(_concept(entry, cid, name, lines))
        where.append(f"line {line}")
    return concepts, where


def _concept(entry: ET.Element, cid: str, name: str, lines: dict[int, int]) -> Concept:
    terms: dict[str, list[tuple[str, TermStatus | None]]] = {"zh": [], "en": []}
    note = ""
    case_sensitive = False
    for child in entry:
        tag = _local(child.tag)
        if tag in ("note", "descrip") and child.get("type") != _CASE and not note:
            note = "".join(child.itertext()).strip()
        if child.get("type") == _CASE:
            case_sensitive = "".join(child.itertext()).strip().lower() in ("true", "yes", "1")
        if tag not in ("langSet", "langSec"):
            continue
        lang = (child.get(_XML_LANG) or child.get("lang") or "").lower()
        key = "zh" if lang.startswith("zh") else "en" if lang.startswith("en") else ""
        for holder in child.iter():
            if _local(holder.tag) not in ("tig", "ntig", "termSec"):
                continue
            term_el = next((e for e in holder.iter() if _local(e.tag) == "term"), None)
            hline = lines.get(id(holder), 0)
            if term_el is None:
                raise InputError(f"{name}: line {hline}, field term: missing <term> in <{_local(holder.tag)}>")
            text = "".join(term_el.itertext()).strip()
            if not text:
                raise InputError(f"{name}: line {lines.get(id(term_el), hline)}, field term: empty term")
            status: TermStatus | None = None
            for note_el in holder.iter():
                if _local(note_el.tag) == "termNote" and note_el.get("type") == "administrativeStatus":
                    status = _status("".join(note_el.itertext()), name, lines.get(id(note_el), hline))
                if _local(note_el.tag) == "termNote" and note_el.get("type") == _CASE:
                    case_sensitive = "".join(note_el.itertext()).strip().lower() in ("true", "yes", "1")
            if key:
                terms[key].append((text, status))
                if status is TermStatus.PREFERRED and sum(s is TermStatus.PREFERRED for _t, s in terms[key]) > 1:
                    raise InputError(f"{name}: line {hline}, field administrativeStatus: second preferred "
                                     f"{key} term {text!r} in concept {cid!r}; mark it admittedTerm-admn-sts")
    fields: dict[str, Any] = {}
    for lang, items in terms.items():
        preferred = [t for t, s in items if s is TermStatus.PREFERRED]
        admitted = [t for t, s in items if s is TermStatus.ADMITTED or s is None]
        if not preferred and admitted:
            preferred = [admitted.pop(0)]
        fields[lang] = preferred[0] if preferred else ""
        fields[f"{lang}_admitted"] = tuple(admitted)
        fields[f"{lang}_deprecated"] = tuple(t for t, s in items if s is TermStatus.DEPRECATED)
    return Concept(id=cid, note=note, case_sensitive=case_sensitive, **fields)


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
