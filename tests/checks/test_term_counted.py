"""checks.term_counted: 这 16 个病例 refers back to the 16 sequences the Chinese has just counted."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

SEQ = Concept("seq", "序列", "sequence")
COUNTED = "在 16 条来自日本的新序列中，10 条有旅行史。"
COUNTED_EN = "Of 16 recent sequences added from Japan, 10 have travel history."
AGAIN_EN = "After being diagnosed and sampled in Japan, all 16 sequences divide between two clusters."


def missing(zh: list[str], en: list[str]) -> list[str]:
    return term_missing(gl(SEQ), zh, en)


def test_a_demonstrative_with_the_count_refers_back() -> None:
    assert missing([COUNTED, "这 16 个病例在回到日本后被确诊和取样。"], [COUNTED_EN, AGAIN_EN]) == []
    assert missing([COUNTED, "上述16例在回到日本后被确诊。"], [COUNTED_EN, AGAIN_EN]) == []


def test_a_count_without_a_demonstrative_keeps_the_finding() -> None:
    found = missing([COUNTED, "16 个病例在回到日本后被确诊和取样。"], [COUNTED_EN, AGAIN_EN])
    assert len(found) == 1 and "sequences" in found[0]


def test_another_count_keeps_the_finding() -> None:
    found = missing([COUNTED, "这 160 个病例在回到日本后被确诊和取样。"], [COUNTED_EN, AGAIN_EN])
    assert len(found) == 1


def test_nothing_counted_before_keeps_the_finding() -> None:
    found = missing(["在来自日本的新样本中，10 份有旅行史。", "这 16 个病例在回到日本后被确诊和取样。"],
                    ["Of the samples added from Japan, 10 have travel history.", AGAIN_EN])
    assert len(found) == 1 and "sequences" in found[0]
