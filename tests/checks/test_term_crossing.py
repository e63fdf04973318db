"""Tests of checks.term_crossing through term-missing: two listed Chinese terms crossing, the English saying one."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

CROSS = Concept("cross", "跨文化", "cross-cultural")
ACCULTURATION = Concept("acc", "文化适应", "acculturation")


missing = missing_with(gl(CROSS, ACCULTURATION))


def test_the_crossing_term_said_renders_the_match() -> None:
    zh = "本文探讨留学生跨文化适应压力的类型。"
    assert missing(zh, "We discuss the types of acculturative stress of international students.") == []
    assert missing(zh, "We discuss the types of acculturation stress of international students.") == []


def test_neither_term_said_is_missing() -> None:
    zh = "本文探讨留学生跨文化适应压力的类型。"
    found = missing(zh, "We discuss the types of substance stress of international students.")
    assert len(found) == 1 and "跨文化" in found[0]
    # a term no listed term crosses is still missing when the English lacks it
    assert len(missing("本文探讨跨文化交流的类型。", "We discuss the types of exchange.")) == 1


def test_the_other_direction_the_form_crossing_a_match() -> None:
    zh = "本文探讨留学生跨文化适应压力的类型。"
    assert missing(zh, "We discuss the types of acculturation stress of international students.") == []
    # the form apart from any match is found as before; absent, it is missing
    found = missing("本文探讨留学生跨文化压力的类型。",
                    "We discuss the acculturation stress of cross-cultural students.")
    assert len(found) == 1 and "acculturation" in found[0]


def test_a_crossing_term_cutting_a_word_of_the_match_reading_is_no_reading() -> None:
    # 估量 "to assess" crosses 量表 in 评估量表, but cuts the word 评估 before 量表: the phrase is 评估|量表
    scale, assess = Concept("scale", "量表", "scale"), Concept("assess", "估量", "to assess")
    check = missing_with(gl(scale, assess))
    zh = "采用食物无保障评估量表来评估家庭食物无保障。"
    found = check(zh, "The Food Insecurity Access substance was used to assess household food insecurity.")
    assert len(found) == 1 and "量表" in found[0]
    assert check(zh, "The Food Insecurity Access Scale was used to assess household food insecurity.") == []


def test_crossed_in_is_no_copy_of_joined_in_chinese() -> None:
    """term47 found `crossed-in` and `joined-in-chinese` silencing nothing on the 38 sets and took them to cover each
    other; on this input they do not: the documented example of `crossed-in` ("acculturation" = 跨文化适应, 跨文化
    matched) is silenced by it alone, and is reported with it off (`joined-in-chinese` does not unmask 跨文化,
    which the English does not render)."""
    from zhen_qa.checks.term_excuses import switched

    zh = "本文探讨留学生跨文化适应压力的类型。"
    en = "We discuss the types of acculturation stress of international students."
    with switched() as silenced:
        assert missing(zh, en) == []
    assert silenced["crossed-in"] == 1 and "joined-in-chinese" not in silenced
    with switched({"crossed-in"}):
        assert len(missing(zh, en)) == 1
