"""The common shape of a TBX entry, read in one pass: what nearly every entry of a real termbase looks like.

The shape: the entry holds descrip/note/admin elements and language sections (langSet, langSec) with an
xml:lang or lang attribute; a section holds such elements and term holders (tig, termSec, ntig, termGrp); a
holder holds a term and termNote/descrip/note elements. Every one of those inner elements is a leaf (no element
inside), and every term and status is usable. Anything else (a group element, a bare term, a MultiTerm
<language>, an empty or missing term, an unknown status: what calls for a search or a problem to report) makes
`read_flat` return None, and the general walk (`tbx._Reader.walk`) reads the entry instead; on the common shape
both give the same terms and notes in the same order.
"""
from __future__ import annotations

from lxml import etree

from zhen_qa.glossary.formats.tbx_vocab import (
    DESCRIP,
    HOLDER,
    KINDS,
    NOTE,
    NOTE_TYPES,
    OTHER_NOTE,
    SECTION,
    STATUS_NOTE,
    STATUSES,
    TAKEN,
    TERM,
    TERM_NOTE,
    UNKNOWN,
    XML_LANG,
    Info,
    clean,
    code_lang,
    kind,
    local,
    note_type,
    status_of,
)
from zhen_qa.glossary.model import TermStatus

Terms = dict[str, list[tuple[str, "TermStatus | None"]]]
"""(term, status as written or None) of each language ("zh", "en"), in document order."""

_DEPRECATED = TermStatus.DEPRECATED


def _leaf_text(el: etree._Element) -> str:
    """`tbx_vocab.text` of a leaf."""
    return clean(el.text or "")


def read_flat(entry: etree._Element) -> tuple[Terms, Info] | None:
    """The terms of an entry of the common shape by language and what it says besides; None for any other shape."""
    kinds, note_types, statuses = KINDS, NOTE_TYPES, STATUSES
    info = Info()
    sections: list[etree._Element] = []
    for el in entry:
        el_kind = kinds.get(el.tag) or kind(el.tag)
        if el_kind == SECTION:
            sections.append(el)
        elif el_kind == HOLDER:
            continue  # a term holder outside a language section says nothing
        elif len(el):
            return None
        elif el_kind in TAKEN:
            info.take_value((el.get("type") or "").strip(), _leaf_text(el), "", el_kind, el.tag)
    terms: Terms = {"zh": [], "en": []}
    for sec in sections:
        code = sec.get(XML_LANG) or sec.get("lang")
        if not code:
            return None  # a MultiTerm <language> child, or no language
        lang = code_lang(code)
        holders: list[etree._Element] = []
        for el in sec:
            el_kind = kinds.get(el.tag) or kind(el.tag)
            if el_kind == HOLDER:
                holders.append(el)
            elif len(el) or el_kind == TERM:
                return None
            elif el_kind in TAKEN:
                info.take_value((el.get("type") or "").strip(), _leaf_text(el), lang, el_kind, el.tag)
        found = terms.get(lang)
        for holder in holders:
            term = None
            notes: list[tuple[etree._Element, int]] | None = None
            for el in holder:
                if len(el):
                    return None
                el_kind = kinds.get(el.tag) or kind(el.tag)
                if el_kind == TERM:
                    if term is None:
                        term = _leaf_text(el)
                elif el_kind == TERM_NOTE or el_kind == DESCRIP or el_kind == NOTE:
                    if notes is None:
                        notes = [(el, el_kind)]
                    else:
                        notes.append((el, el_kind))
            if not term:
                return None  # none or empty: a problem to report
            term_status: TermStatus | None = None
            if notes is not None:
                for el, el_kind in notes:
                    value = _leaf_text(el)
                    if el_kind == NOTE:
                        if value:
                            info.details.append(f"{lang} {term!r}: note {value}")
                        continue
                    attr = el.get("type")
                    typ, role = note_types.get(attr) or note_type(attr)
                    if role == STATUS_NOTE:
                        got = statuses.get(value, UNKNOWN)
                        if got is UNKNOWN:
                            got = status_of(value)
                        if got is None:
                            return None
                        if term_status is None or got is _DEPRECATED:
                            term_status = got  # type: ignore[assignment]
                    elif role == OTHER_NOTE:
                        if value:
                            info.details.append(f"{lang} {term!r}: {typ or local(el.tag)} {value}")
                    else:
                        info.note(lang, repr(term), typ, role, value, el_kind, el.tag)
            if found is not None:
                found.append((term, term_status))
    return terms, info
