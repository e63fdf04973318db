"""TBX bytes to an element tree, safely, with the line of every entry as expat counts it.

libxml2 (through lxml) builds the tree in C, about five times faster than expat driving a Python
handler per element. Safety is checked twice, as defusedxml does and more:

1. expat reads the prolog (everything before the root element) and refuses any entity declaration,
   unparsed entity, external entity reference or skipped parameter entity (after which expat would
   stop reading declarations), at the line where it is declared: an XXE or an entity bomb is refused
   before libxml2 sees the file;
2. libxml2 parses with entity substitution, DTD loading and network access off, and a document whose
   internal subset declares an entity is refused even if expat could not read the prolog (an encoding
   expat lacks, such as GBK).

Lines: libxml2's `sourceline` is the line of the start tag's `>` and is approximate past line 65,535,
so the line of each entry (and, on demand, of any element inside one) is counted from the text: the
n-th entry start tag in the text, comments, CDATA sections, processing instructions and the DOCTYPE
skipped, is the n-th entry element. Line breaks are counted as expat counts them (LF, CRLF, CR).
"""
from __future__ import annotations

import codecs
import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from xml.parsers import expat

from lxml import etree

from zhen_qa.manuscript.errors import InputError

log = logging.getLogger(__name__)

ENTRY_NAMES = ("termEntry", "conceptEntry", "conceptGrp")
"""Local names of the elements that hold one concept."""
ENTRY_TAGS = tuple(f"{{*}}{n}" for n in ENTRY_NAMES)

_PROLOG_CHUNK = 1 << 16
_UNSAFE = ("refused unsafe XML (entity declarations and external references are not allowed in a glossary); "
           "remove the <!DOCTYPE> declaration: TBX needs no DTD")
_SKIP = r"!--.*?-->|!\[CDATA\[.*?\]\]>|\?.*?\?>|!DOCTYPE(?:[^\[>]*\[.*?\]\s*>|[^>]*>)"
"""After a `<`: markup whose text is not elements (comments, CDATA, processing instructions, the DOCTYPE)."""
_ENTRY_TAG = "<(?:" + _SKIP + r"|((?:[^\s<>/!?:]+:)?(?:" + "|".join(ENTRY_NAMES) + r"))(?=[\s/>]))"
_START_TAG = "<(?:" + _SKIP + r"|([^\s<>/!?]+))"
_ENTRY_TAGS = re.compile(_ENTRY_TAG.encode(), re.S)
_BARE_ENTRY_TAGS = {name.encode(): re.compile(("<" + name + r"(?=[\s/>])").encode()) for name in ENTRY_NAMES}
_PREFIXED_ENTRY_TAGS = re.compile((r"<[^\s<>/!?:]+:(?:" + "|".join(ENTRY_NAMES) + r")(?=[\s/>])").encode())
START_TAGS = re.compile(_START_TAG.encode(), re.S)
"""Entry start tags and any start tag in ASCII-compatible bytes (each pattern starts with `<`, so the
search skips from one `<` to the next)."""
_BYTE_CODECS = ("utf-8", "ascii", "latin-1", "iso8859", "cp125", "mac-")
"""Encodings whose bytes are scanned as they are: `<`, `>`, line breaks and the markup words are ASCII
bytes that never occur inside the encoding of another character."""
PARSER_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False, "dtd_validation": False,
                  "remove_comments": True, "remove_pis": True, "huge_tree": False, "collect_ids": False}


class _Unsafe(Exception):
    """An entity declaration or external reference in a termbase."""


class _Root(Exception):
    """The prolog ended: the root element starts."""


def _refuse(*_args: object) -> None:
    raise _Unsafe


def _at_root(*_args: object) -> None:
    raise _Root


def _skipped(_name: str, is_parameter_entity: bool) -> None:
    if is_parameter_entity:
        raise _Unsafe


def _expat(handlers: bool) -> expat.XMLParserType:
    parser = expat.ParserCreate()
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse  # type: ignore[assignment]
    parser.SkippedEntityHandler = _skipped
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    if handlers:
        parser.StartElementHandler = _at_root
    return parser


def _check_prolog(name: str, data: bytes) -> None:
    """Refuse entity declarations and external references before the root element (expat, chunk by chunk)."""
    parser = _expat(handlers=True)
    try:
        for k in range(0, len(data), _PROLOG_CHUNK):
            parser.Parse(data[k:k + _PROLOG_CHUNK], k + _PROLOG_CHUNK >= len(data))
    except _Unsafe:
        raise InputError(f"{name}: line {parser.CurrentLineNumber}: {_UNSAFE}") from None
    except (_Root, expat.ExpatError, ValueError):  # ValueError: an encoding expat lacks (GBK, Big5)
        return  # a syntax error is libxml2's to report (it knows more encodings)


def _not_well_formed(name: str, data: bytes, exc: etree.XMLSyntaxError) -> InputError:
    """The error for a file libxml2 refused: expat's message when expat refuses it too (as before), else libxml2's."""
    parser = _expat(handlers=False)
    try:
        parser.Parse(data, True)
    except _Unsafe:
        return InputError(f"{name}: line {parser.CurrentLineNumber}: {_UNSAFE}")
    except expat.ExpatError as err:
        return InputError(f"{name}: line {err.lineno}: not well-formed XML ({err})")
    except ValueError:  # an encoding expat lacks: libxml2's message
        pass
    line = exc.lineno or 1
    return InputError(f"{name}: line {line}: not well-formed XML ({exc.msg})")


class NeedsTree(Exception):
    """The file is read as one whole tree instead (`parse`): a syntax error or an unsafe or unusual document to
    report as before, nested entries, entries the line scan does not count."""


@dataclass
class Lines:
    """The line of each entry, counted from the text, and of any element inside an entry on demand."""

    entry_lines: list[int]
    text: bytes
    """The file in an ASCII-compatible encoding, for counting lines (empty when the lines are approximate)."""
    entry_offsets: list[int]

    def line(self, el: etree._Element, entry_el: etree._Element, entry: int) -> int:
        """The line where element `el`, inside (or being) `entry_el`, entry number `entry`, starts."""
        if not self.text:
            return int(el.sourceline or 0)
        target = next((k for k, e in enumerate(entry_el.iter(tag=etree.Element)) if e is el), None)
        if target is None:  # pragma: no cover - callers pass an element of the entry
            return self.entry_lines[entry]
        pos = self.entry_offsets[entry]
        n = -1
        for m in START_TAGS.finditer(self.text, pos):
            if m.group(1) is not None:
                n += 1
                if n == target:
                    return self.entry_lines[entry] + _breaks(self.text, pos, m.start())
        return self.entry_lines[entry]  # pragma: no cover - the text has as many start tags as the tree


@dataclass
class Tree:
    """A parsed TBX file: the root, its entries in document order and their lines."""

    root: etree._Element
    entries: list[etree._Element]
    lines: Lines


def _breaks(text: bytes, start: int, end: int, cr: bool = True) -> int:
    """Line breaks in text[start:end] as XML counts them: LF, CRLF and a lone CR are one each (cr: the text has CR)."""
    n = text.count(b"\n", start, end)
    if cr:
        n += text.count(b"\r", start, end) - text.count(b"\r\n", start, end)
    return n


def _for_lines(data: bytes, encoding: str | None) -> bytes:
    """The file to count lines in: its bytes when ASCII-compatible (`_BYTE_CODECS`), else recoded to UTF-8."""
    try:
        codec = codecs.lookup(encoding or "utf-8").name
    except LookupError:
        return data  # an encoding only libxml2 knows: ASCII-compatible ones are the rule
    if codec.startswith(_BYTE_CODECS):
        return data
    return data.decode(codec, errors="replace").encode("utf-8")


def entry_offsets(text: bytes) -> list[int]:
    """Where each entry start tag begins. Without comments, CDATA sections and processing instructions (but
    the XML declaration), every `<termEntry` is a tag: a plain search for each entry name in the text, four times
    faster than skipping markup (substring tests and literal patterns, not a pattern tried at every `<`)."""
    pi = text.find(b"<?")
    if b"<!--" in text or b"<![CDATA[" in text or (pi >= 0 and text.find(b"<?", pi + 2) >= 0):
        return [m.start() for m in _ENTRY_TAGS.finditer(text) if m.group(1) is not None]
    offsets: list[int] = []
    found = 0
    for name, pattern in _BARE_ENTRY_TAGS.items():
        if name in text:
            offsets += [m.start() for m in pattern.finditer(text)]
            found += 1
    if found > 1:
        offsets.sort()
    if any(b":" + name in text for name in _BARE_ENTRY_TAGS):  # namespace prefixes (<tbx:termEntry>)
        offsets = sorted(offsets + [m.start() for m in _PREFIXED_ENTRY_TAGS.finditer(text)])
    return offsets


def root_line(text: bytes) -> int:
    """The line of the first start tag of a text (the root element)."""
    for m in START_TAGS.finditer(text):
        if m.group(1) is not None:
            return 1 + _breaks(text, 0, m.start())
    return 1  # pragma: no cover - a parsed document has a root


def count_lines(text: bytes, offsets: list[int]) -> list[int]:
    """The line of each offset (ascending) of a text."""
    lines: list[int] = []
    line, prev = 1, 0
    cr = b"\r" in text
    for pos in offsets:
        line += _breaks(text, prev, pos, cr)
        lines.append(line)
        prev = pos
    return lines


def _has_entities(doc: etree._ElementTree) -> bool:
    dtd = doc.docinfo.internalDTD
    return dtd is not None and any(True for _e in dtd.iterentities())


def parse(name: str, data: bytes) -> Tree:
    """The tree of a TBX file's bytes and the line of each entry; InputError when not XML or unsafe."""
    _check_prolog(name, data)
    try:
        doc = etree.fromstring(data, etree.XMLParser(**PARSER_OPTIONS)).getroottree()
    except etree.XMLSyntaxError as exc:
        raise _not_well_formed(name, data, exc) from None
    if _has_entities(doc):  # declared where expat stopped reading
        doctype = data.find(b"<!DOCTYPE")
        line = 1 + _breaks(data, 0, doctype) if doctype >= 0 else 1
        raise InputError(f"{name}: line {line}: {_UNSAFE}")
    root = doc.getroot()
    if doc.docinfo.doctype:  # references to entities of an external DTD (not read) stand for nothing, as in expat
        etree.strip_tags(root, etree.Entity)
    entries = list(root.iter(*ENTRY_TAGS))
    text = _for_lines(data, doc.docinfo.encoding)
    offsets = entry_offsets(text)
    if len(offsets) != len(entries):  # pragma: no cover - markup the scan does not know; lines from libxml2
        log.debug("%s: %d entry tags in the text, %d entries; approximate lines", name, len(offsets), len(entries))
        return Tree(root, entries, Lines([int(e.sourceline or 0) for e in entries], b"", []))
    return Tree(root, entries, Lines(count_lines(text, offsets), text, offsets))


class Stream:
    """The entries of a TBX file in document order as libxml2 parses it, each freed once the next is asked for.

    The same parser and options as `parse`, but the tree never holds more than one entry: the nodes freed are
    reused for the next entry, where building and then freeing a whole tree of a large termbase costs about as
    much again as parsing it. Iterating raises `NeedsTree` for anything `parse` should handle and report: a
    syntax error, a root `roots` does not name, an internal subset declaring entities, nested entries, entry
    tags the line scan does not count as libxml2 does; the entries already read are then to be dropped.
    """

    def __init__(self, name: str, data: bytes, roots: frozenset[str]) -> None:
        _check_prolog(name, data)
        self.data = data
        self.roots = roots
        self.lines = Lines([], b"", [])
        """Filled when the first entry is read."""

    def __iter__(self) -> Iterator[etree._Element]:
        events = etree.iterparse(io.BytesIO(self.data), events=("start", "end"), tag=ENTRY_TAGS, **PARSER_OPTIONS)
        strip = opened = False
        n = 0
        offsets: list[int] | None = None
        try:
            for event, el in events:
                if event == "start":
                    if opened:
                        raise NeedsTree("nested entries")
                    opened = True
                    continue
                opened = False
                if offsets is None:
                    strip = self._start(el.getroottree())
                    offsets = self.lines.entry_offsets
                if n >= len(offsets):
                    raise NeedsTree("more entries than entry tags")
                if strip:
                    etree.strip_tags(el, etree.Entity)
                yield el
                n += 1
                el.clear()
                parent = el.getparent()
                while el.getprevious() is not None:
                    del parent[0]
            if offsets is None:
                self._start(events.root.getroottree())
        except etree.XMLSyntaxError:
            raise NeedsTree("syntax error") from None
        if n != len(self.lines.entry_offsets):
            raise NeedsTree("fewer entries than entry tags")

    def _start(self, doc: etree._ElementTree) -> bool:
        """Check the root and the DTD and count the entry lines; True when entity references are to be dropped."""
        if local_name(doc.getroot().tag) not in self.roots or _has_entities(doc):
            raise NeedsTree("root or DTD")
        text = _for_lines(self.data, doc.docinfo.encoding)
        offsets = entry_offsets(text)
        self.lines.text = text
        self.lines.entry_offsets = offsets
        self.lines.entry_lines = count_lines(text, offsets)
        return bool(doc.docinfo.doctype)


def local_name(tag: object) -> str:
    """The local name of a tag ("" for comments and processing instructions)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
