"""List markers and section numbers, which are no quantities: the spans `numbers.extract_numbers` skips as list
markers (`list_spans`: at line start, inside a sentence that counts 1) and 2), bracketed at a clause start) and dotted
identifiers, the section labels it leaves out (`section_labels`) and the enumerators of a list written in running text
(`enumerators`). Split from `numbers` (second60 S18); callers import them from here.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN
from zhen_qa.manuscript.segment import ABBREVIATIONS, GLUED_ENDING_ABBREVIATIONS

__all__ = ["enumerators", "list_spans", "section_labels"]

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
"""Invisible format characters (zero-width space, non-joiner and joiner, word joiner, byte-order mark): no content.
markdown-it (CommonMark) does not count them as blank, so "\u200b\t2. 将 …" is a paragraph whose text opens with
"2. 将 …" as the rendered page shows it; before a line-start marker they are read as the blanks they look like."""

_LINE_LIST = LazyPattern(
    r"(?m)^[ \t" + _INVISIBLE + r"]*(?:[1-9]\d?(?:\.[1-9]\d?)+\.?(?=[ \t\u3000]+[A-Z" + HAN + r"])|\d+[.、)）](?![\d]))"
)
"""List items and section numbers at line start: "1.", "2、", "3)", "3.8 干细胞", "3.8.1 Methods", also behind
invisible format characters ("\u200b\t\t2. 将 …"). A part that starts with 0 is a version or a decimal, not a
section number (sections count from 1): "7.0 及以上", "16.04 及以上" (a table cell beside "7.0 and above") keep
their numbers."""



def section_labels(text: str) -> dict[str, list[float]]:
    """The line-start section numbers of a text (`5.1` of "5.1 声道", "2." of a list item), each as its digits
    joined by "." ("2" for "2.", "2、" and "2)"), with the values it is read as elsewhere (5.1, 5 and 1; 9.1, 1.6, 9,
    1 and 6 of "9.1.6 Methods"): `extract_numbers` leaves such a label out, so a text that writes it otherwise ("5.1"
    alone, "…4. 序列号管理5. 快速入门" with a line break lost) is matched against them."""
    out: dict[str, list[float]] = {}
    for m in _LINE_LIST.finditer(text):
        parts = [p for p in re.split(r"[.、)）]", m.group().strip(" \t" + _INVISIBLE)) if p.isdigit()]
        out[".".join(parts)] = [float(p) for p in parts] + [float(f"{a}.{b}") for a, b in zip(parts, parts[1:])]
    return out


_INLINE_LIST = LazyPattern(r"(?:(?<![\w(（./\-])|(?<=[a-z]{3}\.)(?<!refs\.)(?<!eqs\.)(?<!figs\.))(?<!\d,)([1-9])[)）]"
                           r"(?=[\s\ufffc`" + HAN + r"])")
"""An enumeration marker inside a sentence: "1) `runner` ..., and 2) `dataloader` ...", "1）…2）…"; also glued to
the previous sentence's period as PDF extraction leaves it ("several results.1) Tanius …; 2) …", as `_CLAUSE_LIST`
takes "complicated.(3） The"), so the list's first item counts."""

_ITEM_AFTER_COLON = LazyPattern(r"(?<=[：；:;])(?<!\d[:：])(?<!\d [:：])\s?([1-9])[)）](?=\S)(?![)）])")
"""An enumerator closed by a bracket right after a colon or a semicolon, before any word:
"：1）对照组；2）LPS组；3）1.0%Gly组" (an item may open with a Latin name or a number, which `_INLINE_LIST` does not
take after the bracket); not after a digit and its colon: "(氯仿:甲醇 2:1)" is a ratio's second term."""


_CLAUSE_LIST = LazyPattern(r"(?:^|(?<=[：:；;，,。])|(?<=[:;,.] )|(?<= and )|(?<= or )"
                           r"|(?<=[a-z]{3}\.)(?<!refs\.)(?<!eqs\.)(?<!figs\.)|(?<=[a-z]{2}[\"\u201d\u2019]\.))"
                           r"[（(]([1-9])[)）](?=\s*[A-Za-z" + HAN + r"])")
"""An enumerator in brackets at a clause start: "：(1)迅速恢复…；(2)限制…", "; (2) limiting ..." (never a quantity);
also glued to the previous sentence's period as PDF extraction leaves it, after a word or its closing quote
("complicated.(3） The", "River\".(4) The"; not after an abbreviation: "Fig.(3)", "refs.(3)")."""
_BRACKET_LIST = LazyPattern(r"(?<![A-Za-z0-9_(（])[（(]([1-9])[)）](?=\s*[A-Za-z" + HAN + r"])")
"""An enumerator in brackets anywhere in a sentence that counts (1) and (2): "by (1) restoring …, and (2) …",
"探索（1）过渡…以及（2）和…" (after a Han character too; a Latin letter or digit before it makes it part of a name)."""


_DOTTED_ID = LazyPattern(r"(?<![\d.])(?:\d{1,4}(?:\.\d{1,4}){3,}|\d{3}\.\d{3}\.\d{4})(?![\d.]\d)"
                         r"|(?<![\d.\-])\d{1,4}(?:-\d{1,4}){3,}(?![\d\-])")
"""Digits in four or more dotted or hyphenated groups, or a 3-3-4 phone number: an identifier or a formula (a
dental formula 2-0-3-3 = 2.0.3.3, a telephone number 1-800-227-2345 or 1.800.227.2345, an IP address), never a
decimal (1.800.227.2345 was read as 1.8 and compared). Hyphenated groups that are values stay numbers
(`_hyphenated_values`)."""


def _hyphenated_values(token: str) -> bool:
    """Whether hyphenated digit groups are values, not an identifier: a strictly ascending run of groups of at most
    three digits without a leading zero is a schedule or a series of time points ("days 1-8-15-22", "weeks
    0-4-8-12"; a dental formula 2-0-3-3 never ascends, a telephone number has a group of four digits); a year
    (19xx/20xx) followed by a month (1–12) is a period of year-months ("2018-01-2019-12")."""
    groups = token.split("-")
    if any(len(g) == 4 and g[:2] in ("19", "20") and len(m) <= 2 and 1 <= int(m) <= 12
           for g, m in zip(groups, groups[1:])):
        return True
    if any(len(g) > 3 or (len(g) > 1 and g[0] == "0") for g in groups):
        return False
    values = [int(g) for g in groups]
    return all(a < b for a, b in zip(values, values[1:]))


def enumerators(text: str) -> list[str]:
    """The numbers of the bracketed enumerators that open clauses of `text`, in order ("：(1)迅速恢复…；(2)限制…" ->
    ["1", "2"]; "(3） The distribution" -> ["3"]): the item numbers of a list written in running text, which
    `extract_numbers` leaves out as no quantity."""
    if "(" not in text and "（" not in text:
        return []
    return [m.group(1) for m in _CLAUSE_LIST.finditer(text)]


_WORD_DOT = LazyPattern(r"([a-z]{3,})\.\Z")


def _after_abbreviation(text: str, start: int) -> bool:
    """Whether the number at `start` is glued to an abbreviation's period ("see fig.2)", "ref.3)"): a figure's or
    a reference's number, no list marker; "etc.1)" ends the sentence before a list, as "results.1)" does."""
    m = _WORD_DOT.search(text, max(0, start - 12), start)
    return m is not None and m.group(1) in ABBREVIATIONS and m.group(1) not in GLUED_ENDING_ABBREVIATIONS


_RELATION_BEFORE = LazyPattern(r"[=<>≤≥±＝＜＞]\s*\Z")


def _after_relation(text: str, start: int) -> bool:
    """Whether the number at `start` follows a relation sign ("（n = 9）", "(P < 5)"): a count or a value closing its
    own bracket, never a list's enumerator however many 1）2） the sentence has."""
    return _RELATION_BEFORE.search(text, max(0, start - 4), start) is not None


def list_spans(text: str) -> list[tuple[int, int]]:
    """Spans of list markers: at line start (`_LINE_LIST`), inside a sentence when it counts 1) and 2), and
    bracketed ones at a clause start (`_CLAUSE_LIST`); and dotted identifiers (`_DOTTED_ID`), no numbers either."""
    spans = [(m.start(), m.end()) for m in _LINE_LIST.finditer(text)]
    if text.count(".") >= 2 or text.count("-") >= 3:
        spans += [(m.start(), m.end()) for m in _DOTTED_ID.finditer(text)
                  if "-" not in m.group() or not _hyphenated_values(m.group())]
    inline = [m for m in _INLINE_LIST.finditer(text)
              if not _after_abbreviation(text, m.start()) and not _after_relation(text, m.start())]
    if "：" in text or "；" in text or ":" in text or ";" in text:
        taken = {m.start(1) for m in inline}
        inline += [m for m in _ITEM_AFTER_COLON.finditer(text) if m.start(1) not in taken]
    if {"1", "2"} <= {m.group(1) for m in inline}:
        spans += [(m.start(), m.end()) for m in inline]
    if "(" in text or "（" in text:
        spans += [(m.start(), m.end()) for m in _CLAUSE_LIST.finditer(text)]
        bracketed = list(_BRACKET_LIST.finditer(text))
        if {"1", "2"} <= {m.group(1) for m in bracketed}:
            spans += [(m.start(), m.end()) for m in bracketed]
    return spans
