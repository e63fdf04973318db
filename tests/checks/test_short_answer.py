"""checks.short_answer: a one-word Chinese answer whose English answer word the aligner joined to the next bead."""
from __future__ import annotations

from dataclasses import replace

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.short_answer import answered_beside
from zhen_qa.manuscript.document import Bead, Pair

ZH = ("# 常见问题\n\n## 没有网络，文档有离线版本吗\n\n有的。\n\n"
      "提供 HTML 格式的离线文档，到发布页面找到文档压缩包下载。\n")
EN = ("# FAQ\n\n## No Network, Is There an Offline Version of the Documentation?\n\n{answer}An offline HTML version "
      "of the documentation is provided.\n")


def _as_the_faq_page_aligned(answer: str) -> Pair:
    """The pair with the beads the aligner made on the real page (maixpy faq zh 296): 有的。 alone, the English
    answer word joined to the explanation's bead."""
    ms = build_from_texts(ZH, EN.format(answer=answer), "a.zh.md", "a.en.md", presplit=False)
    pair = next(p for p in ms.pairs if any(s.text.text == "有的。" for s in p.zh))
    z = next(k for k, s in enumerate(pair.zh) if s.text.text == "有的。")
    before = [b for b in pair.beads if b.zh and max(b.zh) < z]
    rest = tuple(k for k in range(len(pair.en)) if not any(k in b.en for b in before))
    beads = (*before, Bead((z,), (), 0.7), Bead((z + 1,), rest, 0.7))
    return replace(pair, beads=beads)


def test_a_one_word_answer_said_by_the_next_beads_english_is_no_omission() -> None:
    pair = _as_the_faq_page_aligned("Yes.\n\n")
    assert answered_beside(pair, len(pair.beads) - 2)


def test_an_answer_of_the_other_polarity_or_none_is_still_an_omission() -> None:
    for answer in ("No.\n\n", ""):
        pair = _as_the_faq_page_aligned(answer)
        assert not answered_beside(pair, len(pair.beads) - 2), answer
