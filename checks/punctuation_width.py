"""punctuation-width: half-width punctuation in Chinese text (`width_zh`), full-width punctuation in English text
(`width_en`), and the spacing between Chinese and Latin text against the house style; here each place is found once,
a wrong-width bracket pair made one finding, a program's separator list left alone, and a document written in the
wrong width throughout given one finding (`width_house`).
"""
from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Iterator

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.quote import clipped
from zhen_qa.checks.typography_texts import Text
from zhen_qa.checks.width_en import english_width
from zhen_qa.checks.width_house import house_style
from zhen_qa.checks.width_marks import FULL, PUNCTUATION_WIDTH, WRONG_WIDTH, neighbour, width_message
from zhen_qa.checks.width_zh import chinese_width, faces
from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import MappedText
from zhen_qa.report.findings import Finding

__all__ = ["PUNCTUATION_WIDTH", "punctuation_width", "width_message"]


def punctuation_width(ctx: CheckContext, texts: Iterable[Text]) -> Iterator[Finding]:
    """punctuation-width findings over the given texts, a document whose Chinese is written in half-width
    punctuation (`house_style`) one finding for all its half-width marks."""
    texts = list(texts)
    yield from house_style(list(_each_place(ctx, texts)), texts)


def _each_place(ctx: CheckContext, texts: Iterable[Text]) -> Iterator[Finding]:
    """punctuation-width findings over the given texts, one per place (a bracket pair one place)."""
    seen: set[tuple[object, ...]] = set()
    lists: dict[int, str] | None = None  # built when a half-width , or ; is first reported
    said: dict[int, frozenset[str]] | None = None  # built when a Chinese text first writes a face
    qt = ctx.manuscript.cat_format == "ts"  # a Qt Linguist file: a file-type filter alone is syntax there
    for mt, lang, keep in texts:
        if lang != "en" and faces(mt.text):
            said = _english_faces(ctx) if said is None else said
        found = english_width(mt) if lang == "en" else chinese_width(
            mt, ctx.options, "zh", said.get(id(mt), frozenset()) if said else frozenset(), qt)
        kept: list[Finding] = []
        for f in found:
            key = (f.location, f.message)
            if key in seen:
                continue
            at = _start_index(mt, f) if keep is not None or f.suggestion in _LIST_MARKS else -1
            if keep is not None and at not in keep:
                continue
            if at >= 0 and mt.text[at] in ",;":
                lists = _separator_lists(ctx) if lists is None else lists
                if lists.get(id(mt)) == mt.text[at]:
                    continue  # "角度,角度,deg" for "degree,degrees,deg": the list's separator, as in the source
            seen.add(key)
            kept.append(f)
        yield from bracket_pairs(mt, "en" if lang == "en" else "zh", kept, keep)


_PAIRS = {"zh": ("(", ")", "（", "）"), "en": ("（", "）", "(", ")")}
"""Per language: the wrong-width opening and closing bracket and their right-width forms."""
PAIR_QUOTE = 20
"""Characters of the bracketed text a pair's message quotes ("…" where cut)."""
PAIR_SPAN = 200
"""Most characters between the brackets of a pair across lines: a hard-wrapped aside spans a line break or two; a
bracket whose partner comes paragraphs of text later is more likely a lone one, and stays its own finding."""


def bracket_pairs(mt: MappedText, lang: str, findings: list[Finding],
                  keep: Collection[int] | None = None) -> list[Finding]:
    """`findings` of one text with each wrong-width bracket pair made one finding: one defect,
    "(详细分析)" for "（详细分析）", is reported once, at the opening bracket, its location spanning the pair, its
    message quoting the bracketed text and its suggestion the pair in the right width (`fix` replaces only the two
    brackets). Brackets pair by nesting over the wrong-width ones only (right-width brackets between, a crossing
    "(a（b)c）", are not counted); a nested pair is its own finding inside the outer one's span. A bracket whose
    partner is not reported (a formula's, a half-open interval's) or not in the text stays its own finding, with
    one exception: a half-width ")" closing a reported "(" of Chinese text, which was not reported itself only
    because a Latin letter or a digit stands before it and no Han after it (方法(见图2)。), is the pair's: reported
    alone, the opening bracket's fix wrote "（见图2)", a pair of two widths. `keep`, where given, holds the indices of
    the text a finding may be made at (a CAT target's marks the source lacks). A pair across lines (hard-wrapped
    text) is one too, up to PAIR_SPAN characters apart: its location spans the lines, its quote has the line break
    as a space."""
    opening, closing, right_open, right_close = _PAIRS[lang]
    width, language = WRONG_WIDTH[lang]
    single = {width_message(opening, lang), width_message(closing, lang)}
    if opening not in mt.text or not any(f.message in single for f in findings):
        return findings
    at = {_start_index(mt, f): f for f in findings if f.message in single}
    stack: list[int] = []
    merged: dict[int, Finding] = {}  # index of the opening bracket -> the pair's finding
    dropped: set[int] = set()
    for i, c in enumerate(mt.text):
        if c == opening:
            stack.append(i)
        elif c == closing and stack:
            o = stack.pop()
            if o not in at or (i not in at and not _closes_chinese(mt.text, i, lang, keep)):
                continue
            inner = mt.text[o + 1:i]
            loc = mt.location(o, i + 1)
            across = loc.end_line != loc.line
            if across and (len(inner) > PAIR_SPAN or "\n\n" in inner):
                continue
            quoted = clipped(" ".join(inner.split()) if across else inner, PAIR_QUOTE)
            first = at[o]
            merged[o] = Finding(first.rule, first.severity,
                                f'{width} "{opening}" and "{closing}" in {language} text: '
                                f"{opening}{quoted}{closing}",
                                loc, first.lang, first.excerpt, suggestion=f"{right_open}{inner}{right_close}")
            dropped.add(i)
    if not merged:
        return findings
    index = {id(f): k for k, f in at.items()}
    out: list[Finding] = []
    for f in findings:
        k = index.get(id(f), -1)
        if k in dropped:
            continue
        out.append(merged.get(k, f))
    return out


def _closes_chinese(text: str, i: int, lang: str, keep: Collection[int] | None) -> bool:
    """Whether the unreported half-width ")" at text[i], the partner of a reported "(" of Chinese text, is left
    unreported only for the Latin letter or digit before it: it closes the Chinese text's bracket all the same."""
    before = neighbour(text, i, -1)
    return lang == "zh" and (keep is None or i in keep) and before.isascii() and before.isalnum() \
        and not is_han(neighbour(text, i, 1))


MAX_ITEM_WORDS = 3
"""Most words an item of a separator list has ("meters per second"): longer ones are prose."""


_LIST_MARKS = frozenset({FULL[","], FULL[";"]})
"""The suggestions of a half-width , or ; in Chinese: the findings a separator list may take back."""


def _separator_list(text: str) -> str | None:
    """The mark of a text that is items joined by one mark (, or ;) with no space either side (a trailing one
    allowed), each item a few words at most (MAX_ITEM_WORDS): a list a program parses (search keywords
    "calculation;arithmetic;", unit names "degree,degrees,deg"), which English prose never writes. None for anything
    else."""
    marks = {c for c in text if c in ",;"}
    if len(marks) != 1:
        return None
    mark = marks.pop()
    items = text.strip().removesuffix(mark).split(mark)
    if len(items) < 2 or not any(c.isalpha() for c in text) \
            or any(not item or item != item.strip() or item.count(" ") + 1 > MAX_ITEM_WORDS for item in items):
        return None  # "1,000" is a number; "disorders,in vitro research on …" prose that lost its spaces
    return mark


def _separator_lists(ctx: CheckContext) -> dict[int, str]:
    """The Chinese sentences whose English counterpart is a separator list (`_separator_list`) -> its mark: the
    translation keeps the program's separator, so that mark there is no Chinese punctuation."""
    out: dict[int, str] = {}
    for _pair, _bead, zh, en in ctx.aligned_beads():
        mark = _separator_list(en[0].text.text) if len(en) == 1 else None
        if mark is not None:
            out.update((id(s.text), mark) for s in zh)
    return out


def _english_faces(ctx: CheckContext) -> dict[int, frozenset[str]]:
    """id of each Chinese sentence's text -> the text emoticons (`faces`) its bead's English writes: a face in the
    Chinese is taken for one only where the English draws it too."""
    out: dict[int, frozenset[str]] = {}
    for _pair, _bead, zh, en in ctx.aligned_beads():
        drawn = frozenset().union(*(faces(s.text.text) for s in en))
        if drawn:
            out.update((id(s.text), drawn) for s in zh)
    return out


def _start_index(mt: MappedText, f: Finding) -> int:
    """Index in mt of the first character of a finding made on mt."""
    source = mt.source
    target = source.line_starts[f.location.line - 1] + f.location.column - 1
    k = bisect.bisect_left(mt.offsets, target)  # offsets grow along the text
    return k if k < len(mt.offsets) and mt.offsets[k] == target else -1
