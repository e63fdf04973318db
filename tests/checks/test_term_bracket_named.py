"""term_bracket_named: a Chinese term inside a word the Chinese names in English in a bracket right after it
(投递等级（delay level）, 投递 listed "deliver"), the English writing that name; glos54 (rocketmq-g 04message3)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_bracket_named import bracket_name, named_in_bracket

DELIVERY = "delivery,投递,deliver,,delivery\n"


def test_the_term_inside_a_bracket_named_word_is_said_by_that_name(tmp_path: Path) -> None:
    zh = "消息的投递等级（delay level）决定延迟时间。\n"
    en = "The delay level of a message decides the delay time.\n"
    assert _check(tmp_path, zh, en, DELIVERY) == []


def test_the_name_not_written_or_the_term_alone_bracketed_leaves_it_missing(tmp_path: Path) -> None:
    zh = "消息的投递等级（delay level）决定延迟时间。\n"
    for en in ("The level of a message decides the delay time.\n",  # the bracket's name not in the English
               "The priority of a message decides the delay time.\n"):  # said otherwise
        assert len(_check(tmp_path, zh, en, DELIVERY)) == 1, en
    # the term itself renamed by the bracket: a name against the glossary, not a compound's
    assert len(_check(tmp_path, "消息会被投递（dispatch）到队列。\n",
                      "The message is dispatched to the queue.\n", DELIVERY)) == 1


def test_bracket_name_wants_a_compound_right_before_the_bracket() -> None:
    assert bracket_name("投递等级（delay level）", 0, 2) == "delay level"
    assert bracket_name("投递（dispatch）", 0, 2) == ""  # the term alone
    assert bracket_name("投递等级（ID）", 0, 2) == ""  # too short a name
    assert bracket_name("投递等级，见（delay level）", 0, 2) == ""  # the bracket after another word
    assert named_in_bracket("投递等级（delay level）", 0, 2, "the Delay-Level column")
    assert not named_in_bracket("投递等级（delay level）", 0, 2, "the delayed level")


def test_a_bracket_after_other_words_or_an_abbreviation_names_no_compound_of_the_term() -> None:
    # test_term_missing: 化疗后肺癌（NSCLC） — the bracket names 肺癌, not a compound of 化疗
    assert bracket_name("探讨化疗后肺癌（NSCLC）患者", 2, 4) == ""
    assert bracket_name("投递等级（DL）", 0, 2) == "" and bracket_name("投递等级（delay）", 0, 2) == ""


def test_a_bracket_naming_the_last_word_of_a_run_leaves_the_term_missing(tmp_path: Path) -> None:
    # review54 R7: the bracket names 重试 only; the English drops 投递失败 ("delivery failed")
    zh = "如果投递失败重试（retry）超过三次，消息进入死信队列。\n"
    en = "If a retry happens more than three times, the message goes to the dead-letter queue.\n"
    assert len(_check(tmp_path, zh, en, DELIVERY)) == 1
    assert bracket_name("如果投递失败重试（retry policy）", 2, 4) == ""  # three words to the bracket
