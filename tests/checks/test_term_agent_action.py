"""term_agent_action and agent-stem's 者: an English agent noun the Chinese says by the action its listed form names
the agent of (消费端 for "the Consumer side", Push消费 for "Push Consumer", 消费实例 for "consumer instance")."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_agent_action import agent_by_action

GLOSSARY = "consumer,消费者,consumer\n"
CODE = "\n\n运行 `mq start` 即可。\n"
CODE_EN = "\n\nRun `mq start`.\n"


PAGES_SAID = [
    ("# Push消费\n", "# Push Consumer\n"),
    ("RocketMQ 可以在消费端对标签进行过滤。\n", "RocketMQ can filter the tag on the Consumer side.\n"),
    ("| 消费实例信息 | 说明 |\n| --- | --- |\n| a | b |\n",
     "| Consumer instance information | Note |\n| --- | --- |\n| a | b |\n"),
]


def test_the_agent_said_by_its_side_its_kind_kept_or_the_noun_it_modifies_is_said(tmp_path: Path) -> None:
    for zh, en in PAGES_SAID:
        assert _check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY) == [], zh


PAGES_MISSING = [
    ("# Pull消费\n", "# Push Consumer\n"),  # another kind
    ("拉取之后即可消费消息。\n", "After pulling, the consumer consumes the messages.\n"),  # the act only
    ("统计每天的消费量。\n", "Count what the consumer takes each day.\n"),  # another morpheme after it
    ("RocketMQ 可以在服务端对标签进行过滤。\n", "RocketMQ can filter the tag on the Consumer side.\n"),  # another side
    ("| 实例信息 | 说明 |\n| --- | --- |\n| a | b |\n",
     "| Consumer instance information | Note |\n| --- | --- |\n| a | b |\n"),  # the modified noun only
]


def test_the_action_alone_or_another_kind_leaves_the_agent_missing(tmp_path: Path) -> None:
    """The Chinese says the act, not the party, or says another party: the term stays missing."""
    for zh, en in PAGES_MISSING:
        assert len(_check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY)) == 1, zh


def test_the_chinese_names_the_agent_as_often_as_the_english() -> None:
    assert agent_by_action(["消费者"], "the", "在消费端过滤", 1)
    assert not agent_by_action(["消费者"], "the", "在消费端过滤", 2)  # one side, two consumers
    assert agent_by_action(["消费者"], "Push", "RocketMQ Push 消费的示例", 1)
    assert not agent_by_action(["患者"], "the", "患端", 1)  # a one-character action is none
