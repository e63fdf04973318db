"""Markup written as text inside a unit's string: HTML in a program's strings, Mallard in GNOME help.

A format without inline tag elements carries the string's markup as characters: a PO msgid `Click <b>Save</b>`,
an Xcode XLIFF `<source>&lt;b&gt;%2$@&lt;/b&gt;</source>`, a `<link xref="…"/>` in an itstool PO. The program
or the help viewer renders it, so a translation that drops `</b>`, adds a `<br/>` or closes a pair before it
opens breaks the page as an inline tag would (translate-toolkit's `xmltags` check). These are read as inline tags
(`InlineTag`, compared by `checks.inline_tags` like the file format's own) and are not prose. In a program's
strings only HTML elements count (`<environment>` or `<name@host>` in a label is text); in an itstool PO every
element is markup. Tags are compared by element name, never by attributes (a link's address may be localised).
Words after an element's name are attributes only when one has a value (`<input file>` in a usage string is text).
The placeholders in a tag's attributes (`href="%s"`) stay the program's: `InlineTag.attrs` keeps them for
`placeholder-mismatch`.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.document import InlineTag
from zhen_qa.manuscript.source import MappedText

HTML_ELEMENTS = frozenset("""
a abbr address area article aside audio b bdi bdo big blink blockquote body br button canvas caption center cite
code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer
form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main mark menu meta meter
nav nobr noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section
select small source span strike strong style sub summary sup table tbody td template textarea tfoot th thead time
title tr track tt u ul var video wbr
""".split())
"""The elements of HTML (the living standard's, with the obsolete ones strings still hold: font, center, big, tt,
strike, blink, nobr)."""
VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
"""HTML elements that never close (`<br>` is `<br/>`)."""
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)(\s[^<>]*?)?(/?)>")
_NUMBERED = re.compile(r"<(/?)(\d{1,3})()(/?)>")
"""react-i18next's numbered tag (`<0>…</0>`, `<1/>`: the Trans component's children by index), read in JSON message
files (`numbered`): markup when it closes, is written empty or is closed later in the string."""
"""A start, end or empty tag: a name right after `<` (or `</`), then attributes (group 3), a space or the end."""
_VALUED = re.compile(r"[A-Za-z_:][\w:.-]*\s*=")
"""An attribute with a value (`href=`, `class="…"`): what makes words after an element's name attributes."""


_BARE_VOID = frozenset({"br", "hr", "wbr"})
"""Void elements written bare (`<br>`) in strings: with `_UNCLOSED`, the bare tags that are markup though they never
close; any other bare tag that never closes is text."""
_UNCLOSED = frozenset({"p", "li"})
"""Elements whose end tag HTML lets a string leave out (`<p>Second paragraph`, `<li>item`), and whose name is no
word a string writes in angle brackets: a bare `<p>` is markup (a translation that drops it loses the paragraph)."""


def _tags(text: str, any_element: bool, marked: frozenset[str] = frozenset(), numbered: bool = False
          ) -> list[re.Match[str]]:
    """The tags of `text`. In a program's string an HTML element's name between angle brackets can be a word
    (`<source> → <target>`, a label `<body>`, Swing's `<html>` prefix): a tag there is markup when it closes
    (`</b>`), has attributes (`<a href=…>`), is written empty (`<br/>`), is a bare `<br>`, `<hr>` or `<wbr>`, is
    closed later in the string (`<b>…</b>`) or is of an element the other side of the unit marks up (`marked`: a
    target that dropped the `</b>` of its `<b>`). Words after the name are attributes only when one has a value
    (`name=`): a command's metavariable `<input file>`, `<source path>`, `<a few seconds>` is text, a void
    element's name (`input`, `source`) written with bare words too."""
    found = list(_TAG.finditer(text))
    if any_element:
        return found
    out: list[re.Match[str]] = []
    if numbered and "<" in text:
        indexed = list(_NUMBERED.finditer(text))
        out += [m for k, m in enumerate(indexed) if m.group(1) or m.group(4)
                or any(n.group(1) and n.group(2) == m.group(2) for n in indexed[k + 1:])]
    for k, m in enumerate(found):
        name = m.group(2).lower()
        if name not in HTML_ELEMENTS:
            continue
        if (m.group(1) or m.group(4) or _VALUED.search(m.group(3) or "") or name in _BARE_VOID
                or name in _UNCLOSED and not m.group(3)):
            out.append(m)
        elif name in marked or any(n.group(1) and n.group(2).lower() == name for n in found[k + 1:]):
            out.append(m)
    return sorted(out, key=lambda m: m.start()) if numbered else out


def marked_elements(text: str, numbered: bool = False) -> frozenset[str]:
    """The HTML elements `text` (one side of a unit) marks up: what makes a bare tag on the other side markup."""
    return frozenset(m.group(2).lower() for m in _tags(text, False, numbered=numbered))


def text_tags(text: MappedText, any_element: bool = False, marked: frozenset[str] = frozenset(),
              numbered: bool = False) -> tuple[InlineTag, ...]:
    """The tags written as text in `text`, in order, each with its place in the file: HTML elements only, or
    every element (`any_element`, an itstool PO's Mallard or DocBook). An opening tag's key is its element's name,
    a closing tag's "/" and the name (a dropped `</b>` is a difference of its own); an empty or void element is a
    tag alone. `marked`: the elements the other side marks up (`marked_elements`). Each tag keeps its attributes
    as written (`attrs`): the placeholders in them (`href="%s"`) are the program's, checked by
    `placeholder-mismatch`. `numbered`: react-i18next's `<0>` tags too (`_NUMBERED`)."""
    out: list[InlineTag] = []
    for m in _tags(text.text, any_element, marked, numbered):
        closing, name, empty = bool(m.group(1)), m.group(2), bool(m.group(4))
        attrs = (m.group(3) or "").strip()
        key = name if any_element else name.lower()
        at = (text.offsets[m.start()], text.end_of(m.end() - 1))
        if closing:
            out.append(InlineTag(f"/{key}", f"</{name}>", "close", key, at=at))
        elif empty or (not any_element and key in VOID_ELEMENTS):
            out.append(InlineTag(key, f"<{name}/>", "alone", "", at=at, attrs=attrs))
        else:
            out.append(InlineTag(key, f"<{name}>", "open", key, at=at, attrs=attrs))
    return tuple(out)


def html_prose(text: MappedText, marked: frozenset[str] = frozenset(), numbered: bool = False) -> MappedText:
    """The prose of a program's string `text`: the HTML tags `text_tags` finds taken out, a `<br>` read as the
    line break it writes (mapped to the whole tag); every other character keeps its place."""
    parts: list[MappedText] = []
    pos = 0
    for m in _tags(text.text, False, marked, numbered):
        parts.append(text.slice(pos, m.start()))
        if m.group(2).lower() == "br":
            parts.append(MappedText("\n", [text.offsets[m.start()]], text.source, [text.end_of(m.end() - 1)]))
        pos = m.end()
    if not parts:
        return text
    parts.append(text.slice(pos, len(text.text)))
    return MappedText.join([p for p in parts if p.text] or [text.slice(0, 0)])
