"""Read files from CAT tools (XLIFF 1.2 and 2.x, .sdlxliff, .mqxliff, TMX, gettext PO, Qt Linguist .ts) as aligned
units.

translate-toolkit opens the file and lists its units (id, line, languages). Each unit is already a
Chinese-English pair, so the manuscript is built without alignment: one pair per unit, one bead. The text
of each side is read from the unit's element in the file itself, so every character keeps its line and
column; inline tags (<g>, <x/>, <ph>, <bpt>, <pc>, ...) are markup, and the native code inside <ph>, <bpt>,
<ept>, <it> is not text. Which side is Chinese comes from the file's languages (zh→en and en→zh both work).

Units the file marks as not for translation (translate="no") or not translated yet (a PO entry flagged fuzzy,
an XLIFF 1.2 target in state "new" or "needs-translation", an XLIFF 2 segment in state "initial") are read
without their target: one untranslated unit each, however stale its draft. A PO plural entry pairs
msgid_plural with the last msgstr[N] (the general form); the strings of a PO file made by itstool (GNOME help)
hold Mallard or DocBook markup, read as inline tags are in XLIFF (keys, commands and file names are not text), and
HTML written as text in a program's strings (a PO msgid, an Xcode XLIFF's escaped `&lt;b&gt;`) is markup too
(`text_tags`); so are OmegaT's shortcut tags (<g0>, <x1/>) in the text of its memory.
The translator credits of a PO file (translator-credits and the KDE credit entries) are names, not a
translation, and are skipped, as are the names of a Sphinx documentation's image substitutions (`rest_roles`).
Inside a unit, a Markdown link or image keeps its text and drops its brackets and target, and a menu accelerator
written beside the label, (&F) or (_F), is not text either; nor is the prefix of a reStructuredText role that
docutils recognises (`:kbd:` of " :kbd:`Ctrl` " in a Sphinx documentation's PO file, `rest_roles`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple, TypeVar

from zhen_qa.manuscript.cat_elements import XML_TAG, Span, element_span, element_text, local_name
from zhen_qa.manuscript.cat_furniture import running_heads
from zhen_qa.manuscript.cat_qt import ts_message, ts_unit_id
from zhen_qa.manuscript.cat_states import Approved, approved
from zhen_qa.manuscript.cat_tags import element_tags, is_omegat, omegat_tag_spans, omegat_tags, placed
from zhen_qa.manuscript.doctest_blocks import same_session
from zhen_qa.manuscript.document import Bead, Block, InlineTag, Manuscript, Pair, Role, Sentence, UnitTags
from zhen_qa.manuscript.errors import InputError, OtherLanguages
from zhen_qa.manuscript.plural import plural
from zhen_qa.manuscript.po_kept import as_code, kept_words
from zhen_qa.manuscript.reader import CAT_SUFFIXES
from zhen_qa.manuscript.rest_roles import role_prefixes, substitution_names
from zhen_qa.manuscript.script import detect_lang
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, MappedText, SourceText
from zhen_qa.manuscript.text_tags import html_prose, marked_elements, text_tags

_TUV = re.compile(r"<tuv\s[^>]*?lang=[\"']([^\"']+)[\"'][^>]*>")
_UNIT_START = {"xliff": re.compile(r"<(?:[\w.-]+:)?trans-unit[\s>]"),
               "xliff2": re.compile(r"<(?:[\w.-]+:)?segment[\s>]"), "tmx": re.compile(r"<tu[\s>]"),
               "ts": re.compile(r"<message[\s>]")}
_UNIT_END = {"xliff": "</trans-unit>", "xliff2": "</segment>", "tmx": "</tu>", "ts": "</message>"}
_UNTRANSLATED_STATES = frozenset({"new", "needs-translation", "initial"})
"""Target states that mean "not translated yet" (XLIFF 1.2 new / needs-translation, XLIFF 2 initial)."""
PO_CREDITS = frozenset({"translator-credits", "translator_credits", "Your names", "Your emails",
                        "NAME OF TRANSLATORS", "EMAIL OF TRANSLATORS", "ROLES_OF_TRANSLATORS"})
"""PO msgids whose msgstr credits the translators (GNOME, KDE): names, not a translation."""
_MD_LINK = re.compile(r"(!?\[)([^\[\]\n]*)(\]\((?:<[^>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:\s+\"[^\"\n]*\")?\))")
_ACCELERATOR = re.compile(r"\([&_][A-Za-z0-9]\)")
ITSTOOL_CODE = frozenset({"keyseq", "keycombo", "key", "keycap", "keysym", "cmd", "command", "code", "sys", "file",
                          "filename", "input", "userinput", "output", "computeroutput", "literal", "screen"})
"""Mallard and DocBook inline elements whose content is a key, command, file or code: not prose."""


def is_cat_file(path: str) -> bool:
    """True for the file names read by this module."""
    return path.lower().endswith(CAT_SUFFIXES)


@dataclass(frozen=True)
class Unit:
    """One unit of a CAT file: its id, source and target text (mapped to the file) and source language."""

    id: str
    source: MappedText
    target: MappedText
    tags: UnitTags | None = None
    """The inline tags of source and target: the format's elements (XLIFF, TMX, OmegaT's shortcuts), then the
    markup written as text in the strings (`text_tags`)."""
    source_shown: bool = False
    """A Qt Linguist message marked finished with an empty translation: the program shows its source text."""


def _trimmed(mt: MappedText) -> MappedText:
    stripped = mt.text.strip()
    if not stripped:
        return mt.slice(0, 0)
    a = mt.text.index(stripped)
    return mt.slice(a, a + len(stripped))


_LINE_BREAK = re.compile(r"%n|(?<!\\)\\n")
"""A line break written as an escape the program expands: %n (Inno Setup, Java's format) and a backslash-n kept
as two characters (Java properties, .NET resources, C strings in a memory)."""
_BACKSLASH_N = re.compile(r"(?<!\\)\\n")
"""The line-break escape of a Qt Linguist file, whose %n is the count of a plural message, not a line break."""
_DRIVE = re.compile(r"\A(?:[A-Za-z]:|\\\\|\.{1,2}\\|~)")
"""How a Windows path starts: a drive (C:), a UNC prefix, a dot folder, a home folder."""
_ESCAPE = re.compile(r"\\[ntr\"'\\]|%n")
_FILE_NAME = re.compile(r"[\w-]{0,64}\.[A-Za-z][A-Za-z0-9]{0,4}(?![\w\\-]|\.\w)")
"""A file name: letters to an extension that ends the word (notes.txt, notes.txt. at a sentence's end, not
notes.txt2x or v1.2.3); at most 64 characters are read, so each escape costs the same however long the unit."""


_MAX_PATH = 260
"""Windows' MAX_PATH: a longer word before an escape is no path, and reading it would make a unit of many escapes in
one unbroken run (Chinese has no spaces) cost its length squared."""


def _is_break(text: str, m: re.Match[str], word_start: int) -> bool:
    """True when the escape at `m` writes a line break: %n always; a backslash-n unless, before a lower-case
    letter, it separates a path's parts: the word it ends (from `word_start`) starts as a path (C:\\new,
    \\\\srv\\new, .\\new) or holds another backslash that is no escape (dir\\sub\\new), or a word ending in a
    letter or digit is followed by a file name (Documents\\notes.txt) — not "file.\\nplease"."""
    if m.group(0) == "%n" or not text[m.end():m.end() + 1].islower():
        return True
    if m.start() - word_start > _MAX_PATH:
        return True
    word = text[word_start:m.start()]
    if _DRIVE.match(word) or "\\" in _ESCAPE.sub("", word):
        return False
    return not (word[-1:].isalnum() and _FILE_NAME.match(text, m.start() + 1))


def _line_breaks(mt: MappedText, qt: bool = False) -> MappedText:
    """`mt` with each line-break escape (`_LINE_BREAK`, `_is_break`; a Qt Linguist file's `_BACKSLASH_N` when `qt`)
    read as the line break it writes, mapped to the whole escape: a line break, not text, to the segmenter and the
    checks."""
    if ("%n" not in mt.text or qt) and "\\n" not in mt.text:
        return mt
    parts: list[MappedText] = []
    pos = 0
    word_start = scanned = 0  # the start of the word before each escape, found in one walk over the text
    for m in (_BACKSLASH_N if qt else _LINE_BREAK).finditer(mt.text):
        for k in range(scanned, m.start()):
            if mt.text[k].isspace():
                word_start = k + 1
        scanned = m.start()
        if not _is_break(mt.text, m, word_start):
            continue
        parts.append(mt.slice(pos, m.start()))
        parts.append(MappedText("\n", [mt.offsets[m.start()]], mt.source, [mt.end_of(m.end() - 1)]))
        pos = m.end()
    if not parts:
        return mt
    parts.append(mt.slice(pos, len(mt.text)))
    return MappedText.join(parts)


def _prose(mt: MappedText, qt: bool = False) -> MappedText:
    """The unit's prose: Markdown link and image markup (brackets, target), menu accelerators and the prefixes of
    reStructuredText roles (`rest_roles`) dropped, line-break escapes read as line breaks (`qt`: a Qt Linguist
    file's)."""
    mt = _line_breaks(mt, qt)
    drop: list[tuple[int, int]] = []
    for m in _MD_LINK.finditer(mt.text):
        drop += [m.span(1), m.span(3)]
    drop += [m.span() for m in _ACCELERATOR.finditer(mt.text)]
    drop += role_prefixes(mt.text)
    return _without(mt, drop)


def unit_text(mt: MappedText, qt: bool = False) -> MappedText:
    """A unit's text as the checks read it: its prose (`_prose`; `qt` for a Qt Linguist file's) without the blanks
    around it."""
    return _trimmed(_prose(mt, qt))


def _without(mt: MappedText, drop: list[tuple[int, int]]) -> MappedText:
    """`mt` without the characters of the spans `drop`; the rest keep their places."""
    if not drop:
        return mt
    gone: set[int] = set()
    for a, b in drop:
        gone.update(range(a, b))
    keep = [i for i in range(len(mt.text)) if i not in gone]
    return MappedText("".join(mt.text[i] for i in keep), [mt.offsets[i] for i in keep], mt.source,
                      [mt.end_of(i) for i in keep])


def _markup_prose(mt: MappedText) -> MappedText:
    """The prose of a PO string holding XML markup (itstool's Mallard or DocBook): tags dropped, each code element
    (ITSTOOL_CODE) one CODE_PLACEHOLDER object as inline code is in Markdown, entities decoded; each character
    keeps its offset (a decoded entity spans the whole of it)."""
    from html import unescape

    chars: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    depth_code = 0
    pos = 0
    text = mt.text
    for m in XML_TAG.finditer(text):
        if not depth_code:
            chars.extend(text[pos:m.start()])
            offsets.extend(mt.offsets[pos:m.start()])
            ends.extend(mt.end_of(i) for i in range(pos, m.start()))
        pos = m.end()
        if m.group(2):
            if m.group(2).split(":")[-1].lower() in ITSTOOL_CODE and not m.group(3):
                if not depth_code and not m.group(1) and m.end() < len(text):
                    chars.append(CODE_PLACEHOLDER)
                    offsets.append(mt.offsets[m.end()])
                    ends.append(mt.offsets[m.end()] + 1)
                depth_code = max(depth_code + (-1 if m.group(1) else 1), 0)
        elif m.group(5) and not depth_code:
            decoded = unescape(m.group(0))
            chars.extend(decoded)
            offsets.extend([mt.offsets[m.start()]] * len(decoded))
            ends.extend([mt.end_of(m.end() - 1)] * len(decoded))
    if not depth_code:
        chars.extend(text[pos:])
        offsets.extend(mt.offsets[pos:])
        ends.extend(mt.end_of(i) for i in range(pos, len(text)))
    return MappedText("".join(chars), offsets, mt.source, ends)


_ROOT = re.compile(r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:[\w.-]+:)?(\w+)",
                   re.S)
_PO_START = re.compile(r"^\s*(?:msgctxt|msgid)\s+\"", re.M)
_KIND_NAMES = {"xliff": "XLIFF", "tmx": "TMX", "po": "PO", "ts": "Qt Linguist"}


ROOT_CHARS = 20000
"""How much of a file's start is read for its root element (past an XML declaration, comments and a DOCTYPE)."""


def is_qt_linguist(text: str) -> bool:
    """True when the text's root element is Qt Linguist's <TS> (TypeScript shares the `.ts` extension)."""
    root = _ROOT.match(text[:ROOT_CHARS])
    return root is not None and root.group(1).lower() == "ts"


def extension_kind(path: str) -> str:
    """"xliff", "tmx", "po" or "ts" (Qt Linguist): the CAT format the file's extension names."""
    lower = path.lower()
    return ("po" if lower.endswith(".po") else "tmx" if lower.endswith(".tmx") else "ts" if lower.endswith(".ts")
            else "xliff")


def content_kind(path: str, text: str) -> str:
    """The CAT format the file's content is ("xliff", "tmx", "ts" or "po", by its root element or its first msgid);
    the extension's when the content says nothing clear (a broken file is then named by the format it claims)."""
    root = _ROOT.match(text[:ROOT_CHARS])
    if root is not None:
        name = root.group(1).lower()
        return {"xliff": "xliff", "tmx": "tmx", "ts": "ts"}.get(name, extension_kind(path))
    if _PO_START.search(text[:ROOT_CHARS]):
        return "po"
    return extension_kind(path)


def _open_store(path: str, data: bytes, kind: str) -> object:
    """translate-toolkit's store for the file read as `kind` (XLIFF 2 by its version, the dialects as XLIFF 1.2)."""
    try:
        if kind == "xliff":
            if re.search(rb"<xliff[^>]*version=[\"']2", data[:4000]):
                from translate.storage.xliff2 import Xliff2File

                return Xliff2File.parsestring(data)  # type: ignore[no-untyped-call]
            from translate.storage.xliff import Xliff1File

            return Xliff1File.parsestring(data)  # type: ignore[no-untyped-call]
        if kind == "tmx":
            from translate.storage.tmx import tmxfile

            return tmxfile.parsestring(data)  # type: ignore[no-untyped-call]
        if kind == "ts":
            if not is_qt_linguist(data[:ROOT_CHARS].decode("utf-8", "replace")):
                raise InputError(f"{path}: not a Qt Linguist file (no <TS> root element); zhen-qa reads the .ts "
                                 "files of Qt Linguist, not TypeScript")
            from translate.storage.ts2 import tsfile

            return tsfile.parsestring(data)  # type: ignore[no-untyped-call]
        from translate.storage.po import pofile

        return pofile.parsestring(data)  # type: ignore[no-untyped-call]
    except InputError:
        raise
    except Exception as exc:  # translate-toolkit and lxml raise assorted errors on broken files
        name = _KIND_NAMES[kind]
        line = getattr(exc, "lineno", None)
        where = f"line {line}: " if isinstance(line, int) and line > 0 else ""
        why = str(getattr(exc, "msg", "") or exc).strip() or f"no {name} root element"  # a StopIteration says nothing
        why = re.sub(r",? line \d+, column \d+(?: \(<string>, line \d+\))?$", "", why)  # lxml repeats the place
        raise InputError(f"{path}: {where}not a readable {name} file ({why}); export it again from the CAT "
                         "tool") from None


def _line_offset(src: SourceText, line: int | None) -> int:
    if not line or line > len(src.line_starts):
        return 0
    return src.line_starts[line - 1]


class _Raw(NamedTuple):
    """One unit as the file gives it: id, source, target, whether it is marked not translated yet, and whether the
    translator cannot edit it (locked) or it is not for translation at all (translate="no")."""

    id: str
    source: MappedText
    target: MappedText
    draft: bool
    locked: bool = False
    not_for_translation: bool = False
    tags: UnitTags | None = None
    approved: bool = False
    gone: bool = False
    """A message whose source the program no longer has (Qt Linguist obsolete, vanished): never shown."""
    kept: bool = False
    """A Qt Linguist message marked finished with an empty translation: the program shows its source
    (`cat_qt.ts_message`); read without a target, as an empty one is."""


def _omegat_memory(store: object, kind: str) -> bool:
    """True for a TMX OmegaT wrote: its markup is its shortcut tags, written as text."""
    document = getattr(store, "document", None)
    return kind == "tmx" and document is not None and is_omegat(document.getroot())


def _xml_units(src: SourceText, store: object, kind: str) -> Iterator[_Raw]:
    """Each unit of an XLIFF or TMX store, read at the unit's place in the file."""
    text = src.text
    end_tag = _UNIT_END[kind]
    src_lang = (getattr(store, "sourcelanguage", None) or "").lower()
    cursor = 0  # units are read in file order, so several on one line are told apart
    omegat = _omegat_memory(store, kind)
    for number, unit in enumerate(getattr(store, "units", []), 1):
        if unit.isheader():
            continue
        element = getattr(unit, "xmlelement", None)
        start = max(_line_offset(src, element.sourceline if element is not None else None), cursor)
        opening = _UNIT_START[kind].search(text, start)
        start = opening.start() if opening else start
        limit = text.find(end_tag, start)
        limit = len(text) if limit < 0 else limit
        cursor = limit
        if kind == "ts":  # Qt keys a message by its context and its source: what Linguist finds it by
            message = ts_message(src, unit, ts_unit_id(unit.getcontext(), str(getattr(unit, "source", "") or "")),
                                 start, limit)
            yield _Raw(message.id, message.source, message.target, message.draft, gone=message.gone,
                       kept=message.kept)
            continue
        no = element is not None and kind != "tmx" and _not_for_translation(element)
        locks = _locks(text, start, limit) if kind == "xliff" else _Locks(False, frozenset())
        alt = text.find("<alt-trans", start, limit)  # suggestions of a TM, not the unit's own text
        limit = alt if alt >= 0 else limit
        uid = str(unit.getid() or f"#{number}").split("\x04")[-1]  # a TMX <tu> without tuid: its number
        if kind == "tmx":
            spans = _tmx_sides(src, start, limit, src_lang)
        else:
            spans = (element_span(src, "source", start, limit), element_span(src, "target", start, limit))
        sides = (element_text(src, spans[0]), element_text(src, spans[1]))
        draft = element is not None and kind != "tmx" and _target_state(element) in _UNTRANSLATED_STATES
        segments = _segments(src, start, limit) if kind == "xliff" else []
        tags = dict(_tag_sides(element, kind, src_lang)) if element is not None and not omegat else {}
        signed = approved(element) if element is not None and kind != "tmx" else Approved(False, frozenset())
        if segments:  # a segmented unit (Trados, Okapi): each segment is a pair of its own
            for mid, seg_source, seg_target in segments:
                yield _Raw(f"{uid}:{mid}", element_text(src, seg_source) or MappedText("", [], src),
                           element_text(src, seg_target) or MappedText("", [], src), draft,
                           locks.unit or mid in locks.segments, no, _placed(tags.get(mid), src, seg_source, seg_target),
                           signed.unit or mid in signed.segments)
            continue
        source, target = sides
        unit_tags = _placed(tags.get(""), src, *spans)
        if omegat:  # its shortcut tags are written as text: read them there, and take them out of the prose
            unit_tags = (omegat_tags(source) if source is not None else _NO_TAGS,
                         omegat_tags(target) if target is not None else _NO_TAGS)
            source, target = (_without_omegat_tags(side) if side is not None else None for side in (source, target))
        if source is None:  # not where the toolkit said: its own text, pinned to the unit's line
            source = MappedText(unit.source or "", [start] * len(unit.source or ""), src)
        if target is None:
            target = MappedText("", [], src)
        yield _Raw(uid, source, target, draft, locks.unit or bool(locks.segments), no, unit_tags,
                   signed.unit or bool(signed.segments))


class _Locks(NamedTuple):
    """Which parts of a unit its CAT tool locked: the whole unit (memoQ's mq:locked) and segment ids (Trados's
    <sdl:seg locked="true">)."""

    unit: bool
    segments: frozenset[str]


_MQ_LOCKED = re.compile(r"""\bmq:locked\s*=\s*["'](?:locked|true|1|yes)["']""", re.I)
_SDL_SEG = re.compile(r"<sdl:seg\s([^>]*)>")
_SDL_LOCKED = re.compile(r"""\blocked\s*=\s*["']true["']""")
_SEG_ID = re.compile(r"""\bid\s*=\s*["']([^"']*)["']""")


def _locks(text: str, start: int, limit: int) -> _Locks:
    """The locks of the XLIFF 1.2 unit at text[start:limit] (its opening tag and its Trados segment definitions)."""
    opening = text[start:text.find(">", start, limit) + 1]
    segments = frozenset(m.group(1) for d in _SDL_SEG.finditer(text, start, limit) if _SDL_LOCKED.search(d.group(1))
                         for m in [_SEG_ID.search(d.group(1))] if m)
    return _Locks(bool(_MQ_LOCKED.search(opening)), segments)


_MRK = re.compile(r"<(/?)mrk\b([^>]*?)(/?)>")
_MID = re.compile(r"""\bmid\s*=\s*["']([^"']*)["']""")
_SEG_TYPE = re.compile(r"""\bmtype\s*=\s*["']seg["']""")


def _seg_marks(src: SourceText, start: int, end: int) -> dict[str, tuple[int, int]]:
    """{mid: (start, end) of its content} of the segment marks (<mrk mtype="seg" mid="…">) in src.text[start:end];
    an empty mark (<mrk …/>) has an empty content."""
    out: dict[str, tuple[int, int]] = {}
    stack: list[tuple[str | None, int]] = []
    for m in _MRK.finditer(src.text, start, end):
        if m.group(1):  # </mrk>
            if stack:
                mid, begin = stack.pop()
                if mid is not None:
                    out.setdefault(mid, (begin, m.start()))
            continue
        mid_m = _MID.search(m.group(2))
        mid = mid_m.group(1) if mid_m and _SEG_TYPE.search(m.group(2)) else None
        if m.group(3):  # <mrk …/>
            if mid is not None:
                out.setdefault(mid, (m.end(), m.end()))
        else:
            stack.append((mid, m.end()))
    return out


def _segments(src: SourceText, start: int, limit: int) -> list[tuple[str, Span, Span | None]]:
    """(mid, where its source is, where its target is) of each segment of an XLIFF 1.2 unit segmented by its tool
    (<seg-source> with two or more <mrk mtype="seg">, and a <target> marked the same way), in source order; [] for
    a unit that is not (it is read whole). A segment the target leaves out has no target (None), one it leaves
    empty an empty one: both are untranslated."""
    opening = re.compile(r"<seg-source(?:\s[^>]*)?>").search(src.text, start, limit)
    if not opening:
        return []
    close = src.text.find("</seg-source>", opening.end(), limit)
    sources = _seg_marks(src, opening.end(), close) if close >= 0 else {}
    target = re.compile(r"<target(?:\s[^>]*)?>").search(src.text, start, limit)
    target_end = src.text.find("</target>", target.end(), limit) if target else -1
    targets = _seg_marks(src, target.end(), target_end) if target and target_end >= 0 else {}
    if len(sources) < 2 or not targets:
        return []
    return [(mid, span, targets.get(mid)) for mid, span in sources.items()]


def _not_for_translation(element: object) -> bool:
    """translate="no" on the unit or inherited: the nearest translate attribute of the XLIFF 1.2 trans-unit or its
    <group>s, the XLIFF 2 segment, its unit or its groups, decides."""
    node = element
    while node is not None and local_name(node.tag) not in ("file", "xliff"):  # type: ignore[attr-defined]
        value = node.get("translate")  # type: ignore[attr-defined]
        if value is not None:
            return str(value) == "no"
        node = node.getparent()  # type: ignore[attr-defined]
    return False


def _target_state(element: object) -> str:
    """The state of the unit's translation: the XLIFF 2 <segment state>, the XLIFF 1.2 <target state>."""
    if local_name(element.tag) == "segment":  # type: ignore[attr-defined]
        return str(element.get("state") or "")  # type: ignore[attr-defined]
    for child in element:  # type: ignore[attr-defined]
        if local_name(child.tag) == "target":
            return str(child.get("state") or "")
    return ""


def _tmx_sides(src: SourceText, start: int, limit: int, src_lang: str) -> tuple[Span | None, Span | None]:
    """Where the (source, target) <seg>s of one <tu> are: the source-language variant first, else the first
    variant."""
    variants: list[tuple[str, Span]] = []
    for m in _TUV.finditer(src.text, start, limit):
        seg = element_span(src, "seg", m.end(), limit)
        if seg is not None:
            variants.append((m.group(1).lower(), seg))
    return _chosen(variants, src_lang)


_T = TypeVar("_T")


def _chosen(variants: list[tuple[str, _T]], src_lang: str) -> tuple[_T | None, _T | None]:
    """(source, target) of a <tu>'s variants (language, value): in a memory with Chinese or English variants those
    two, the source language's first; else the source language's variant and the first other."""
    if not variants:
        return None, None
    by_lang: dict[str, _T] = {}
    for lang, seg in variants:
        by_lang.setdefault(_primary(lang), seg)
    if "zh" in by_lang or "en" in by_lang:  # a multilingual memory: the Chinese and English variants, whatever else
        first_lang = "en" if _primary(src_lang) == "en" else "zh"
        other_lang = "zh" if first_lang == "en" else "en"
        if first_lang not in by_lang:
            first_lang, other_lang = other_lang, first_lang
        return by_lang[first_lang], by_lang.get(other_lang)
    first = next((i for i, (lang, _) in enumerate(variants) if src_lang and lang.startswith(src_lang[:2])), 0)
    rest = [v for i, v in enumerate(variants) if i != first]
    return variants[first][1], rest[0][1] if rest else None


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NO_TAGS: tuple[InlineTag, ...] = ()


def _placed(tags: UnitTags | None, src: SourceText, source: Span | None, target: Span | None) -> UnitTags | None:
    """A unit's tags with their places in the file (`cat_tags.placed`, each side read where it is written)."""
    if tags is None:
        return None
    return (placed(tags[0], src.text, *source) if source is not None else tags[0],
            placed(tags[1], src.text, *target) if target is not None else tags[1])


def _without_omegat_tags(mt: MappedText) -> MappedText:
    """The prose of a segment of an OmegaT memory: its shortcut tags (<g0>, </g0>, <x1/>) taken out, each
    character keeping its place."""
    return _without(mt, omegat_tag_spans(mt.text))


def _tag_sides(element: object, kind: str, src_lang: str) -> list[tuple[str, UnitTags]]:
    """The inline tags of a unit's sides read from its XML element: [("", (source's, target's))] for a unit read
    whole, [(mid, ...), ...] for the segments of a unit its tool segmented (XLIFF 1.2 <seg-source>)."""
    children: dict[str, object] = {}
    for child in element:  # type: ignore[attr-defined]
        if isinstance(child.tag, str):
            children.setdefault(local_name(child.tag), child)
    if kind == "tmx":
        segs = []
        for tuv in element:  # type: ignore[attr-defined]
            if isinstance(tuv.tag, str) and local_name(tuv.tag) == "tuv":
                lang = tuv.get(_XML_LANG) or tuv.get("lang")
                seg = next((c for c in tuv if isinstance(c.tag, str) and local_name(c.tag) == "seg"), None)
                if lang and seg is not None:
                    segs.append((str(lang).lower(), seg))
        source, target = _chosen(segs, src_lang)
        return [("", (element_tags(source) if source is not None else _NO_TAGS,
                      element_tags(target) if target is not None else _NO_TAGS))]
    seg_source = children.get("seg-source")
    target = children.get("target")
    if seg_source is not None:
        sources = _seg_mrks(seg_source)
        targets = _seg_mrks(target) if target is not None else {}
        if len(sources) >= 2 and targets:
            return [(mid, (element_tags(mrk), element_tags(targets[mid]) if mid in targets else _NO_TAGS))
                    for mid, mrk in sources.items()]
    source = children.get("source")
    return [("", (element_tags(source) if source is not None else _NO_TAGS,
                  element_tags(target) if target is not None else _NO_TAGS))]


def _seg_mrks(side: object) -> dict[str, object]:
    """The <mrk mtype="seg"> elements of a <seg-source> or <target> by their mid, in order."""
    out: dict[str, object] = {}
    for node in side.iter():  # type: ignore[attr-defined]
        if isinstance(node.tag, str) and local_name(node.tag) == "mrk" and node.get("mtype") == "seg":
            out.setdefault(str(node.get("mid")), node)
    return out


_PO_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_PO_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
_PO_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+(?=\")")
_PO_NEXT = re.compile(r"[ \t]*\r?\n[ \t]*(?=\")")


def _po_read(src: SourceText, pos: int) -> tuple[MappedText, int]:
    """The string at `pos` (continuation lines joined, escapes decoded) and where it ends."""
    chars: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
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
                ends.append(k + 2)  # the escape, backslash and letter
                k += 2
            else:
                chars.append(text[k])
                offsets.append(k)
                ends.append(k + 1)
                k += 1
        pos = s.end()
        nxt = _PO_NEXT.match(text, pos)
        if not nxt:
            break
        pos = nxt.end()
    return MappedText("".join(chars), offsets, src, ends), pos


@dataclass
class _PoEntry:
    """One PO entry as written: its strings (mapped to the file) and whether it is flagged fuzzy."""

    fuzzy: bool
    comment: str = ""
    """The developer comments above the entry (`#.` lines), joined."""
    context: str | None = None
    msgid: MappedText | None = None
    plural: MappedText | None = None
    msgstr: list[MappedText] | None = None


def _po_entries(src: SourceText) -> Iterator[_PoEntry]:
    """The PO file's entries in file order; obsolete (#~) entries and comments are skipped."""
    text = src.text
    entry: _PoEntry | None = None
    fuzzy = False
    comment: list[str] = []
    pos = 0
    while pos < len(text):
        eol = text.find("\n", pos)
        eol = len(text) if eol < 0 else eol
        if text.startswith("#,", pos):
            fuzzy = fuzzy or "fuzzy" in text[pos:eol]
        elif text.startswith("#.", pos):
            comment.append(text[pos + 2:eol].strip())
        m = None if text.startswith("#", pos) else _PO_KEYWORD.match(text, pos)
        if m is None:
            pos = eol + 1
            continue
        kw = m.group(1)
        if entry is None or kw == "msgctxt" or (kw == "msgid" and entry.msgid is not None):
            if entry is not None and entry.msgid is not None:
                yield entry
            entry, fuzzy = _PoEntry(fuzzy, " ".join(comment)), False
            comment = []
        value, end = _po_read(src, m.end())
        if kw == "msgctxt":
            entry.context = value.text
        elif kw == "msgid":
            entry.msgid = value
        elif kw == "msgid_plural":
            entry.plural = value
        else:
            entry.msgstr = (entry.msgstr or []) + [value]
        pos = max(end, eol + 1) if end <= eol else end
    if entry is not None and entry.msgid is not None:
        yield entry


ITSTOOL_MARK = "\n#. (itstool) path:"
"""What a PO file made by itstool (GNOME and Yelp help) writes before each entry: its strings hold Mallard or
DocBook markup, read as markup."""


def _po_units(src: SourceText) -> Iterator[_Raw]:
    """(id, msgid, msgstr, untranslated) of each PO entry, in file order; the header, the credits and the names of
    a Sphinx documentation's image substitutions (a msgid the other msgids reference as |name|) are skipped."""
    entries = list(_po_entries(src))
    icons = substitution_names(e.msgid.text for e in entries if e.msgid is not None)
    for e in entries:
        assert e.msgid is not None
        if (not e.msgid.text and e.context is None) or e.msgid.text in PO_CREDITS or e.msgid.text in icons:
            continue
        source = e.plural if e.plural is not None else e.msgid
        target = e.msgstr[-1] if e.msgstr else MappedText("", [], src)
        kept = kept_words(e.comment)  # "Translators: Do not translate the word 'fun'!"
        source, target = as_code(source, kept), as_code(target, kept)
        uid = f"{e.context}|{e.msgid.text}" if e.context is not None else e.msgid.text
        yield _Raw(uid, source, target, e.fuzzy)


def _zh_is_source(store: object, units: list[_Raw]) -> bool:
    """True when the source side is Chinese: from the file's languages, else from the text itself."""
    source_lang = (getattr(store, "sourcelanguage", None) or "").lower()
    target_lang = ""
    if hasattr(store, "gettargetlanguage"):
        target_lang = (store.gettargetlanguage() or "").lower()
    if source_lang.startswith("zh"):
        return True
    if target_lang.startswith("zh") or source_lang.startswith("en"):
        return False
    sample = "".join(u.source.text for u in units[:50])
    return detect_lang(sample) == "zh"


_LANG_ALIASES = {"zho": "zh", "chi": "zh", "cmn": "zh", "eng": "en"}


def _primary(code: str) -> str:
    """The primary language subtag of a declared code, lower case: zh-CN, zh_Hans, ZH -> zh; "" for none."""
    head = re.split(r"[-_@.]", code.strip().lower(), maxsplit=1)[0]
    return "" if head == "*all*" else _LANG_ALIASES.get(head, head)


def _other_languages(store: object, src: SourceText, tmx: bool) -> str:
    """The file's declared languages ("fr -> de") when one of them is neither Chinese nor English, else "". A TMX
    declares its languages on its variants (<tuv xml:lang>): a memory without a Chinese or an English variant in
    any unit ("en, fr") is in other languages too; one holding both, whatever else, is read for them."""
    source = str(getattr(store, "sourcelanguage", None) or "")
    target = str((store.gettargetlanguage() if hasattr(store, "gettargetlanguage") else None) or "")
    if tmx and not target:
        langs = list(dict.fromkeys(m.group(1) for m in _TUV.finditer(src.text)))
        primaries = {_primary(lang) for lang in langs}
        if primaries - {"zh", "en"} and not {"zh", "en"} <= primaries:
            return ", ".join(langs)
        return ""
    if {_primary(source), _primary(target)} - {"zh", "en", ""}:
        if source and target:
            return f"{source} -> {target}"
        # a PO says only its target: "(source not declared) -> fr" read as a riddle in the hook's note
        return f"target {target}, source not declared" if target else f"source {source}, target not declared"
    return ""


@dataclass(frozen=True)
class CatFile:
    """A CAT file as read: its text, its format, the units to check, which side is Chinese, and counts for the
    notes: drafts read without their target, locked units and units not for translation left out."""

    source: SourceText
    kind: str
    """"xliff", "tmx", "po" or "ts": what the content is (see `content_kind`)."""
    units: list[Unit]
    zh_source: bool
    drafts: int = 0
    locked: int = 0
    not_for_translation: int = 0
    approved: int = 0
    """Units a reviewer approved, left out by `skip_approved`."""
    obsolete: int = 0
    """Qt Linguist messages whose source the program no longer has (obsolete, vanished), left out."""
    sessions: int = 0
    """Doctest blocks whose code the translation keeps (`doctest_blocks.same_session`): units with no prose."""
    kept: int = 0
    """Qt Linguist messages marked finished with an empty translation, read as their source kept as it is."""


def read_units(path: str, *, include_locked: bool = False, skip_approved: bool = False) -> CatFile:
    """The file and its units. Units marked not translated yet (fuzzy, new, needs-translation, initial) are read
    without their draft; units not for translation (translate="no") are left out, and so are locked ones (Trados,
    memoQ: the translator cannot edit them) unless `include_locked`, and with `skip_approved` the ones a reviewer
    approved or signed off (`manuscript.cat_states`)."""
    from zhen_qa.manuscript.reader import read_source

    src = read_source(path, units=True)
    kind = content_kind(path, src.text)
    data = src.text.encode("utf-8")
    data = re.sub(rb"^<\?xml[^>]*\?>", b"", data) if kind != "po" else data
    store = _open_store(path, data, kind)
    other = _other_languages(store, src, kind == "tmx")
    if other:
        raise OtherLanguages(f"{path}: its languages are {other}; zhen-qa checks Chinese-English files only",
                             other.replace(" -> ", "→"))
    if kind == "po":
        raw = list(_po_units(src))
    else:
        raw = list(_xml_units(src, store, "xliff2" if type(store).__name__ == "Xliff2File" else kind))
    units: list[Unit] = []
    itstool = kind == "po" and ITSTOOL_MARK in src.text
    markup = not _omegat_memory(store, kind)  # OmegaT made its markup shortcut tags: `<div>` left is text
    drafts = locked = not_for_translation = signed_off = obsolete = sessions = kept = 0
    for r in raw:
        uid, written_source, written_target, untranslated, tags = r.id, r.source, r.target, r.draft, r.tags
        marked = marked_elements(written_source.text) | marked_elements(written_target.text)
        written = ((text_tags(written_source, itstool, marked), text_tags(written_target, itstool, marked))
                   if markup else ((), ()))
        source, target = (_markup_prose(side) if itstool else
                          html_prose(side, marked) if markup else side
                          for side in (written_source, written_target))
        if not source.text.strip() and not written[0]:
            continue
        if r.gone:
            obsolete += 1
            continue
        if r.not_for_translation or (r.locked and not include_locked):
            not_for_translation += r.not_for_translation
            locked += r.locked and not r.not_for_translation
            continue
        if skip_approved and r.approved and not untranslated:
            signed_off += 1
            continue
        if not untranslated and same_session(written_source.text, written_target.text):
            sessions += 1  # a Python session kept as code, its comments translated: nothing to read as prose
            units.append(Unit(uid, written_source.slice(0, 0), written_target.slice(0, 0), ((), ())))
            continue
        kept += r.kept
        if untranslated and target.text.strip():
            drafts += 1
            target = target.slice(0, 0)
        tags = written if tags is None else (tags[0] + written[0], tags[1] + written[1])
        if not target.text.strip():
            tags = (tags[0], ())
        units.append(Unit(uid, unit_text(source, kind == "ts"), unit_text(target, kind == "ts"), tags,
                          source_shown=r.kept))
    zh_source = _zh_is_source(store, raw)
    if not zh_source:
        units = _without_running_heads(units)
    return CatFile(src, kind, units, zh_source, drafts=drafts, locked=locked, not_for_translation=not_for_translation,
                   approved=signed_off, obsolete=obsolete, sessions=sessions, kept=kept)


def _without_running_heads(units: list[Unit]) -> list[Unit]:
    """The units with the running heads and page numbers a PDF's extraction left in their English source taken out
    (`cat_furniture.running_heads`)."""
    heads = running_heads([u.source.text for u in units], [u.target.text for u in units])
    return [replace(u, source=_trimmed(_without(u.source, heads[i]))) if i in heads else u
            for i, u in enumerate(units)]


_TU = re.compile(r"<tu[\s>].*?</tu>", re.S)
_ANY_TUV = re.compile(r"<tuv[\s>]")


def tmx_units_without_languages(src: SourceText) -> int:
    """How many <tu> of a TMX have variants (<tuv>) none of which declares its language (xml:lang, which TMX
    requires): their languages are unknown, so they are not read."""
    return sum(1 for m in _TU.finditer(src.text)
               if _ANY_TUV.search(m.group(0)) and not _TUV.search(m.group(0)))


def read_cat(path: str, *, include_locked: bool = False, skip_approved: bool = False) -> Manuscript:
    """A manuscript whose pairs are the file's units: one bead each, no alignment (locked units left out unless
    `include_locked`, approved ones with `skip_approved`)."""
    cat = read_units(path, include_locked=include_locked, skip_approved=skip_approved)
    src, units, zh_source, drafts, kind = cat.source, cat.units, cat.zh_source, cat.drafts, cat.kind
    unknown = tmx_units_without_languages(src) if kind == "tmx" else 0
    if unknown and not units:
        raise InputError(f"{path}: no <tuv> declares its language (xml:lang, which TMX requires), so no unit can be "
                         "read as Chinese or English; export the memory again with languages")
    blocks: list[Block] = []
    pairs: list[Pair] = []
    for unit in units:
        zh, en = (unit.source, unit.target) if zh_source else (unit.target, unit.source)
        zh_s = (Sentence(zh, "zh", Role.PARAGRAPH),) if zh.text else ()
        en_s = (Sentence(en, "en", Role.PARAGRAPH),) if en.text else ()
        for side, lang in ((unit.source, "zh" if zh_source else "en"), (unit.target, "en" if zh_source else "zh")):
            if side.text:  # the source first, as the CAT tool shows it
                blocks.append(Block(Role.PARAGRAPH, lang, side, f"unit {unit.id}"))
        bead = Bead(tuple(range(len(zh_s))), tuple(range(len(en_s))), 1.0)
        pairs.append(Pair(unit.id, zh_s, en_s, (bead,), tags=unit.tags, source_shown=unit.source_shown))
    notes: tuple[str, ...] = () if units else ("no translation units found",)
    if kind != extension_kind(path):  # a memory saved as .xlf, an XLIFF as .tmx: read as what it is
        notes += (f"read as {_KIND_NAMES[kind]} (its content), not {_KIND_NAMES[extension_kind(path)]} "
                  "(its extension)",)
    if unknown:
        notes += (f"{plural(unknown, 'translation unit')} not read: no <tuv> of {'it' if unknown == 1 else 'them'} "
                  "declares its language (xml:lang)",)
    if drafts:
        notes += (f"{drafts} unit{'s' if drafts > 1 else ''} marked as not translated yet (fuzzy, new, "
                  "needs-translation, initial or unfinished) read without their draft target",)
    if cat.locked:
        notes += (f"{plural(cat.locked, 'locked segment')} not checked (the CAT tool locks them against editing; "
                  "--include-locked checks them)",)
    if cat.approved:
        notes += (f"{plural(cat.approved, 'approved segment')} not checked (approved or signed off in review; "
                  "left out by --skip-approved)",)
    if cat.obsolete:
        notes += (f"{plural(cat.obsolete, 'obsolete message')} not checked (marked obsolete or vanished: the program "
                  "no longer shows them)",)
    if cat.not_for_translation:
        notes += (f"{plural(cat.not_for_translation, 'unit')} marked translate=\"no\" not checked",)
    if cat.kept:
        notes += (f"{plural(cat.kept, 'message')} marked finished with an empty translation (Qt shows the source "
                  "text): a name kept so is no finding, words left in English are",)
    if cat.sessions:
        notes += (f"{plural(cat.sessions, 'doctest block')} (Python sessions, >>>) whose code the translation keeps "
                  "not checked as prose (code, as a fenced code block is)",)
    return Manuscript(path, (src,), tuple(blocks), tuple(pairs), (), notes, source_lang="zh" if zh_source else "en",
                      cat_format=kind)
