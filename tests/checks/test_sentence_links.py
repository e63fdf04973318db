"""checks.sentence_links: the links of a sentence's source lines whose text overlaps the sentence."""
from __future__ import annotations

import re

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.sentence_links import links_over
from zhen_qa.manuscript.document import Sentence

LINK = re.compile(r"(?<!!)\[([^\[\]]+)\]\(([^()\s]+)\)")


def _zh(zh: str) -> list[Sentence]:
    ms = build_from_texts(zh, "# Title\n\nOne line. Another line.\n", "a.zh.md", "a.en.md", presplit=False)
    return ms.sentences("zh")


def _texts(sentence: Sentence, lines_after: int = 0) -> list[str]:
    return [m.group(1) for m in links_over(sentence, LINK, lines_after)]


def test_only_the_links_over_the_sentence() -> None:
    first, second = _zh("# 标题\n\n第一句有 [甲](http://a.org/x)。第二句有 [乙](http://a.org/y)。\n")[1:3]
    assert _texts(first) == ["甲"]
    assert _texts(second) == ["乙"]


def test_a_link_text_wrapped_before_its_address_needs_the_line_after() -> None:
    """The sentence ends inside the link text, on the line before the address."""
    sentence = _zh("# 标题\n\n参见 [甲乙。\n](http://a.org/x) 第二句。\n")[1]
    assert _texts(sentence) == []
    assert _texts(sentence, lines_after=1) == ["甲乙。\n"]
