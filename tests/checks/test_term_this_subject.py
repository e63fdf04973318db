"""Tests of checks.term_this_subject: a Chinese term opening its clause where the English clause opens with a
demonstrative subject, the concept named on both sides just before."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

G = gl(Concept("widget", "小部件", "widget"))
ZH = ["小部件降低了机器的故障率。", "但在老机器中，小部件的使用增加了噪音。"]
EN_BEFORE = "The widget reduced the failure rate of machines."


def missing(zh: list[str], en: list[str]) -> int:
    return len(only(run(G, zh, en), "term-missing"))


def test_a_demonstrative_subject_for_the_term_named_just_before_needs_no_english_term() -> None:
    assert missing(ZH, [EN_BEFORE, "In old machines, this benefit was accompanied by more noise."]) == 0
    assert missing(ZH, [EN_BEFORE, "In old machines, this has increased the noise."]) == 0


def test_the_term_replaced_is_still_missing() -> None:
    assert missing(ZH, [EN_BEFORE, "In old machines, substance use increased the noise."]) == 1
    assert missing(ZH, [EN_BEFORE, "In old machines, these substance users had more noise."]) == 1


def test_a_demonstrative_noun_the_chinese_says_is_a_translation_not_a_reference() -> None:
    # 使用 is "use": "this use" translates the Chinese, the term is left out
    assert missing(ZH, [EN_BEFORE, "In old machines, this use has increased the noise."]) == 1


def test_a_term_in_mid_clause_or_not_named_before_is_still_missing() -> None:
    zh = [ZH[0], "但在老机器中，频繁使用小部件增加了噪音。"]
    assert missing(zh, [EN_BEFORE, "In old machines, this benefit was accompanied by more noise."]) == 1
    zh = ["机器的故障率很低。", ZH[1]]
    assert missing(zh, ["The failure rate of machines is low.",
                        "In old machines, this benefit was accompanied by more noise."]) == 1


def test_a_demonstrative_the_chinese_says_itself_is_its_translation() -> None:
    # the English "this" renders 这: 小部件 is simply left out
    zh = [ZH[0], "但在老机器中，小部件增加了噪音，这在意料之中。"]
    assert missing(zh, [EN_BEFORE, "But in old machines, noise increased; this was expected."]) == 1
    zh = [ZH[0], "但在老机器中，小部件增加了噪音。"]
    assert missing(zh, [EN_BEFORE, "But in old machines, this has increased the noise."]) == 0
