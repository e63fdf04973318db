"""The prose of one inline Markdown token: its children found in the source from a cursor, markup left out.

markdown-it-py's inline children carry their content but not their offsets; `InlineWalker` finds each in the
(masked) source from where the last one ended, keeps text characters with their offsets, turns inline code into
one placeholder object (a bare number stays a number) and skips link destinations, autolinks, raw HTML and
footnote markers; an HTML list's tags (`list_tags`) are read as a space between the texts they separate.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import unquote

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.markdown_markup import skip_quoted
from zhen_qa.manuscript.source import CODE_PLACEHOLDER

if TYPE_CHECKING:  # pragma: no cover
    from markdown_it.token import Token

_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
"""Inline code that is only a number: it stays a number in the sentence."""
_FILE_ALT = re.compile(r"[A-Za-z0-9]+(?:[_\-.][A-Za-z0-9]+)+")
"""Alt text that is a file name or a slug (`python_context_param`, `about-glossary`): the image's name, no prose,
also where the image shares a paragraph with text (如 ![python_context_param](…))."""


_INDEX = re.compile(r"(?<=\D)[-_ ]?\d+$")
"""The index that ends an image file's name (事务消息1, 消费者扩容2): which image of a series it is."""


def _names_its_file(image: Token) -> bool:
    """Whether an image's alt text is its file's name without the extension (`![事务消息1](../picture/事务消息1.png)`):
    the alt's words are read (a Chinese name left in the English page is untranslated), its trailing index is no
    number of the text (not a citation 1, not a number 2 to find in the other page)."""
    alt = image.content.strip()
    src = str(image.attrs.get("src") or "")
    stem = unquote(src.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]).rsplit(".", 1)[0]
    return bool(alt) and alt.casefold() == stem.strip().casefold()


_LIST_TAG = re.compile(r"</?(?:ul|ol|li)(?:\s[^<>]*)?>", re.IGNORECASE)
"""An HTML list's opening or closing tag (`<ul>`, `<li class="x">`, `</li>`)."""


def list_tags(text: str, mask: bytearray) -> frozenset[int]:
    """Where the masked HTML list tags of `text` start: an item of a list written inside a table cell or paragraph
    (`surfaces.<ul><li>PreventClimbing: …`) is a text of its own, so the walker reads each tag as a space; dropped
    whole, the tag glued "surfaces.PreventClimbing" into one run no sentence split could part."""
    if "<" not in text:
        return frozenset()
    return frozenset(m.start() for m in _LIST_TAG.finditer(text) if mask[m.start()])


class InlineWalker:
    """Walks the children of one inline token, finding each in the source from a cursor."""

    def __init__(self, text: str, mask: bytearray, start: int, end: int, breaks: frozenset[int] = frozenset()) -> None:
        self.text, self.mask, self.cursor, self.end = text, mask, start, end
        self.breaks = breaks
        """Where markup that separates two texts starts (`list_tags`): read as a space between them."""
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.hard_breaks: set[int] = set()
        """Offsets of the newlines that end a line in a hard break (`hardbreak`: two trailing spaces or a backslash,
        `<br>` when rendered); each is also in `chars` as "\\n", as a soft break is."""

    def _find(self, needle: str) -> int:
        """Where `needle` is next at or after the cursor (-1: not before the token's end)."""
        pos = self.text.find(needle, self.cursor, self.end) if needle else -1
        return pos

    def keep(self, content: str) -> None:
        """Keep the unmasked characters of `content`, found at or after the cursor, and move past it."""
        pos = self._find(content)
        if pos < 0:
            return
        for k in range(pos, pos + len(content)):
            if not self.mask[k]:
                self.chars.append(self.text[k])
                self.offsets.append(k)
            elif k in self.breaks and self.chars and not self.chars[-1].isspace():
                self.chars.append(" ")
                self.offsets.append(k)
        self.cursor = pos + len(content)

    def skip(self, content: str) -> None:
        """Move past `content` (markup), found at or after the cursor."""
        pos = self._find(content)
        if pos >= 0:
            self.cursor = pos + len(content)

    def skip_destination(self) -> None:
        """Move past `](url "title")`, `][ref]` or `]` that closes link text or alt text."""
        pos = self._find("]")
        if pos < 0:
            return
        j = pos + 1
        if j < self.end and self.text[j] == "(":
            depth = 0
            while j < self.end:
                ch = self.text[j]
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        j += 1
                        break
                elif ch in "\"'" and depth == 1 and self.text[j - 1] in " \t\n":
                    j = skip_quoted(self.text, j, self.end) - 1
                j += 1
        elif j < self.end and self.text[j] == "[":
            close = self.text.find("]", j, self.end)
            j = close + 1 if close >= 0 else j
        self.cursor = j

    def walk(self, children: "list[Token]") -> None:
        """Collect the prose of an inline token's children (`chars`, `offsets`)."""
        i = 0
        while i < len(children):
            tok = children[i]
            kind = tok.type
            if kind == "text":
                self.keep(tok.content)
            elif kind == "text_special":
                pos = self._find(tok.markup)
                if pos >= 0 and not self.mask[pos]:
                    for ch in tok.content.replace("\r", ""):  # an entity may stand for several characters
                        self.chars.append(ch)
                        self.offsets.append(pos + 1 if tok.info == "escape" else pos)
                    self.cursor = pos + len(tok.markup)
            elif kind in ("softbreak", "hardbreak"):
                pos = self._find("\n")
                if pos >= 0:
                    self.chars.append("\n")
                    self.offsets.append(pos)
                    self.cursor = pos + 1
                    if kind == "hardbreak":
                        self.hard_breaks.add(pos)
            elif kind == "code_inline":
                pos = self._find(tok.markup)
                if pos >= 0 and not self.mask[pos]:
                    # code stands in the sentence as one opaque object; a bare number stays a number
                    value = tok.content.strip() if _NUMBER.fullmatch(tok.content.strip()) else CODE_PLACEHOLDER
                    for k, ch in enumerate(value):
                        self.chars.append(ch)
                        self.offsets.append(pos + len(tok.markup) + (k if value != CODE_PLACEHOLDER else 0))
                    self.cursor = pos + len(tok.markup)
                if tok.content.strip():  # a span of spaces only (`` ` ` ``) has nothing to pass but its closing
                    self.skip(tok.content.strip())
                self.skip(tok.markup)
            elif kind == "html_inline":
                self.skip(tok.content)
            elif kind == "link_open" and tok.markup == "autolink":
                while i < len(children) and children[i].type != "link_close":
                    i += 1
                self.skip(">")
            elif kind == "link_open":
                self.skip("[")
            elif kind == "link_close":
                self.skip_destination()
            elif kind == "image":
                self.skip("![")
                if _FILE_ALT.fullmatch(tok.content.strip()):
                    self.skip(tok.content.strip())
                elif _names_its_file(tok) and _INDEX.search(tok.content.strip()):
                    alt = tok.content.strip()
                    self.keep(_INDEX.sub("", alt))  # 事务消息1: the words stay prose, the file's index does not
                    self.skip(alt)
                else:
                    self.walk(tok.children or [])
                self.skip_destination()
            elif kind == "footnote_ref":
                self.skip("]")
            i += 1


def drop(chars: list[str], offsets: list[int], pattern: re.Pattern[str] | LazyPattern) -> tuple[list[str], list[int]]:
    """The characters not matched by `pattern` (URLs, heading anchors)."""
    text = "".join(chars)
    cut = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not cut:
        return chars, offsets
    keep_c: list[str] = []
    keep_o: list[int] = []
    prev = 0
    for a, b in cut + [(len(text), len(text))]:
        keep_c.extend(chars[prev:a])
        keep_o.extend(offsets[prev:a])
        prev = b
    return keep_c, keep_o
