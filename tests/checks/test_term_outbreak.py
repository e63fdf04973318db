"""Tests of checks.term_outbreak through term-missing: an English virus naming its outbreak, 疫情 in Chinese."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

CORONAVIRUS = Concept("coronavirus", "冠状病毒", "coronavirus")
EN = "With lots of flights canceled, flying in the time of coronavirus can be a challenge."


def missing(zh: str, en: str = EN) -> list[str]:
    return term_missing(gl(CORONAVIRUS), [zh], [en])


def test_the_virus_names_the_outbreak_chinese_says_yiqing() -> None:
    assert missing("随着大量航班的取消，疫情期间乘飞机出行面临极大挑战。") == []


def test_no_yiqing_or_a_virus_named_in_chinese_is_still_missing() -> None:
    assert missing("随着大量航班的取消，这段时间乘飞机出行面临极大挑战。") == [
        "“coronavirus” has no 「冠状病毒」 in the aligned Chinese"]
    assert missing("随着大量航班的取消，流感病毒疫情期间乘飞机出行面临极大挑战。") == [
        "“coronavirus” has no 「冠状病毒」 in the aligned Chinese"]
