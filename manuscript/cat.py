"""Read files from CAT tools (XLIFF 1.2 and 2.x, .sdlxliff, .mqxliff, TMX, gettext PO) as aligned units.

translate-toolkit opens the file and lists its units (id, line, languages). Each unit is already a
Chinese-English pair, so the manuscript is built without alignment: one pair per unit, one bead. The text
of each side is read from the unit's element in the file itself, so every character keeps its line and
column; inline tags (<g>, <x/>, <ph>, <bpt>, <pc>, ...) are markup, and the native code inside <ph>, <bpt>,
<ept>, <it> is not text. Which side is Chinese comes from the file's languages (zh→en and en→zh both work).
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from zhen_qa.manuscript.document import Bead, Block, Manuscript, Pair, Role, Sentence
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.reader import CAT_SUFFIXES, XLIFF_SUFFIXES
from zhen_qa.manuscript.script import detect_lang
from zhen_qa.manuscript.source import MappedText, SourceText

CODE_ELEMENTS = frozenset({"ph", "bpt", "ept", "it", "cp", "sc", "ec", "x", "bx", "ex"})
"""Inline elements whose content is native code (a tag of the original format), never text."""

_TAG = re.compile(r"<(/?)([\w:.-]+)[^>]*?(/?)>|<!\[CDATA\[(.*?)\]\]>|<!--.*?-->|&(#?\w+);", re.S)
_TUV = re.compile(r"<tuv\s[^>]*?lang=[\"']([^\"']+)[\"'][^>]*>")
_UNIT_END = {"xliff": "</trans-unit>", "xliff2": "</unit>", "tmx": "</tu>"}


def is_cat_file(path: str) -> bool:
    """True for the file names read by this module."""
    return path.lower().endswith(CAT_SUFFIXES)


@dataclass(frozen=True)
class Unit:
    """One unit of a CAT file: its id, source and target text (mapped to the file) and source language."""

    id: str
    source: MappedText
    target: MappedText


def _inner_text(src: SourceText, start: int, end: int) -> MappedText:
    """The text of src.text[start:end] (an element's content): tags dropped, code elements skipped, entities
    decoded; each character mapped to its offset (a decoded entity to its "&")."""
    from html import unescape  # here: a manuscript that is not a CAT file does not load html's entity table

    text = src.text
    chars: list[str] = []
    offsets: list[int] = []
    depth_code = 0
    pos = start
    for m in _TAG.finditer(text, start, end):
        if not depth_code:
            for k in range(pos, m.start()):
                chars.append(text[k])
                offsets.append(k)
        pos = m.end()
        if m.group(2):  # a tag
            name = m.group(2).split(":")[-1].lower()
            if name in CODE_ELEMENTS and not m.group(3):
                depth_code += -1 if m.group(1) else 1
                depth_code = max(depth_code, 0)
        elif m.group(4) is not None and not depth_code:  # CDATA
            for k in range(m.start(4), m.end(4)):
                chars.append(text[k])
                offsets.append(k)
        elif m.group(5) and not depth_code:  # entity
            decoded = unescape(m.group(0))
            for ch in decoded:
                chars.append(ch)
                offsets.append(m.start())
    if not depth_code:
        for k in range(pos, end):
            chars.append(text[k])
            offsets.append(k)
    return MappedText("".join(chars), offsets, src)


def _element(src: SourceText, name: str, start: int, limit: int) -> MappedText | None:
    """Content of the first <name ...>...</name> in src.text[start:limit], or None (an empty element: "")."""
    m = re.compile(rf"<{name}(?:\s[^>]*)?(/?)>").search(src.text, start, limit)
    if not m:
        return None
    if m.group(1):
        return MappedText("", [], src)
    close = src.text.find(f"</{name}>", m.end(), limit)
    if close < 0:
        return None
    return _inner_text(src, m.end(), close)


def _trimmed(mt: MappedText) -> MappedText:
    stripped = mt.text.strip()
    if not stripped:
        return mt.slice(0, 0)
    a = mt.text.index(stripped)
    return mt.slice(a, a + len(stripped))


def _open_store(path: str, data: bytes) -> object:
    """translate-toolkit's store for the file (XLIFF 2 by its version, the dialects as XLIFF 1.2)."""
    try:
        lower = path.lower()
        if lower.endswith(XLIFF_SUFFIXES):
            if re.search(rb"<xliff[^>]*version=[\"']2", data[:4000]):
                from translate.storage.xliff2 import Xliff2File

                return Xliff2File.parsestring(data)  # type: ignore[no-untyped-call]
            from translate.storage.xliff import Xliff1File

            return Xliff1File.parsestring(data)  # type: ignore[no-untyped-call]
        from translate.storage import factory

        handle = io.BytesIO(data)
        handle.name = path
        return factory.getobject(handle)
    except InputError:
        raise
    except Exception as exc:  # translate-toolkit and lxml raise assorted errors on broken files
        raise InputError(f"{path}: not a readable {path.rsplit('.', 1)[-1].upper()} file ({exc}); "
                         "export it again from the CAT tool") from None


def _line_offset(src: SourceText, line: int | None) -> int:
    if not line or line > len(src.line_starts):
        return 0
    return src.line_starts[line - 1]


def _xml_units(src: SourceText, store: object, kind: str) -> Iterator[tuple[str, MappedText, MappedText]]:
    """(id, source, target) of each unit of an XLIFF or TMX store, read at the unit's place in the file."""
    text = src.text
    end_tag = _UNIT_END[kind]
    src_lang = (getattr(store, "sourcelanguage", None) or "").lower()
    for unit in getattr(store, "units", []):
        if unit.isheader():
            continue
        element = getattr(unit, "xmlelement", None)
        start = _line_offset(src, element.sourceline if element is not None else None)
        limit = text.find(end_tag, start)
        limit = len(text) if limit < 0 else limit
        uid = str(unit.getid()).split("\x04")[-1]
        if kind == "tmx":
            sides = _tmx_sides(src, start, limit, src_lang)
        else:
            name = "source"
            sides = (_element(src, name, start, limit), _element(src, "target", start, limit))
        source, target = sides
        if source is None:  # not where the toolkit said: its own text, pinned to the unit's line
            source = MappedText(unit.source or "", [start] * len(unit.source or ""), src)
        if target is None:
            target = MappedText("", [], src)
        yield uid, source, target


def _tmx_sides(src: SourceText, start: int, limit: int, src_lang: str) -> tuple[MappedText | None, MappedText | None]:
    """(source, target) <seg>s of one <tu>: the source-language variant first, else the first variant."""
    variants: list[tuple[str, MappedText]] = []
    for m in _TUV.finditer(src.text, start, limit):
        seg = _element(src, "seg", m.end(), limit)
        if seg is not None:
            variants.append((m.group(1).lower(), seg))
    if not variants:
        return None, None
    first = next((i for i, (lang, _) in enumerate(variants) if src_lang and lang.startswith(src_lang[:2])), 0)
    rest = [v for i, v in enumerate(variants) if i != first]
    return variants[first][1], rest[0][1] if rest else None


_PO_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_PO_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _po_string(src: SourceText, keyword: str, start: int) -> tuple[MappedText, int] | None:
    """The string after `keyword` at or after `start` (continuation lines joined, escapes decoded), and its end."""
    m = re.compile(rf"^{re.escape(keyword)}\s+(?=\")", re.M).search(src.text, start)
    if not m:
        return None
    chars: list[str] = []
    offsets: list[int] = []
    pos = m.end()
    text = src.text
    while True:
        s = _PO_STRING.match(text, pos)
        if not s:
            break
        k = s.start(1)
        while k < s.end(1):
            if text[k] == "\\" and k + 1 < s.end(1):
                chars.append(_PO_ESCAPES.get(text[k + 1], text[k + 1]))
                offsets.append(k)
                k += 2
            else:
                chars.append(text[k])
                offsets.append(k)
                k += 1
        nxt = re.compile(r"[ \t]*\n[ \t]*(?=\")").match(text, s.end())
        if not nxt:
            pos = s.end()
            break
        pos = nxt.end()
    return MappedText("".join(chars), offsets, src), pos


def _po_units(src: SourceText, store: object) -> Iterator[tuple[str, MappedText, MappedText]]:
    """(id, msgid, msgstr) of each PO entry, read in file order."""
    pos = 0
    for unit in getattr(store, "units", []):
        found = _po_string(src, "msgid", pos)
        if found is None:
            return
        msgid, pos = found
        target = _po_string(src, "msgstr", pos) or _po_string(src, "msgstr[0]", pos)
        msgstr = MappedText("", [], src)
        if target is not None:
            msgstr, pos = target
        if unit.isheader() or unit.isobsolete():
            continue
        yield str(unit.getid()).replace("\x04", "|"), msgid, msgstr


def _zh_is_source(store: object, units: list[tuple[str, MappedText, MappedText]]) -> bool:
    """True when the source side is Chinese: from the file's languages, else from the text itself."""
    source_lang = (getattr(store, "sourcelanguage", None) or "").lower()
    target_lang = ""
    if hasattr(store, "gettargetlanguage"):
        target_lang = (store.gettargetlanguage() or "").lower()
    if source_lang.startswith("zh"):
        return True
    if target_lang.startswith("zh") or source_lang.startswith("en"):
        return False
    sample = "".join(u[1].text for u in units[:50])
    return detect_lang(sample) == "zh"


def read_units(path: str) -> tuple[SourceText, list[Unit], bool]:
    """The file, its translated units and whether the source side is Chinese."""
    from zhen_qa.manuscript.reader import read_source

    src = read_source(path)
    data = src.text.encode("utf-8")
    data = re.sub(rb"^<\?xml[^>]*\?>", b"", data) if not path.lower().endswith(".po") else data
    store = _open_store(path, data)
    lower = path.lower()
    if lower.endswith(".po"):
        raw = list(_po_units(src, store))
    else:
        kind = "tmx" if lower.endswith(".tmx") else "xliff2" if type(store).__name__ == "Xliff2File" else "xliff"
        raw = list(_xml_units(src, store, kind))
    units = [Unit(uid, _trimmed(s), _trimmed(t)) for uid, s, t in raw if s.text.strip()]
    return src, units, _zh_is_source(store, raw)


def read_cat(path: str) -> Manuscript:
    """A manuscript whose pairs are the file's units: one bead each, no alignment."""
    src, units, zh_source = read_units(path)
    blocks: list[Block] = []
    pairs: list[Pair] = []
    for unit in units:
        zh, en = (unit.source, unit.target) if zh_source else (unit.target, unit.source)
        zh_s = (Sentence(zh, "zh", Role.PARAGRAPH),) if zh.text else ()
        en_s = (Sentence(en, "en", Role.PARAGRAPH),) if en.text else ()
        for side, lang in ((zh, "zh"), (en, "en")):
            if side.text:
                blocks.append(Block(Role.PARAGRAPH, lang, side, f"unit {unit.id}"))
        bead = Bead(tuple(range(len(zh_s))), tuple(range(len(en_s))), 1.0)
        pairs.append(Pair(unit.id, zh_s, en_s, (bead,)))
    notes = () if units else ("no translation units found",)
    return Manuscript(path, (src,), tuple(blocks), tuple(pairs), (), notes)
