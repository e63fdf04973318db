"""term_initials_kept: a capitalised English name the Chinese of documentation writes by its initials ("Message
Queue" = MQ, listed 消息队列); glos54 (rocketmq-g 01concept2)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_initials_kept import initials, initials_kept

QUEUE = "message-queue,消息队列,message queue,,\n"
CODE = "\n\n运行 `make`。\n"
CODE_EN = "\n\nRun `make`.\n"
ZH = "MQ的消费模式可以大致分为两种，一种是推Push，一种是拉Pull。\n"


def test_a_capitalised_name_written_by_its_initials_is_rendered(tmp_path: Path) -> None:
    en = "The consumption mode of Message Queue can be divided into two kinds, which are Push and Pull.\n"
    assert _check(tmp_path, ZH + CODE, en + CODE_EN, QUEUE) == []


def test_no_initials_a_lower_case_phrase_or_initials_in_a_longer_word_leave_it_missing(tmp_path: Path) -> None:
    en = "The consumption mode of Message Queue can be divided into two kinds, which are Push and Pull.\n"
    dropped = "消费模式可以大致分为两种，一种是推Push，一种是拉Pull。\n"  # the term really dropped
    assert len(_check(tmp_path, dropped + CODE, en + CODE_EN, QUEUE)) == 1
    inside = "RocketMQ的消费模式可以大致分为两种，一种是推Push，一种是拉Pull。\n"  # MQ inside a product name
    assert len(_check(tmp_path, inside + CODE, en + CODE_EN, QUEUE)) == 1
    lower = "The consumption mode of a message queue can be divided into two kinds, which are Push and Pull.\n"
    assert len(_check(tmp_path, ZH + CODE, lower + CODE_EN, QUEUE)) == 1  # a phrase, not a name


def test_initials_of_a_name() -> None:
    assert initials("Message Queue") == "MQ" and initials("Dead-Letter Queue") == "DLQ"
    assert initials("message queue") == "" and initials("Queue") == ""
    assert initials_kept("Message Queue", "MQ的消费模式", 1) and not initials_kept("Message Queue", "MQ的模式", 2)
    assert not initials_kept("Message Queue", "RocketMQ的消费模式", 1)


def test_a_manuscript_without_code_is_not_excused(tmp_path: Path) -> None:
    en = "The consumption mode of Message Queue can be divided into two kinds, which are Push and Pull.\n"
    assert len(_check(tmp_path, ZH, en, QUEUE)) == 1  # no code block: not documentation, abbreviations are defined


def test_initials_the_english_writes_itself_render_no_name(tmp_path: Path) -> None:
    # review54 R11: the Chinese MQ renders the English's own "MQ"; "Message Queue gateway" renders MQTT 网关
    zh = "生产者把消息发送到 MQTT 网关，网关再转发给 MQ。\n"
    en = "The producer sends messages to the Message Queue gateway, which forwards them to MQ.\n"
    assert len(_check(tmp_path, zh + CODE, en + CODE_EN, QUEUE)) == 1
    assert not initials_kept("Message Queue", "网关再转发给 MQ", 1, "the Message Queue gateway forwards to MQ")
