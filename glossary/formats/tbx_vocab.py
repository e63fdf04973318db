"""What TBX elements and values mean to the reader: element kinds by local name, statuses, note types, languages.

Shared by the general entry reader (`tbx`) and the one-pass reader of the common entry shape (`tbx_flat`), so
both give an element, a status or a note the same meaning. Lookups are memoised by the exact string met (tags as
lxml spells them, "{namespace}local"; attribute values as written), bounded so a file of made-up names does not
grow the tables without end.
"""
from __future__ import annotations

from lxml import etree

from zhen_qa.glossary.langs import lang_of
from zhen_qa.glossary.model import TermStatus

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CASE = "x-caseSensitive"
"""The descrip/termNote type of this project's case-sensitivity flag."""
ROOTS = frozenset({"tbx", "martif", "mtf"})
LANG_SECTIONS = frozenset({"langSet", "langSec", "languageGrp"})
HOLDERS = frozenset({"tig", "ntig", "termSec", "termGrp"})

OTHER, SECTION, HOLDER, TERM, DESCRIP, NOTE, ADMIN, TERM_NOTE, LANGUAGE = range(1, 10)
"""Element kinds (never 0, so `KINDS.get(tag) or kind(tag)` memoises)."""
_KIND_OF_NAME = {
    **{name: SECTION for name in LANG_SECTIONS}, **{name: HOLDER for name in HOLDERS},
    "term": TERM, "descrip": DESCRIP, "note": NOTE, "admin": ADMIN, "termNote": TERM_NOTE,
    "language": LANGUAGE,
}
TAKEN = (DESCRIP, NOTE, ADMIN)
"""Kinds of the elements outside term holders whose text is kept (`Info.take`)."""
NOTE_KINDS = (TERM_NOTE, DESCRIP, NOTE)
"""Kinds of the elements inside a term holder that say something about its term."""
KINDS: dict[object, int] = {}
"""Kind of each tag as lxml spells it ("{namespace}local"); filled as tags are met."""

STATUS_NOTE, CASE_NOTE, DEFINITION_NOTE, OTHER_NOTE = range(4)
"""What a termNote/descrip says, by its type: the term's status, case sensitivity, a definition, anything else."""
NOTE_TYPES: dict[str | None, tuple[str, int]] = {}
"""(type stripped, role) of each type attribute met."""

_STATUS_WORDS = (  # words in an administrativeStatus/normativeAuthorization value; first match wins
    (("deprecated", "superseded", "obsolete", "forbidden", "notrecommended", "rejected"), TermStatus.DEPRECATED),
    (("preferred", "standardized", "legal", "regulated"), TermStatus.PREFERRED),
    (("admitted", "proposed"), TermStatus.ADMITTED),
)
UNKNOWN = object()
"""A status value not seen yet (`STATUSES.get(value, UNKNOWN)`)."""
STATUSES: dict[str, object] = {}
"""The status (or None: not understood) of each administrativeStatus/normativeAuthorization value met."""
_LANGS: dict[str, str] = {}
_LIMIT = 512


def local(tag: object) -> str:
    """The local name of a tag ("" for comments and processing instructions)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def kind(tag: object) -> int:
    """What an element is to the reader (section, term holder, term, note...), from its tag in any namespace."""
    found = KINDS.get(tag)
    if found is None:
        found = _KIND_OF_NAME.get(local(tag), OTHER)
        if len(KINDS) < 4096:
            KINDS[tag] = found
    return found


def clean(raw: str) -> str:
    """The text of a leaf element as the reader keeps it: stripped, and runs of white space made one space where
    there is a space or a line break (a lone tab or other white space inside stays)."""
    stripped = raw.strip()
    return stripped if " " not in stripped and "\n" not in raw else " ".join(raw.split())


def text(el: etree._Element) -> str:
    """The text of an element, markup inside it removed and white space collapsed."""
    if len(el) == 0:
        return clean(el.text or "")
    return " ".join("".join(el.itertext()).split())


def status_of(value: str) -> TermStatus | None:
    """The status named by an administrativeStatus or normativeAuthorization value, None when not understood."""
    found = STATUSES.get(value, UNKNOWN)
    if found is UNKNOWN:
        v = value.strip().lower().replace("-admn-sts", "").replace(" ", "")
        found = next((s for words, s in _STATUS_WORDS if any(w in v for w in words)), None)
        if len(STATUSES) < _LIMIT:
            STATUSES[value] = found
    return found  # type: ignore[return-value]


def note_type(raw: str | None) -> tuple[str, int]:
    """The type attribute of a termNote/descrip (stripped) and what it says: status, case, definition, other."""
    found = NOTE_TYPES.get(raw)
    if found is None:
        typ = (raw or "").strip()
        low = typ.lower()
        role = (STATUS_NOTE if low in ("administrativestatus", "normativeauthorization") else
                CASE_NOTE if typ == CASE else DEFINITION_NOTE if low == "definition" else OTHER_NOTE)
        found = (typ, role)
        if len(NOTE_TYPES) < _LIMIT:
            NOTE_TYPES[raw] = found
    return found


def code_lang(code: str) -> str:
    """"zh", "en" or "" for a language code as written in a file."""
    lang = _LANGS.get(code)
    if lang is None:
        lang = lang_of(code)
        if len(_LANGS) < _LIMIT:
            _LANGS[code] = lang
    return lang


def section_lang(section: etree._Element) -> str:
    """"zh", "en" or "" for a language section: its xml:lang or lang, or a MultiTerm <language lang=.. type=..>."""
    code = section.get(XML_LANG) or section.get("lang") or ""
    if not code:
        for child in section:
            if kind(child.tag) == LANGUAGE:
                code = child.get("lang") or child.get("type") or ""
                break
    return code_lang(code)


def is_true(value: str) -> bool:
    """The value of a case-sensitivity flag."""
    return value.lower() in ("true", "yes", "1")


class Info:
    """Notes, definitions and details gathered from one entry."""

    __slots__ = ("notes", "definitions", "details", "case_sensitive")

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.definitions: list[str] = []
        self.details: list[str] = []
        self.case_sensitive = False

    def take(self, el: etree._Element, lang: str, el_kind: int) -> None:
        """Keep what a descrip, note or admin element (`el_kind`) outside the term holders says."""
        self.take_value((el.get("type") or "").strip(), text(el), lang, el_kind, el.tag)

    def take_value(self, typ: str, value: str, lang: str, el_kind: int, tag: object) -> None:
        """`take` of an element whose type attribute (stripped) and text are known."""
        if typ == CASE:
            self.case_sensitive = is_true(value)
        elif not value:
            return
        elif typ.lower() == "definition":
            self.definitions.append(f"{lang}: {value}" if lang else value)
        elif el_kind == NOTE or typ.lower() in ("note", "usage note", "comment"):
            self.notes.append(value)
        else:
            self.details.append(f"{lang + ' ' if lang else ''}{typ or local(tag)}: {value}")

    def note(self, lang: str, quoted: str, typ: str, role: int, value: str, el_kind: int, tag: object) -> None:
        """Keep what a note inside a term holder says about the term `quoted` (repr), except its status."""
        if el_kind == NOTE:
            if value:
                self.details.append(f"{lang} {quoted}: note {value}")
        elif role == CASE_NOTE:
            self.case_sensitive = is_true(value)
        elif role == DEFINITION_NOTE:
            self.definitions.append(f"{lang}: {value}" if lang else value)
        elif value:
            self.details.append(f"{lang} {quoted}: {typ or local(tag)} {value}")
