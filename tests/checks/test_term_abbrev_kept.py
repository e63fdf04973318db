"""Tests of checks.term_abbrev_kept through term-missing: an abbreviation kept in the Chinese of another bead."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

PTSD = Concept("ptsd", "创伤后应激障碍", "post-traumatic stress disorder", en_admitted=("PTSD",))

ZH = ["本研究考察 PTSD 易感人格与闪回的关系。", "研究共纳入一百名大学生。", "结果表明注意控制具有保护作用。"]


def missing(third: str) -> list[str]:
    en = ["This study examined post-traumatic stress disorder and flashbacks.", "One hundred students took part.",
          third]
    return term_missing(gl(PTSD), ZH, en)


def test_the_clause_recast_into_another_sentence_renders_it() -> None:
    assert missing("Susceptible personality of PTSD is a risk factor, and attention control protects.") == []


def test_the_abbreviation_with_nothing_of_its_chinese_neighbours_is_missing() -> None:
    found = missing("Attention control protects against PTSD in students.")
    assert len(found) == 1 and "PTSD" in found[0]


def test_a_slip_of_the_abbreviation_in_the_bead_is_no_recast() -> None:
    zh = ["本研究考察 PTSD 易感人格与闪回的关系。", "研究共纳入一百名大学生。", "结果表明 PTSC 易感人格具有保护作用。"]
    en = ["This study examined post-traumatic stress disorder and flashbacks.", "One hundred students took part.",
          "Susceptible personality of PTSD is a risk factor."]
    found = term_missing(gl(PTSD), zh, en)
    assert len(found) == 1 and "PTSD" in found[0]


def test_a_collocation_the_chinese_repeats_shows_no_recast_clause() -> None:
    zh = ["本研究考察 PTSD 易感人格与闪回的关系。", "另一组 PTSD 易感人格较弱。", "研究共纳入一百名大学生。",
          "结果表明注意控制具有保护作用。"]
    en = ["This study examined post-traumatic stress disorder and flashbacks.",
          "Another group was less susceptible to it.", "One hundred students took part.",
          "Susceptible personality of PTSD is a risk factor, and attention control protects."]
    found = term_missing(gl(PTSD), zh, en)
    assert any("“PTSD”" in m for m in found)
