"""Read an Android string resource file (`res/values/strings.xml`, `res/values-zh-rCN/strings.xml`) as messages by
name, each character placed where the file writes it.

A `<string name="x">` is the message `x`; a `<plurals name="p">`'s `<item quantity="one">` is `p[one]` (Chinese has only
"other": `i18n_json.paired_keys` drops an English form whose "other" both files have); a `<string-array name="a">`'s
items are `a[0]`, `a[1]`, …. A string marked `translatable="false"` is not for translation in either file, and neither
is a string that only refers to another resource (`@string/app_name`: its text is the other string's, checked there).
An array whose items are all values the code reads (lower-case tokens, resource paths, colours: a ListPreference's
`entryValues`) is left out when the other file lacks it or writes it the same (`Message.value`); written differently
(`24h` against `12小时`) it is text. The text is what the app
shows (aapt's rules): `\\'`, `\\"`, `\\n`, `\\t`, `\\@`, `\\?`, `\\uXXXX` are escapes, an unescaped `"` quotes a stretch
whose blanks are kept, other runs of blanks are one space, XML entities are their characters, a CDATA section is its
text. HTML tags (`<b>`, `<a href="…">`, for `Html.fromHtml`) are kept as written, to be compared as markup; `<xliff:g>`
(the translators' mark around a placeholder or a name) is left out and its content kept.

translate-toolkit's `aresource` reads these files but gives no places and leaves string-arrays out, so the file is
parsed with lxml (what is accepted is well-formed XML with a `<resources>` root) and each element's content is found
in the text, in document order, and decoded here.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.i18n_json import Message
from zhen_qa.manuscript.i18n_xml import Places, parsed, root_of, xml_escape
from zhen_qa.manuscript.source import MappedBuilder, MappedText, SourceText

_REFERENCE = re.compile(r"^[@?](?:[\w.]+:)?[\w.]+/[\w.]+$")
"""A value that only names another resource (`@string/app_name`, `@android:string/ok`, `?attr/colour`)."""
_VALUE_ITEM = re.compile(r"^(?:[a-z0-9_./:+-]*|#[0-9a-fA-F]{3,8})$")
"""An item of an array of values, not of text: lower-case tokens, paths, colours (a ListPreference's
`entryValues`: `local`, `drawable/focus_mode_auto`, `preference_nr_save_all`, `#ffffffff`)."""
_XLIFF = re.compile(r"</?xliff:g\b[^>]*>")
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")
_ESCAPES = {"n": "\n", "t": "\t"}


def is_android_resources(text: str) -> bool:
    """True when an XML file's root element is `<resources>` (what Android's resource files are)."""
    head = root_of(text, 4000)
    return re.match(r"\s*(?:<!DOCTYPE[^>]*>\s*)?<resources[\s>/]", head) is not None


def _decoded(src: SourceText, start: int, end: int) -> MappedText:
    """The text Android shows for the element content written in src.text[start:end], each character mapped to what
    writes it (an escape or entity spans all of it; a run of blanks is one space at its first blank)."""
    raw = src.text
    out = MappedBuilder(src)
    collapsed: list[bool] = []  # the character is a run of unquoted blanks (trimmed at the ends)

    def put(text: str, at: int, stop: int, run: bool = False) -> None:
        collapsed.append(run)
        out.append(text, at, stop)

    quoted = False
    i = start
    while i < end:
        ch = raw[i]
        if raw.startswith("<!--", i):
            i = raw.find("-->", i, end) + 3 if raw.find("-->", i, end) >= 0 else end
        elif (after := xml_escape(src, i, end, out)) != i:  # CDATA, an entity: as written, not Android's escapes
            collapsed.extend([False] * (len(out) - len(collapsed)))
            i = after
        elif ch == "<" and (m := _XLIFF.match(raw, i, end)):
            i = m.end()
        elif ch == "<" and (m := _TAG.match(raw, i, end)):
            for j in range(i, m.end()):
                put(raw[j], j, j + 1)  # markup as written (its quotes are the tag's, not Android's)
            i = m.end()
        elif ch == "\\" and i + 1 < end:
            nxt = raw[i + 1]
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", raw[i + 2:i + 6]):
                put(chr(int(raw[i + 2:i + 6], 16)), i, i + 6)
                i += 6
            else:
                put(_ESCAPES.get(nxt, nxt), i, i + 2)
                i += 2
        elif ch == '"':
            quoted = not quoted
            i += 1
        elif ch in " \t\n\r" and not quoted:
            if not (collapsed and collapsed[-1]):
                put(" ", i, i + 1, True)
            i += 1
        else:
            put(ch, i, i + 1)
            i += 1
    lo, hi = 0, len(out)
    while lo < hi and collapsed[lo]:
        lo += 1
    while hi > lo and collapsed[hi - 1]:
        hi -= 1
    return out.build(lo, hi)


def messages(src: SourceText) -> list[Message]:
    """The strings of an Android resource file by name, in file order (see the module)."""
    root = parsed(src, "resources", "an Android string resource file")
    raw = src.text
    places = Places(src)
    out: list[Message] = []

    def content(tag: str) -> tuple[int, int]:
        """(start, end) of the content of the next `<tag …>` after the cursor outside comments."""
        m = places.next(re.compile(rf"<{re.escape(tag)}(?:\s[^>]*?)?(/?)>"))
        if m is None:  # lxml read it, so the text has it; never reached on a well-formed file
            raise InputError(f"{src.path}: could not place <{tag}> in the file")
        if m.group(1):  # <string name="x"/>: empty
            places.cursor = m.end()
            return m.end(), m.end()
        close = re.compile(rf"</{re.escape(tag)}\s*>").search(raw, m.end())
        end = close.start() if close else m.end()
        places.cursor = m.end() if tag != "string" else (close.end() if close else m.end())
        return m.end(), end

    def add(key: str, tag: str, translate: bool) -> None:
        start, end = content(tag)
        text = _decoded(src, start, end)
        out.append(Message(key, text, translate and not _REFERENCE.match(text.text)))

    for node in root:
        if not isinstance(node.tag, str):
            continue  # a comment or processing instruction
        name = node.get("name") or ""
        skip = node.get("translatable") == "false"
        if node.tag == "string":
            add(name, "string", not skip)
        elif node.tag in ("plurals", "string-array", "array"):
            content(node.tag)
            first = len(out)
            for n, item in enumerate(node.iter("item")):
                key = f"{name}[{item.get('quantity')}]" if node.tag == "plurals" else f"{name}[{n}]"
                add(key, "item", not skip)
            items = out[first:]
            if node.tag != "plurals" and items and all(_VALUE_ITEM.match(m.text.text) for m in items):
                out[first:] = [Message(m.key, m.text, m.translate, True) for m in items]  # values the code reads
    return out
