"""TBX glossaries: read TBX v3, TBX-Basic, older `martif` and MultiTerm XML tolerantly; write TBX-Basic v3.

Parsing (`tbx_tree`) refuses entity declarations and external references, so an XXE pointing at a local
file is refused and entity expansion bombs stop at the declaration. A plain UTF-8 file that libxml2 finds
well-formed is read from its text (`tbx_text`: one plan per distinct entry markup, the steps of `tbx_flat` on
its texts), each entry the plans decline parsed alone by libxml2; any other file has its entries read one at a
time as libxml2 parses them (`tbx_tree.Stream`), and a file with anything unusual for that (a syntax error to
report, nested entries) is read again as one tree. Parsed entries of the common shape are read in one pass
(`tbx_flat`), others by the general walk here; all give every element the meaning of `tbx_vocab`.
"""
from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence

from lxml import etree

from zhen_qa.glossary.formats.files import read_bounded
from zhen_qa.glossary.formats.tbx_flat import Terms, read_flat
from zhen_qa.glossary.formats.tbx_text import Read, scan
from zhen_qa.glossary.formats.tbx_tree import Lines, NeedsTree, Stream, parse, root_line
from zhen_qa.glossary.formats.tbx_vocab import (
    CASE,
    HOLDER,
    KINDS,
    NOTE,
    NOTE_KINDS,
    OTHER_NOTE,
    ROOTS,
    SECTION,
    STATUS_NOTE,
    STATUSES,
    TAKEN,
    TERM,
    UNKNOWN,
    XML_LANG,
    Info,
    kind,
    local,
    note_type,
    section_lang,
    status_of,
    text,
)
from zhen_qa.glossary.langs import lang_of
from zhen_qa.glossary.model import Concept, Glossary, TermStatus
from zhen_qa.glossary.problems import Problem
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.plural import plural

MAX_BYTES = 128 * 1024 * 1024
"""Largest TBX file accepted."""

WRITE_NAMESPACE = "urn:iso:std:iso:30042:ed-2"

_PREFERRED, _ADMITTED, _DEPRECATED = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED
_STATUS_OUT = {TermStatus.PREFERRED: "preferredTerm-admn-sts", TermStatus.ADMITTED: "admittedTerm-admn-sts",
               TermStatus.DEPRECATED: "deprecatedTerm-admn-sts"}


def read(path: str, columns: Mapping[str, str] | None = None) -> tuple[list[Concept], list[str], list[Problem]]:
    """Concepts of a TBX file, where each came from ("line N") and what was repaired; InputError if unreadable.

    Dialects: TBX v3 (`conceptEntry`/`langSec`/`termSec`), TBX-Basic and older `martif` (`termEntry`/`langSet`/
    `tig`/`ntig`/`termGrp`), MultiTerm XML exports (`mtf`/`conceptGrp`/`languageGrp`/`termGrp`), any namespace.
    `columns` is not used (tables only).
    """
    name = str(path)
    data = read_bounded(name, MAX_BYTES, "split the termbase")
    concepts, where, problems = _read(name, data)
    return concepts, where, [*problems, *_one_language(name, concepts, data)]


def _read(name: str, data: bytes) -> tuple[list[Concept], list[str], list[Problem]]:
    stream = Stream(name, data, ROOTS)  # refuses unsafe declarations first
    text_entries = scan(data, ROOTS)
    if text_entries is not None:
        try:
            return _read_entries(name, text_entries, text_entries.lines)
        except NeedsTree:
            pass
    try:
        return _read_entries(name, stream, stream.lines)
    except NeedsTree:
        pass
    tree = parse(name, data)
    root = tree.root
    if local(root.tag) not in ROOTS:
        line = root_line(tree.lines.text) if tree.lines.text else root.sourceline
        raise InputError(f"{name}: line {line}: not a TBX file (root {local(root.tag)!r}); "
                         "expected <tbx>, <martif> or a MultiTerm <mtf>")
    return _read_entries(name, tree.entries, tree.lines)


def _read_entries(name: str, entries: Iterable[etree._Element | Read],
                  lines: Lines) -> tuple[list[Concept], list[str], list[Problem]]:
    """Concepts of the entries in document order (parsed, or already read from the text), where each came from and
    what was repaired."""
    reader = _Reader(name, lines)
    concepts: list[Concept] = []
    where: list[str] = []
    without = 0
    for n, entry in enumerate(entries):
        if isinstance(entry, tuple):
            cid = entry[0].strip() or f"c{n + 1}"
            concept = reader.assemble(entry[1], entry[2], cid, n)
        else:
            cid = (entry.get("id") or "").strip() or f"c{n + 1}"
            found = read_flat(entry)
            if found is None:
                found = reader.walk(entry, cid, n)
            concept = reader.assemble(*found, cid, n)
        if concept is None:
            without += 1
            continue
        concepts.append(concept)
        where.append(f"line {lines.entry_lines[n]}")
    if without:
        reader.problems.append(Problem(name, "", "term", "no-zh-en",
                                       f"{plural(without, 'entry', 'entries')} {'has' if without == 1 else 'have'} "
                                       "no Chinese or English term; skipped"))
    return concepts, where, reader.problems


_CODES = {"Chinese": ("no-zh", "zh, zh-CN, zh-Hans, zh-TW"), "English": ("no-en", "en, en-US, en-GB")}
_LANG_ATTR = re.compile(rb"""\blang\s*=\s*["']([^"'<>]{1,40})["']""")


def _one_language(name: str, concepts: Sequence[Concept], data: bytes) -> list[Problem]:
    """A problem for each of Chinese and English that no entry has a term of while the file tags a language that is
    not read: its terms are probably tagged with another code (csv2tbx writes `xml:lang="xx"` for a target language
    it was not told). A termbase of one language alone (an English style list) tags no other and is left as it is."""
    held = {"Chinese": any(c.zh or c.zh_admitted or c.zh_deprecated for c in concepts),
            "English": any(c.en or c.en_admitted or c.en_deprecated for c in concepts)}
    if not concepts or all(held.values()) or all(lang_of(code.decode("ascii", "replace"))
                                                 for code in set(_LANG_ATTR.findall(data))):
        return []
    return [Problem(name, "", "xml:lang", _CODES[label][0],
                    f"no entry has a {label} term; {label} terms are read from language sections tagged "
                    f"{_CODES[label][1]} (any case, - or _): is the {label} tagged with another code?")
            for label, has in held.items() if not has]


class _Reader:
    """Turns TBX entries into concepts, collecting the problems repaired on the way."""

    def __init__(self, name: str, lines: Lines) -> None:
        self.name = name
        self.lines = lines
        self.problems: list[Problem] = []
        self.entry: etree._Element | None = None

    def _at(self, el: etree._Element, entry: int) -> str:
        assert self.entry is not None
        return f"line {self.lines.line(el, self.entry, entry)}"

    def walk(self, entry: etree._Element, cid: str, index: int) -> tuple[Terms, Info]:
        """The terms of entry number `index` by language and what it says besides, in any shape."""
        self.entry = entry
        terms: Terms = {"zh": [], "en": []}
        info = Info()
        sections: list[etree._Element] = []
        kinds = KINDS
        for el in entry:  # entry level: not into language sections or term holders
            el_kind = kinds.get(el.tag) or kind(el.tag)
            if el_kind == SECTION:
                sections.append(el)
            elif el_kind != HOLDER:
                if el_kind in TAKEN:
                    info.take(el, "", el_kind)
                if len(el):
                    for inner, inner_kind in _walk(el, False):
                        if inner_kind == SECTION:
                            sections.append(inner)
                        elif inner_kind in TAKEN:
                            info.take(inner, "", inner_kind)
        for sec in sections:
            lang = section_lang(sec)
            holders: list[etree._Element] = []
            bare: list[etree._Element] = []
            for el in sec:  # a language section: not into term holders
                el_kind = kinds.get(el.tag) or kind(el.tag)
                if el_kind == HOLDER:
                    holders.append(el)
                    continue
                if el_kind == TERM:
                    bare.append(el)
                elif el_kind in TAKEN:
                    info.take(el, lang, el_kind)
                if len(el):
                    for inner, inner_kind in _walk(el, True):
                        if inner_kind == HOLDER:
                            holders.append(inner)
                        elif inner_kind == TERM:
                            bare.append(inner)
                        elif inner_kind in TAKEN:
                            info.take(inner, lang, inner_kind)
            found_terms = terms[lang] if lang else None
            for holder in holders or bare:
                found = self._term(holder, lang, info, cid, index, not holders)
                if found is not None and found_terms is not None:
                    found_terms.append(found)
        return terms, info

    def assemble(self, terms: Terms, info: Info, cid: str, index: int) -> Concept | None:
        """The concept of an entry's terms and notes, or None when it has no Chinese or English term."""
        zh_items, en_items = terms["zh"], terms["en"]
        if not zh_items and not en_items:
            return None
        zh_admitted: tuple[str, ...]
        zh_deprecated: tuple[str, ...]
        en_admitted: tuple[str, ...]
        en_deprecated: tuple[str, ...]
        if len(zh_items) == 1 and zh_items[0][1] is not _DEPRECATED:  # the common case, as in _fields
            zh, zh_admitted, zh_deprecated = zh_items[0][0], (), ()
        else:
            zh, zh_admitted, zh_deprecated = self._fields("zh", zh_items, cid, index)
        if len(en_items) == 1 and en_items[0][1] is not _DEPRECATED:
            en, en_admitted, en_deprecated = en_items[0][0], (), ()
        else:
            en, en_admitted, en_deprecated = self._fields("en", en_items, cid, index)
        notes, definitions, details = info.notes, info.definitions, info.details
        return Concept(id=cid, zh=zh, en=en, zh_admitted=zh_admitted, en_admitted=en_admitted,
                       zh_deprecated=zh_deprecated, en_deprecated=en_deprecated,
                       note=" / ".join(dict.fromkeys(notes)) if len(notes) > 1 else notes[0] if notes else "",
                       case_sensitive=info.case_sensitive,
                       definition=(" / ".join(dict.fromkeys(definitions)) if len(definitions) > 1
                                   else definitions[0] if definitions else ""),
                       details=tuple(dict.fromkeys(details)) if len(details) > 1 else tuple(details))

    def _fields(self, lang: str, items: list[tuple[str, TermStatus | None]], cid: str,
                index: int) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
        """(preferred, admitted, deprecated) terms of one language of an entry, in the order written: the first
        preferred term (or else the first admitted or unmarked one) is the preferred term."""
        if len(items) <= 1:  # the common case, as below
            if not items:
                return "", (), ()
            term, term_status = items[0]
            return ("", (), (term,)) if term_status is _DEPRECATED else (term, (), ())
        preferred = [t for t, s in items if s is _PREFERRED]
        if len(preferred) > 1:
            self.problems.append(Problem(self.name, f"line {self.lines.entry_lines[index]}",
                                         "administrativeStatus", "several-preferred",
                                         f"{len(preferred)} preferred {lang} terms in concept {cid!r}; "  # 2 or more
                                         "the first kept as preferred, the others as admitted"))
        admitted = preferred[1:] + [t for t, s in items if s is _ADMITTED or s is None]
        preferred = preferred[:1]
        if not preferred and admitted:
            preferred = [admitted.pop(0)]
        return (preferred[0] if preferred else "", tuple(admitted),
                tuple(t for t, s in items if s is _DEPRECATED))

    def _term(self, holder: etree._Element, lang: str, info: Info, cid: str, index: int,
              bare: bool) -> tuple[str, TermStatus | None] | None:
        """(term, status) of one term holder (tig, ntig, termSec, termGrp or, `bare`, a term), None when empty."""
        term_el: etree._Element | None = holder if bare else None
        notes: list[tuple[etree._Element, int]] = []
        kinds = KINDS
        for el in holder.iterdescendants():  # document order; deeper (ntig/termGrp/term): all inside counts
            el_kind = kinds.get(el.tag) or kind(el.tag)
            if el_kind == TERM:
                if term_el is None:
                    term_el = el
            elif el_kind in NOTE_KINDS:
                notes.append((el, el_kind))
        if term_el is None:
            self.problems.append(Problem(self.name, self._at(holder, index), "term", "missing-term",
                                         f"<{local(holder.tag)}> without <term> in concept {cid!r}; skipped"))
            return None
        term = text(term_el)
        if not term:
            if lang:
                self.problems.append(Problem(self.name, self._at(term_el, index), "term", "empty-term",
                                             f"empty {lang} term in concept {cid!r}; skipped"))
            return None
        term_status: TermStatus | None = None
        quoted = repr(term)
        for el, el_kind in notes:
            value = text(el)
            if el_kind == NOTE:
                typ, role = "", OTHER_NOTE
            else:
                typ, role = note_type(el.get("type"))
                if role == STATUS_NOTE:
                    got = STATUSES.get(value, UNKNOWN)
                    if got is UNKNOWN:
                        got = status_of(value)
                    if got is None:
                        self.problems.append(Problem(self.name, self._at(el, index), typ, "unknown-status",
                                                     f"unknown status {value!r} of term {term!r}; taken as admitted"))
                    elif term_status is None or got is TermStatus.DEPRECATED:
                        term_status = got  # type: ignore[assignment]
                    continue
            info.note(lang, quoted, typ, role, value, el_kind, el.tag)
        return term, term_status


def _walk(node: etree._Element, into_sections: bool) -> list[tuple[etree._Element, int]]:
    """(element, kind) of the descendants of `node` in document order, not descending into term holders, nor
    into language sections unless `into_sections`."""
    out: list[tuple[etree._Element, int]] = []
    kinds = KINDS
    stack = [iter(node)]
    while stack:
        for el in stack[-1]:
            el_kind = kinds.get(el.tag) or kind(el.tag)
            out.append((el, el_kind))
            if el_kind == HOLDER or (el_kind == SECTION and not into_sections) or not len(el):
                continue
            stack.append(iter(el))
            break
        else:
            stack.pop()
    return out


def to_bytes(glossary: Glossary, path: str) -> bytes:
    """A glossary as TBX-Basic v3 (namespace urn:iso:std:iso:30042:ed-2, DCA style), UTF-8 (`path` is unused)."""
    ET.register_namespace("", WRITE_NAMESPACE)
    q = f"{{{WRITE_NAMESPACE}}}"
    root = ET.Element(f"{q}tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"})
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
            ET.SubElement(entry, f"{q}descrip", {"type": CASE}).text = "true"
        for lang in ("zh", "en"):
            items = list(c.terms(lang))
            if not items:
                continue
            lang_sec = ET.SubElement(entry, f"{q}langSec", {XML_LANG: lang})
            for term, status, _field in items:
                sec = ET.SubElement(lang_sec, f"{q}termSec")
                ET.SubElement(sec, f"{q}term").text = term
                ET.SubElement(sec, f"{q}termNote", {"type": "administrativeStatus"}).text = _STATUS_OUT[status]
    tree = ET.ElementTree(root)
    ET.indent(tree, space="  ")
    buf = io.BytesIO()
    tree.write(buf, encoding="UTF-8", xml_declaration=True)
    return buf.getvalue() + b"\n"
