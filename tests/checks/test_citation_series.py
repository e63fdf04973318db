"""Nouns a document numbers a series with: read from places where no reference number stands."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.citation_series import member_noun, series_nouns


def _nouns(*zh: str) -> frozenset[str]:
    return series_nouns(build([([t], ["x"]) for t in zh]).sentences("zh"))


def test_a_number_before_a_han_character_or_a_colon_shows_a_series() -> None:
    assert _nouns("成员集群1：", "它仅支持阶段1和阶段2。", "满足等级2及以上的节点。") == {"集群", "阶段", "等级"}


def test_numbers_at_clause_ends_or_counts_show_none() -> None:
    # reference numbers after one noun in several places, a decimal, a percentage, a count before the noun
    assert _nouns("既往研究3。", "另一项研究12。", "研究2.5倍。", "比例为研究3%的。", "分为三个阶段。") == frozenset()


def test_member_noun_looks_at_the_noun_glued_before_the_number() -> None:
    text = "调度到成员集群3。"
    assert member_noun(text, text.index("3"), frozenset({"集群"}))
    assert not member_noun(text, text.index("3"), frozenset({"阶段"}))
    assert not member_noun("调度到 3。", 4, frozenset({"集群"}))
