"""Nouns a document numbers a series with: read from places where no reference number stands."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.citation_series import member_noun, series_nouns


def _nouns(*zh: str) -> set[str]:
    return set(series_nouns(build([([t], ["x"]) for t in zh]).sentences("zh")))


def test_a_label_opening_a_sentence_shows_a_series() -> None:
    nouns = _nouns("成员集群1：", "成员集群2：", "步骤1：下载。", "步骤2：安装依赖。", "这是第一段。")
    assert nouns == {"集群", "步骤"}
    assert _nouns("成员集群1：", "成员集群1：", "结果1：") == set()  # one number labels no series


def test_numbers_mid_sentence_at_clause_ends_or_counts_show_none() -> None:
    # flattened reference numbers mid-sentence (患者8和, 标签29的) and at clause ends, a count, a stage pair in prose
    assert _nouns("在黑色素瘤患者8和肾细胞癌患者9中有效。", "具有突变标签29的肿瘤。", "既往研究3。", "每周断食2日。",
                  "它仅支持阶段1和阶段2。", "研究表明，结果如下3：", "选取老年患者320例。") == set()


def test_member_noun_looks_at_the_noun_glued_before_the_number_and_its_value() -> None:
    text = "调度到成员集群3。"
    at = text.index("3")
    assert member_noun(text, at, ("3",), {"集群": 2})  # the next member after labels 1 and 2
    assert not member_noun(text, at, ("3",), {"阶段": 2})
    assert not member_noun("调度到 3。", 4, ("3",), {"集群": 2})
    cases = "国内外文献已报道类似病例12。"  # 病例1：… 病例2：… then a reference number far beyond them
    assert not member_noun(cases, cases.index("12"), ("12",), {"病例": 2})
