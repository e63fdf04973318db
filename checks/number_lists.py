"""List and section numbers told from quantities: one side numbers its items or sections its own way.

A translation may number "临床表现2：" as "1.2 Clinical manifestation:" or item "5." as section "2.5": the numbers
label the text, they are not quantities to compare. A real number defect inside the item is still reported.
"""
from __future__ import annotations

import re

from zhen_qa.aligner.numbers import number_key
from zhen_qa.checks.number_beads import Bead
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

__all__ = ["break_enumerators", "glued_enumerators", "same_openings", "section_labels"]

_EN_LABEL = re.compile(r"\s*(?:[1-9]\d?\.)*([1-9]\d?)\.?(?=\s+[A-Z])")
"""A list or section number opening an English sentence: "2.5 Infants", "1.2 Clinical", "3. Results" (its last
part, 5, 2 or 3, is the item's number)."""
_ZH_LABEL_END = re.compile(r"\s*[：:]")
"""A colon after a Chinese number: the number labels what follows (临床表现2：乏力伴发热)."""
_ZH_GLUED_ITEM = re.compile(r"\s*([1-9]\d?)\.(\d+)(?=[" + HAN + r"])")
"""An item number and a number glued by its period at a Chinese sentence's start: 5.3月龄以下 (item 5, 3 months)."""


def _labels(sentences: list[Sentence]) -> set[float]:
    """The item numbers that open the English sentences (the last part of a section number)."""
    out: set[float] = set()
    for s in sentences:
        m = _EN_LABEL.match(s.text.text)
        if m:
            out.add(float(m.group(1)))
    return out


def section_labels(b: Bead) -> None:
    """Drop a Chinese number that labels its item where the English opens with a section number ending in it:
    临床表现2： = "1.2 Clinical manifestation:"; and read a Chinese item number glued to the number after it (5.3月龄
    = "2.5 … under the age of 3 months") as the label and that number, which the English states."""
    labels = _labels(b.en)
    if not labels or not b.miss_en:
        return
    for s, n in list(b.miss_en):
        if isinstance(n.value, tuple):
            continue
        text = s.text.text
        at_start = not text[:n.start].strip()
        if n.value in labels and (at_start or _ZH_LABEL_END.match(text, n.end)):
            b.miss_en.remove((s, n))
            continue
        m = _ZH_GLUED_ITEM.match(text) if at_start else None
        if m is None or m.start(1) != n.start or m.end(2) != n.end or float(m.group(1)) not in labels:
            continue
        key = number_key(float(m.group(2)))
        if not b.en_side.counts[key]:
            continue
        b.miss_en.remove((s, n))
        stated = next((e for e in b.miss_zh if number_key(e[1].endpoints()[0]) == key), None)
        if stated is not None:
            b.miss_zh.remove(stated)


def _opens_line(text: str, start: int) -> bool:
    """Whether only blanks stand between the start of a line of `text` (or of the text) and `start`."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _opened_by(sentences: list[Sentence], written: str) -> bool:
    """Whether a line of one of the sentences opens with `written` and a blank (the place `extract_numbers` reads a
    dotted number such as "1.3 是…" as a section label and leaves it out)."""
    opening = re.compile(r"(?m)^[ \t]*" + re.escape(written) + r"[ \t\u3000]")
    return any(opening.search(s.text.text) for s in sentences)


def same_openings(b: Bead) -> None:
    """Drop a dotted number that opens a line of one side when a line of the other side opens with the same digits:
    "1.3 is the first version we have archived." beside "1.3 是我们归档的第一个版本。". The Chinese line reads as a
    section label (a dotted number, a space, a Han character: "3.8 干细胞") and its number is left out, yet both
    sides write the same token in the same place, so nothing is missing. A different number ("1.4 is" beside
    "1.3 是") or one the other side does not open a line with is still compared."""
    for missing, other in ((b.miss_zh, b.zh), (b.miss_en, b.en)):
        for s, n in list(missing):
            if "." not in n.text or isinstance(n.value, tuple) or not _opens_line(s.text.text, n.start):
                continue
            if _opened_by(other, n.text):
                missing.remove((s, n))


_GLUED_ENUMERATOR = LazyPattern(r"\)[A-Za-z]")
"""The bracket of an enumerator glued to its item's first word ("3)finally"): PDF extraction lost the space."""


def _enumerated(text: str, upto: int, before: int) -> bool:
    """Whether `text` (before offset `before`) numbers the items 1 .. upto-1 with enumerators "1)" "2)" …."""
    return all(re.search(rf"(?<![\w(./\-]){k}[)）]\s", text[:before]) for k in range(1, upto))


def glued_enumerators(b: Bead) -> None:
    """Drop an English number that is the next enumerator of a list the sentence numbers 1) 2) … when its bracket
    is glued to the item's first word ("… 2) discusses …; and 3)finally suggests …"): the list's item 3, no
    quantity the Chinese should state. Extraction leaves it a number (a glued "1)mg" may be a unit); the list
    before it says what it is."""
    for s, n in list(b.miss_zh):
        if isinstance(n.value, tuple) or not float(n.value).is_integer() or not 3 <= n.value <= 9:
            continue
        text = s.text.text
        if _GLUED_ENUMERATOR.match(text, n.end) and _enumerated(text, int(n.value), n.start):
            b.miss_zh.remove((s, n))


_ITEM_AFTER = LazyPattern(r"[.、．]\s*(?=[A-Za-z" + HAN + r"`*\[]|\Z)")
"""An enumerator's period (or 、) and the item's first word after it: `3. 如果`, `2.if`, `` 2. `A14` `` (a code span
or emphasis opening the item); or the end of the sentence, where the splitter cut after an item number whose item
before ends without a full stop ("… via `GPIO`<br>4." then "IO is …")."""
_BREAK_BEFORE = LazyPattern(r"<br\s*/?>\s*\Z", re.IGNORECASE)
"""An HTML line break (`<br>`, `<br/>`) right before a place in the source, spaces between."""


def _after_line_break(s: Sentence, start: int) -> bool:
    """Whether the sentence's character at `start` stands right after an HTML line break in its file."""
    if not 0 <= start < len(s.text.offsets):
        return False
    at = s.text.offsets[start]
    source = s.text.source.text
    return _BREAK_BEFORE.search(source, max(0, at - 12), at) is not None


_RUN_BEFORE = LazyPattern(r"[:：;；]\s*\Z")
"""A colon or semicolon right before a place: where an inline enumeration's item starts (`可能的原因有:1. …; 2. …`)."""


def _inline_item(text: str, start: int, value: int) -> bool:
    """Whether the number `value` at `start` of `text` is the next marker of an inline enumeration: it stands right
    after a colon or semicolon, and the markers 1 .. value-1 each open an earlier item of the same sentence the same
    way (after a colon, a semicolon or an HTML line break): `原因有:1. 摄像头被占用; 2. 排线松了; 3. 没有运行库`."""
    if _RUN_BEFORE.search(text, max(0, start - 4), start) is None:
        return False
    head = text[:start]
    return all(re.search(rf"(?:[:：;；]|<br\s*/?>)\s*{k}[.、．]", head) for k in range(1, value))


def _opens_item(sentences: list[Sentence], value: int) -> bool:
    """Whether a source line of one of the sentences (a table row: the cell's other items, split off into sentences
    of their own) has `value` as an item's number (`3. If`, `3、如果`)."""
    item = re.compile(rf"(?<![\d.]){value}{_ITEM_AFTER.pattern}")
    return any(item.search(s.text.source.line(n))
               for s in sentences for n in range(s.location.line, s.location.end_line + 1))


def break_enumerators(b: Bead) -> None:
    """Drop a number that opens an item after an HTML line break (a list in one table cell, `1. … <br> 2. … <br>
    3. …`, where Markdown allows no line break), or after a colon or semicolon in an inline enumeration of the
    same sentence (`原因有:1. …; 2. …; 3. …`, `_inline_item`), when the other side has the same item too: the
    item's number, which the sentence splitter leaves inside the sentence when the item before ends without a full
    stop, is no quantity, as it is no number at a line's start. An item number the other side lacks stays: it is
    an item dropped."""
    for missing, other in ((b.miss_en, b.en), (b.miss_zh, b.zh)):
        for s, n in list(missing):
            if isinstance(n.value, tuple) or not float(n.value).is_integer() or not 1 <= n.value <= 20:
                continue
            text = s.text.text
            if (_ITEM_AFTER.match(text, n.end)
                    and (_after_line_break(s, n.start) or _inline_item(text, n.start, int(n.value)))
                    and _opens_item(other, int(n.value))):
                missing.remove((s, n))
