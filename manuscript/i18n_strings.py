"""Read an Apple `.strings` file (`zh-Hans.lproj/Localizable.strings`, `en.lproj/Localizable.strings`) as messages by
key, each character placed where the file writes it.

The format is a list of `"key" = "value";` entries with `/* … */` and `//` comments between them; a key or value may be
written without quotes when it is a plain word. Inside quotes `\\"`, `\\\\`, `\\n`, `\\t`, `\\r` and `\\UXXXX` /
`\\uXXXX` are escapes. translate-toolkit's `properties.stringsfile` reads the same, without places (the tests compare
its values with these); the file is scanned here so that each character keeps the offset of what writes it.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.i18n_json import Message
from zhen_qa.manuscript.source import MappedBuilder, MappedText, SourceText

_BLANK = re.compile(r"(?:\s+|/\*.*?\*/|//[^\n]*)*", re.S)
_BARE = re.compile(r"[\w.$:/-]+")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}


def _fail(src: SourceText, i: int, what: str) -> InputError:
    line, col = src.line_col(min(i, max(len(src.text) - 1, 0))) if src.text else (1, 1)
    return InputError(f"{src.path}: line {line} column {col}: not a readable .strings file ({what})")


def _token(src: SourceText, i: int) -> tuple[MappedText, int]:
    """The quoted or bare string at i, decoded and mapped, and the offset after it."""
    raw = src.text
    if raw[i:i + 1] != '"':
        m = _BARE.match(raw, i)
        if m is None:
            raise _fail(src, i, "expecting a quoted string")
        return MappedText.span(src, m.start(), m.end()), m.end()
    out = MappedBuilder(src)
    i += 1
    while i < len(raw) and raw[i] != '"':
        if raw[i] == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt in "Uu" and re.fullmatch(r"[0-9a-fA-F]{4}", raw[i + 2:i + 6]):
                out.append(chr(int(raw[i + 2:i + 6], 16)), i, i + 6)
                i += 6
                continue
            out.append(_ESCAPES.get(nxt, nxt), i, i + 2)
            i += 2
            continue
        out.copy(i, i + 1)
        i += 1
    if i >= len(raw):
        raise _fail(src, i, "a string is not closed")
    return out.build(), i + 1


def messages(src: SourceText) -> list[Message]:
    """The entries of a `.strings` file by key, in file order; InputError (one line, with the place) when an
    entry is not `"key" = "value";`."""
    raw = src.text
    out: list[Message] = []
    i = _BLANK.match(raw, 0).end()  # type: ignore[union-attr]
    while i < len(raw):
        key, i = _token(src, i)
        i = _BLANK.match(raw, i).end()  # type: ignore[union-attr]
        if raw[i:i + 1] != "=":
            raise _fail(src, i, "expecting '=' after a key")
        i = _BLANK.match(raw, i + 1).end()  # type: ignore[union-attr]
        value, i = _token(src, i)
        i = _BLANK.match(raw, i).end()  # type: ignore[union-attr]
        if raw[i:i + 1] != ";":
            raise _fail(src, i, "expecting ';' after a value")
        out.append(Message(key.text, value))
        i = _BLANK.match(raw, i + 1).end()  # type: ignore[union-attr]
    return out
