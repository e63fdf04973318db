"""A Chinese list item's numbered title (2.直接加减数字) left alone before the bead of the English item it numbers.

A Chinese page often writes an item's number without the space Markdown needs for a list item (`2.直接加减数字`,
a lazy line of the paragraph above it), then the item's text on the next line (在自定义格式后直接“+/-”数字). The
line break after a short line with no sentence stop makes the numbered line a sentence of its own, a title, while
the English page writes the item as one list item (`2. Add or minus numbers directly after the time format.`) whose
one sentence renders both lines. The sentence aligner pairs the English with the longer Chinese line and leaves the
title alone, reported as untranslated though its English is right there. The English item's number says where the
title belongs: a Chinese sentence alone that opens its line with a number written `N.` (`N．`, `N、`) glued to its text
joins the bead after it in the same unit when that bead's first English sentence opens a list item numbered N and
its Chinese opens with no number of its own. Only a title joins: at most TITLE_MAX_HAN Han characters and no
sentence stop or comma (`1.安装依赖之前，请确认…。` is a sentence of the item the English may have dropped).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.manuscript.document import Bead, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

_ZH_TITLE = LazyPattern(r"(\d{1,3})[.．、](?![\d\s])")
"""A number opening a Chinese sentence, glued to its text (2.直接加减数字; not 1.5, not a list marker with a space).
An item's number of one level, not a heading's section number (`manuscript.structure.DOTTED_NUMBER`, which takes
2.1 and needs no mark after it)."""
_EN_ITEM = LazyPattern(r"[ \t]*(?:[-*+][ \t]+)?(\d{1,3})[.)][ \t]+")
"""What precedes an English sentence on its line when it opens a numbered list item (`  2. `)."""
_ZH_NUMBER = LazyPattern(r"\s*\d{1,3}[.．、)）]")


def line_prefix(sentence: Sentence) -> str:
    """The text of the sentence's line before the sentence."""
    page, start = sentence.text.source.text, sentence.text.offsets[0] if sentence.text.offsets else 0
    return page[page.rfind("\n", 0, start) + 1:start]


TITLE_MAX_HAN = 20
"""Han characters at most in a numbered title (2.直接加减数字: 6); a longer numbered line is a sentence of the item."""
_STOP = LazyPattern(r"[。！？；，：!?;,]")


def title_number(sentence: Sentence) -> str | None:
    """The number of a Chinese sentence that opens its line with a number glued to its text and is a title (short,
    no sentence stop or comma: not `1.安装依赖之前，请确认…。`, a sentence the English item may have dropped,
    review51 R3), or None."""
    text = sentence.text.text
    match = _ZH_TITLE.match(text)
    if match is None or line_prefix(sentence).strip():
        return None
    rest = text[match.end():].strip()
    if _STOP.search(rest) or sum(len(run) for run in HAN_RUN_RE.findall(rest)) > TITLE_MAX_HAN:
        return None
    return match.group(1)


def item_number(sentence: Sentence) -> str | None:
    """The number of the list item an English sentence opens (the marker before it on its line), or None."""
    match = _EN_ITEM.fullmatch(line_prefix(sentence))
    return match.group(1) if match else None


def join_item_titles(beads: list[Bead], group: Callable[[Bead], int], zh: Sequence[Sentence],
                     en: Sequence[Sentence]) -> list[Bead]:
    """Beads with each lone Chinese numbered title joined to the bead after it in its unit whose English opens the
    list item of that number (see the module docstring)."""
    out = list(beads)
    k = 0
    while k + 1 < len(out):
        lone, after = out[k], out[k + 1]
        if (len(lone.zh) == 1 and not lone.en and after.zh and after.en and group(lone) == group(after)
                and not _ZH_NUMBER.match(zh[after.zh[0]].text.text)):
            number = title_number(zh[lone.zh[0]])
            if number is not None and number == item_number(en[after.en[0]]):
                out[k:k + 2] = [Bead(lone.zh + after.zh, after.en, after.score)]
        k += 1
    return out


__all__ = ["item_number", "join_item_titles", "title_number"]
