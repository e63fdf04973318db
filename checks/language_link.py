"""A page's language switch: the English page links its Chinese version by a link whose text is Chinese
(`[中文版](../cn/io.md)`, `[简体中文](README_zh.md)`), and the Chinese page, in the same bead, links its English version
by a link whose text is English (`[English version](../en/io.md)`). Each page names the other language in that
language so that its reader finds it: the Chinese words of the English page's link are the switch's label, not words
left untranslated, and so are the English words of the Chinese page's link.

The shape is read from the two pages, not from a list of words: the run is the whole text of a Markdown link, and a
sentence of its bead on the other page holds a link to another address worded in the other language. Chinese left in
an English link whose counterpart is worded in Chinese too (`[配置说明](config.md)` on both pages), Chinese beside a
link or in part of its text, a Chinese link the Chinese page does not face with an English one, and two links to the
same address (a link text swapped, not a switch) are still reported.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.sentence_links import links_over
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.script import HAN

__all__ = ["language_switch"]

_LINK = re.compile(r"(?<!!)\[([^\[\]\n]+)\]\(([^()\s]+)\)")
"""A Markdown inline link on one line (its text and its address), not an image."""
_HAN = re.compile(f"[{HAN}]")
_LATIN = re.compile(r"[A-Za-z]")


def _links(sentence: Sentence) -> list[re.Match[str]]:
    """The links of the source lines the sentence spans whose text overlaps the sentence."""
    return links_over(sentence, _LINK)


def _text_span(m: re.Match[str]) -> tuple[int, int]:
    """Where a link's text is in the source, without the spaces round it."""
    text = m.group(1)
    return m.start(1) + len(text) - len(text.lstrip()), m.end(1) - len(text) + len(text.rstrip())


def language_switch(sentence: Sentence, start: int, end: int, facing: Sequence[Sentence]) -> bool:
    """Whether characters [start, end) of `sentence` are the whole text of a link, and one of the `facing` sentences
    (its bead's other language) holds a link to another address worded in the other language: English (no Han
    character) if the run is Chinese, Chinese (no Latin letter) if it is English."""
    mt = sentence.text
    if not facing or not 0 <= start < end <= len(mt.text):
        return False
    lo, hi = mt.offsets[start], mt.end_of(end - 1)
    here = [m for m in _links(sentence) if _text_span(m) == (lo, hi)]
    if not here:
        return False
    addresses = {m.group(2) for m in here}
    chinese_run = bool(_HAN.search(mt.text, start, end))
    return any(m.group(2) not in addresses and _worded_in_english(m.group(1)) == chinese_run
               for f in facing for m in _links(f))


def _worded_in_english(text: str) -> bool | None:
    """True if a link's text is English (a Latin letter, no Han character), False if Chinese (Han, no Latin letter),
    None if it mixes the two or has neither."""
    han, latin = bool(_HAN.search(text)), bool(_LATIN.search(text))
    return None if han == latin else latin
