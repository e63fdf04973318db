"""What the XML message readers share (`i18n_android`, `i18n_resx`): the file parsed by lxml, each element found again
in the text outside comments, and XML's own escapes (entities, CDATA) decoded with their places."""
from __future__ import annotations

import html
import re
from typing import Any

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.source import MappedBuilder, SourceText

DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
COMMENT = re.compile(r"<!--.*?-->", re.S)
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")


def root_of(text: str, limit: int) -> str:
    """The first `limit` characters of an XML text without its declaration and comments (to read its root from)."""
    return COMMENT.sub("", DECLARATION.sub("", text[:limit], count=1))


def parsed(src: SourceText, root: str, kind: str) -> Any:
    """The lxml tree of the file; InputError (one line, with the place) when it is not well-formed XML or its root
    element is not `root` (the file is then not a `kind`)."""
    from lxml import etree

    text = DECLARATION.sub(lambda m: " " * len(m.group()), src.text, count=1)  # lxml refuses a str that declares
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        tree = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else 1
        raise InputError(f"{src.path}: line {line}: not well-formed XML ({exc.msg}); "
                         "check the file with an XML validator") from None
    if not isinstance(tree.tag, str) or tree.tag != root:
        raise InputError(f"{src.path}: not {kind} (its root element is not <{root}>)")
    return tree


class Places:
    """Elements found in the file's text in document order, outside comments (lxml gives no character offsets)."""

    def __init__(self, src: SourceText) -> None:
        self.raw = src.text
        self.comments = [m.span() for m in COMMENT.finditer(self.raw)]
        self.cursor = 0

    def next(self, pattern: re.Pattern[str], start: int | None = None) -> re.Match[str] | None:
        """The next match of `pattern` from `start` (the cursor) that is not inside a comment."""
        m = pattern.search(self.raw, self.cursor if start is None else start)
        while m is not None and any(a <= m.start() < b for a, b in self.comments):
            m = pattern.search(self.raw, m.end())
        return m


def xml_escape(src: SourceText, i: int, end: int, out: MappedBuilder) -> int:
    """At src.text[i], a CDATA section (its text, as written) or an entity (its character, spanning it) put into
    `out`: the offset after it; `i` itself when neither stands there."""
    raw = src.text
    if raw.startswith("<![CDATA[", i):
        close = raw.find("]]>", i, end)
        stop = close if close >= 0 else end
        out.copy(i + 9, stop)
        return stop + 3
    if raw[i] == "&" and (m := ENTITY.match(raw, i, end)):
        out.append(html.unescape(m.group()), i, m.end())
        return m.end()
    return i
