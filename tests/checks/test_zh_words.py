"""Tests of checks.zh_words: the Chinese words of a text the lexicon glosses with a stem."""
from __future__ import annotations

from zhen_qa.checks.zh_words import glossed_words, longest_glossed_words

ZH2EN = {"跟踪": ("track",), "跟踪器": ("track",), "踪器": ("track",), "追": ("track",)}


def test_every_glossed_chunk_in_the_order_it_starts() -> None:
    assert list(glossed_words("track", "跟踪器追", ZH2EN)) == ["跟踪", "跟踪器", "踪器", "追"]
    assert list(glossed_words("track", "跟踪器追", ZH2EN, shortest=2)) == ["跟踪", "跟踪器", "踪器"]


def test_longest_counts_each_place_once() -> None:
    # second60 S10: the longest word at a place, then on after it (踪器 inside 跟踪器 is not a second word)
    assert list(longest_glossed_words("track", "跟踪器追", ZH2EN)) == ["跟踪器", "追"]
    assert list(longest_glossed_words("track", "跟踪器追", ZH2EN, shortest=2)) == ["跟踪器"]
    assert list(longest_glossed_words("track", "跟踪跟踪", ZH2EN, shortest=2)) == ["跟踪", "跟踪"]
