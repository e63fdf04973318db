"""The XML elements of a CAT file read as text: where an element's content is in the file, and that content with its
tags dropped, its code elements skipped and its entities decoded, every character mapped to its offset. Shared by
the readers of `manuscript.cat` (XLIFF, TMX) and `manuscript.cat_qt` (Qt Linguist)."""
from __future__ import annotations

import re

from zhen_qa.manuscript.source import MappedText, SourceText

CODE_ELEMENTS = frozenset({"ph", "bpt", "ept", "it", "cp", "sc", "ec", "x", "bx", "ex"})
"""Inline elements whose content is native code (a tag of the original format), never text."""

XML_TAG = re.compile(r"<(/?)([\w:.-]+)[^>]*?(/?)>|<!\[CDATA\[(.*?)\]\]>|<!--.*?-->|&(#?\w+);", re.S)
_ICON_TAG = re.compile(r"""\bid\s*=\s*["'](START|CLOSE)_TAG_\w*ICON(?:_\d+)?["']""")
"""The placeholders Angular's extraction writes for the start and the end of an icon element (<mat-icon>,
<ion-icon>, <fa-icon>: START_TAG_MAT_ICON ... CLOSE_TAG_MAT_ICON): what is between them is the icon's name in its
font (a Material ligature such as add_circle), shown as a picture, never text."""


def inner_text(src: SourceText, start: int, end: int) -> MappedText:
    """The text of src.text[start:end] (an element's content): tags dropped, code elements and icon names
    (`_ICON_TAG`) skipped, entities decoded; each character mapped to its offset (a decoded entity from its "&" to
    the end of its ";", so a span that starts or ends on it covers the whole entity)."""
    from html import unescape  # here: a manuscript that is not a CAT file does not load html's entity table

    text = src.text
    chars: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    depth_code = 0
    pos = start
    for m in XML_TAG.finditer(text, start, end):
        if not depth_code:
            for k in range(pos, m.start()):
                chars.append(text[k])
                offsets.append(k)
                ends.append(k + 1)
        pos = m.end()
        if m.group(2):  # a tag
            name = m.group(2).split(":")[-1].lower()
            if name in CODE_ELEMENTS and not m.group(3):
                depth_code += -1 if m.group(1) else 1
                depth_code = max(depth_code, 0)
            elif (icon := _ICON_TAG.search(m.group(0))) is not None:  # an icon's name: not text
                depth_code = max(depth_code + (1 if icon.group(1) == "START" else -1), 0)
        elif m.group(4) is not None and not depth_code:  # CDATA
            for k in range(m.start(4), m.end(4)):
                chars.append(text[k])
                offsets.append(k)
                ends.append(k + 1)
        elif m.group(5) and not depth_code:  # entity
            decoded = unescape(m.group(0))
            for ch in decoded:
                chars.append(ch)
                offsets.append(m.start())
                ends.append(m.end())
    if not depth_code:
        for k in range(pos, end):
            chars.append(text[k])
            offsets.append(k)
            ends.append(k + 1)
    return MappedText("".join(chars), offsets, src, ends)


Span = tuple[int, int]
"""Where an element's content is in its file (offsets from, to)."""


def element_span(src: SourceText, name: str, start: int, limit: int) -> Span | None:
    """Where the content of the first <name ...>...</name> in src.text[start:limit] is, or None (an empty element
    <name/>: an empty span after it)."""
    m = re.compile(rf"<{name}(?:\s[^>]*)?(/?)>").search(src.text, start, limit)
    if not m:
        return None
    if m.group(1):
        return m.end(), m.end()
    close = src.text.find(f"</{name}>", m.end(), limit)
    if close < 0:
        return None
    return m.end(), close


def element_text(src: SourceText, span: Span | None) -> MappedText | None:
    """The text of an element's content at `span` (`inner_text`); None for no element."""
    return None if span is None else inner_text(src, *span)


def local_name(tag: object) -> str:
    """An XML element's tag without its namespace ("{urn:oasis:names:tc:xliff:document:1.2}target": target)."""
    return str(tag).rsplit("}", 1)[-1]
