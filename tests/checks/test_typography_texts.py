"""checks.typography_texts: a block is checked where no sentence covers it, with the indices findings may start at."""
from __future__ import annotations

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.typography_texts import typography_texts
from zhen_qa.manuscript.document import Block, Manuscript, Pair, Role, Sentence
from zhen_qa.manuscript.source import MappedText, SourceText

TEXT = "分泌组很重要。它调节炎症。\n页眉\n细胞因子也是。"
"""Two lines of one paragraph around a line of page furniture (the paragraph's offsets are a list, not a range)."""


def _texts(sentence_spans: list[tuple[int, int]], joined: bool) -> list[tuple[str, frozenset[int] | None]]:
    src = SourceText.from_text("zh.txt", TEXT)
    first, last = MappedText.span(src, 0, 13), MappedText.span(src, 17, 24)
    block = MappedText.join([first, last]) if joined else first
    sents = tuple(Sentence(MappedText.span(src, a, b), "zh", Role.PARAGRAPH) for a, b in sentence_spans)
    ms = Manuscript("zh.txt", (src,), (Block(Role.PARAGRAPH, "zh", block),), (Pair("document", sents, (), ()),))
    return [(mt.text, keep) for mt, _lang, keep in typography_texts(CheckContext(ms))]


def test_a_block_its_sentences_cover_whole_is_not_checked_again() -> None:
    assert _texts([(0, 7), (7, 13)], joined=False) == [("分泌组很重要。", None), ("它调节炎症。", None)]
    assert _texts([(0, 7), (7, 13), (17, 24)], joined=True)[3:] == []


def test_a_block_is_checked_where_no_sentence_reaches() -> None:
    assert _texts([(0, 7)], joined=False)[1:] == [("分泌组很重要。它调节炎症。", frozenset(range(7, 13)))]
    # a joined block: indices into its own text, across the furniture it was joined over
    assert _texts([(7, 13)], joined=True)[1:] == [("分泌组很重要。它调节炎症。细胞因子也是。",
                                                     frozenset(range(7)) | frozenset(range(13, 20)))]
