"""Read a Java `.properties` message bundle (`messages.properties`, `messages_zh_CN.properties`) as messages by key,
each character placed where the file writes it.

The syntax is `java.util.Properties.load`'s: a line starting with `#` or `!` is a comment; a key ends at the first
unescaped `=`, `:` or blank, and one `=`/`:` with blanks around it separates it from the value; a line ending in an
odd number of backslashes goes on in the next line (whose leading blanks are dropped); `\\uXXXX` is a character (how
Chinese is written in a bundle saved as ISO-8859-1), `\\t`, `\\n`, `\\r`, `\\f` are controls and a backslash before
any other character is that character. translate-toolkit's `properties` storage reads the same, without places (its
values are what the tests compare with); here every character keeps the offset of what writes it.
"""
from __future__ import annotations

from zhen_qa.manuscript.i18n_json import Message
from zhen_qa.manuscript.source import MappedBuilder, SourceText

_CONTROLS = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}
_BLANK = " \t\f"


def _logical_line(raw: str, i: int) -> tuple[list[tuple[str, int, int]], int]:
    """The characters of the logical line starting at i as (decoded, start, end) in the file, and the offset after
    it: escapes decoded, continuations joined."""
    out: list[tuple[str, int, int]] = []
    n = len(raw)
    while i < n and raw[i] != "\n":
        ch = raw[i]
        if ch != "\\":
            out.append((ch, i, i + 1))
            i += 1
            continue
        if i + 1 >= n or raw[i + 1] == "\n":  # a continuation: the next line's leading blanks are dropped
            i += 2
            while i < n and raw[i] in _BLANK:
                i += 1
            continue
        nxt = raw[i + 1]
        if nxt == "u" and all(c in "0123456789abcdefABCDEF" for c in raw[i + 2:i + 6]) and i + 6 <= n:
            out.append((chr(int(raw[i + 2:i + 6], 16)), i, i + 6))
            i += 6
        else:
            # an escaped separator is kept as "\\=" so that it does not end the key (its last character is it)
            out.append(("\\" + nxt if nxt in "=: \t\f#!" else _CONTROLS.get(nxt, nxt), i, i + 2))
            i += 2
    return out, i + 1


def messages(src: SourceText) -> list[Message]:
    """The entries of a properties file by key, in file order (see the module). A key given twice keeps its last
    value, as `Properties.load` does."""
    raw = src.text
    found: dict[str, Message] = {}
    i = 0
    while i < len(raw):
        while i < len(raw) and raw[i] in _BLANK:
            i += 1
        if i >= len(raw) or raw[i] == "\n":
            i += 1
            continue
        if raw[i] in "#!":
            end = raw.find("\n", i)
            i = len(raw) if end < 0 else end + 1
            continue
        chars, i = _logical_line(raw, i)
        k = 0
        while k < len(chars) and not (chars[k][0] in "=:" or chars[k][0] in _BLANK):
            k += 1
        key = "".join(c[0][-1] for c in chars[:k])
        while k < len(chars) and chars[k][0] in _BLANK:
            k += 1
        if k < len(chars) and chars[k][0] in "=:":
            k += 1
            while k < len(chars) and chars[k][0] in _BLANK:
                k += 1
        value = MappedBuilder(src)
        for text, start, end in chars[k:]:
            value.append(text[-1], start, end)
        found.pop(key, None)
        found[key] = Message(key, value.build())
    return list(found.values())
