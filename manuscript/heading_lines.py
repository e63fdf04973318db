"""Short lines that stand alone in a file printed one paragraph a line: a heading is not the start of its paragraph.

`structure.parse_blocks` joins a line that has not ended a sentence with the next one, as a hard-wrapped line
(a PDF's) goes on in the next. A file that prints each paragraph on one line (a web page saved as text, a
situation report) wraps nothing: a short line there without a final stop is a heading ("Resurgence in Australia",
"结语") or a table-of-contents entry, and joining it with the paragraph under it glues the two ("Resurgence in
Australia Australia, and the state of Victoria…") and keeps the heading from pairing with its translation.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from zhen_qa.manuscript.bullets import BULLET_LINE
from zhen_qa.manuscript.keyword_lines import MIN_PARAGRAPH_LINE

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
"""Files whose headings are marked (`# Title`): the lines of one of their paragraphs are soft-wrapped, never apart."""
MIN_PARAGRAPH_LINES = 3
"""Fewest lines of a language at least `MIN_PARAGRAPH_LINE` long for its text to be printed one paragraph a line:
no hard-wrapped text has lines that long (a printed line holds 40 Chinese or about 100 Latin characters)."""
MAX_HEADING = {"zh": 40, "en": 100}
"""Most characters of a line taken as standing alone (a printed line's worth): a heading's length, not a paragraph's
first half split by a page break. A line of mixed script is held to the Chinese length, counted in printed width:
a half-width character (Latin, digits, ASCII marks) takes half the room of a Chinese one, so 新型冠状病毒（COVID-19）
流行病学基因组分析（状况报告2020-03-05） (41 characters, 32 wide) is a title line, not a paragraph's first half."""
GOES_ON = frozenset("，,、;；—–-(（[【《“‘\"'")
"""Last characters of a line whose sentence plainly goes on (a clause, an opened bracket or quotation)."""
ZH_CLAUSE_MARKS = frozenset("，；")
"""Chinese marks that end a clause inside a sentence: a Chinese heading has none ("结语", "2.1 研究对象"), so a short
line holding one is a sentence broken by the page ("…组成，包括生长" / "因子、细胞因子…" in a PDF's text)."""


def paragraph_line_languages(lines: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The languages ("zh", "en") whose (text, language) lines show the file printed one paragraph a line."""
    long_lines: Counter[str] = Counter()
    for text, lang in lines:
        least = MIN_PARAGRAPH_LINE.get(lang)
        if least is not None and len(text) >= least:
            long_lines[lang] += 1
    return frozenset(lang for lang, n in long_lines.items() if n >= MIN_PARAGRAPH_LINES)


def stands_alone(text: str, lang: str, paragraph_langs: frozenset[str]) -> bool:
    """True when a line without a final stop is a heading-like line of its own in a file printed one paragraph a
    line (`paragraph_langs`): short, and not ending in a mark after which its sentence goes on."""
    core = text.strip()
    if lang not in ("zh", "en"):  # mixed script ("Nextstrain的资料"): held to the shorter, Chinese, length
        lang = "zh" if paragraph_langs else ""
    elif lang not in paragraph_langs:
        return False
    size = len(core) if lang == "en" else printed_width(core)
    return 0 < size <= MAX_HEADING.get(lang, 0) and core[-1] not in GOES_ON and not _open_bracket(core) \
        and (lang != "zh" or ZH_CLAUSE_MARKS.isdisjoint(core))


def printed_width(text: str) -> float:
    """Width of `text` in Chinese characters: a half-width (ASCII) character counts one half."""
    half = sum(1 for c in text if c < "\x80")
    return len(text) - half / 2


def _open_bracket(text: str) -> bool:
    """A bracket opened and not closed in the line: its sentence goes on in the next ("(see the tree")."""
    return any(text.count(a) > text.count(b) for a, b in ("()", "（）", "[]", "【】", "《》"))


COLUMN_REACH = 3
"""Lines either side whose widest Chinese line is taken as the column's width (a leaflet's text runs in columns of
different widths, narrower beside a picture)."""
SHORT_LINE = 0.7
"""A Chinese line narrower than this share of its column's width stops short of the column's edge (a full line
reaches it within a word or a Latin name's width)."""


def short_lines(lines: Sequence[tuple[str, str]]) -> list[bool]:
    """For each (text, language) line, whether it is a Chinese line that stops well short of its column's width (the
    widest Chinese line within COLUMN_REACH lines either side, in printed width, bullets left out): no hard wrap
    ended it there."""
    widths = [_column_width(text) if lang == "zh" else 0.0 for text, lang in lines]
    out = []
    for i, width in enumerate(widths):
        column = max(widths[max(0, i - COLUMN_REACH):i + COLUMN_REACH + 1])
        out.append(0 < width < SHORT_LINE * column)
    return out


def stops_short(wrapped: Sequence[str], last: str) -> bool:
    """Whether the `last` line of a paragraph stops well short of the column its `wrapped` lines before it filled
    (the column a wrapped item shows itself, narrow beside a picture or not)."""
    return _column_width(last) < SHORT_LINE * max(map(_column_width, wrapped), default=0.0)


def _column_width(text: str) -> float:
    """Printed width of a line, a list item's bullet left out."""
    return printed_width(BULLET_LINE.sub("", text).strip())
