"""Read a .NET resource file (`Resources.resx`, `Resources.zh-CN.resx`) as messages by name, each character placed
where the file writes it.

A `<data name="x"><value>…</value></data>` is the message `x`; a `<data>` with a `type` or `mimetype` (an icon, a
serialised object) and the `<resheader>`s are not text; a `<comment>` is the developer's note. The value is XML text:
entities are their characters. The file is parsed with lxml (what is accepted is well-formed XML with a `<root>` of
`<data>`), and each value's text is found in the file in document order.
"""
from __future__ import annotations

import html
import re

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.i18n_json import Message
from zhen_qa.manuscript.source import MappedText, SourceText

_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")


def is_resx(text: str) -> bool:
    """True when an XML text's root element is `<root>` holding `<data>` or `<resheader>` (a .resx file)."""
    head = _COMMENT.sub("", _DECLARATION.sub("", text[:8000], count=1))
    return re.match(r"\s*<root[\s>]", head) is not None and ("<data" in text or "<resheader" in head)


def _decoded(src: SourceText, start: int, end: int) -> MappedText:
    raw = src.text
    chars: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    i = start
    while i < end:
        if raw.startswith("<![CDATA[", i):
            close = raw.find("]]>", i, end)
            stop = close if close >= 0 else end
            for j in range(i + 9, stop):
                chars.append(raw[j])
                offsets.append(j)
                ends.append(j + 1)
            i = stop + 3
            continue
        m = _ENTITY.match(raw, i, end) if raw[i] == "&" else None
        if m:
            chars.append(html.unescape(m.group()))
            offsets.append(i)
            ends.append(m.end())
            i = m.end()
            continue
        chars.append(raw[i])
        offsets.append(i)
        ends.append(i + 1)
        i += 1
    return MappedText("".join(chars), offsets, src, ends)


def messages(src: SourceText) -> list[Message]:
    """The string resources of a .resx file by name, in file order (see the module)."""
    from lxml import etree

    text = _DECLARATION.sub(lambda m: " " * len(m.group()), src.text, count=1)
    try:
        root = etree.fromstring(text.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else 1
        raise InputError(f"{src.path}: line {line}: not well-formed XML ({exc.msg}); "
                         "check the file with an XML validator") from None
    if root.tag != "root":
        raise InputError(f"{src.path}: not a .NET resource file (its root element is not <root>)")
    raw = src.text
    comments = [m.span() for m in _COMMENT.finditer(raw)]
    cursor = 0
    out: list[Message] = []
    for data in root.iter("data"):
        opening = re.compile(r"<data\b[^>]*>")
        m = opening.search(raw, cursor)
        while m is not None and any(a <= m.start() < b for a, b in comments):
            m = opening.search(raw, m.end())
        if m is None:
            break
        cursor = m.end()
        if data.get("type") or data.get("mimetype"):
            continue
        value = re.compile(r"<value\s*(/?)>").search(raw, cursor)
        close = raw.find("</data>", cursor)
        if value is None or (close >= 0 and value.start() > close) or value.group(1):
            continue  # no value, or an empty one
        end = raw.find("</value>", value.end())
        out.append(Message(data.get("name") or "", _decoded(src, value.end(), end if end >= 0 else value.end())))
        cursor = end if end >= 0 else value.end()
    return out
