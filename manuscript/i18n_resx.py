"""Read a .NET resource file (`Resources.resx`, `Resources.zh-CN.resx`) as messages by name, each character placed
where the file writes it.

A `<data name="x"><value>…</value></data>` is the message `x`; a `<data>` with a `type` or `mimetype` (an icon, a
serialised object) and the `<resheader>`s are not text; a `<comment>` is the developer's note. The value is XML text:
entities are their characters. The file is parsed with lxml (what is accepted is well-formed XML with a `<root>` of
`<data>`), and each value's text is found in the file in document order.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.i18n_json import Message
from zhen_qa.manuscript.i18n_xml import Places, parsed, root_of, xml_escape
from zhen_qa.manuscript.source import MappedBuilder, MappedText, SourceText


def is_resx(text: str) -> bool:
    """True when an XML text's root element is `<root>` holding `<data>` or `<resheader>` (a .resx file)."""
    head = root_of(text, 8000)
    return re.match(r"\s*<root[\s>]", head) is not None and ("<data" in text or "<resheader" in head)


def _decoded(src: SourceText, start: int, end: int) -> MappedText:
    out = MappedBuilder(src)
    i = start
    while i < end:
        after = xml_escape(src, i, end, out)
        if after == i:
            out.copy(i, i + 1)
            after = i + 1
        i = after
    return out.build()


def messages(src: SourceText) -> list[Message]:
    """The string resources of a .resx file by name, in file order (see the module)."""
    root = parsed(src, "root", "a .NET resource file")
    raw = src.text
    places = Places(src)
    out: list[Message] = []
    opening = re.compile(r"<data\b[^>]*>")
    for data in root.iter("data"):
        m = places.next(opening)
        if m is None:
            break
        places.cursor = m.end()
        if data.get("type") or data.get("mimetype"):
            continue
        value = re.compile(r"<value\s*(/?)>").search(raw, places.cursor)
        close = raw.find("</data>", places.cursor)
        if value is None or (close >= 0 and value.start() > close) or value.group(1):
            continue  # no value, or an empty one
        end = raw.find("</value>", value.end())
        out.append(Message(data.get("name") or "", _decoded(src, value.end(), end if end >= 0 else value.end())))
        places.cursor = end if end >= 0 else value.end()
    return out
