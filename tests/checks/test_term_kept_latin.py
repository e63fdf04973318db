"""Documentation whose Chinese writes the product's English word itself (kept51): RocketMQ capitalises it (创建 Topic,
同一类Producer的集合) and glues it to the characters (指定topic、tag), or joins two words of a term in CamelCase
(ConsumerGroup的概念). The Chinese renders the term; a different English word, an identifier of code that merely
holds the word, or a word glued in lower case each time (a slip) does not.

The tests marked "class 7" were turned round by the lead's decision at stop 69 (issue 11, class 7: a term kept in
the original language is a rendering of the concept, not a missing term); they expected a term-missing finding
before."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check

CODE_ZH = "\n\n运行 `sh bin/mqadmin` 即可。\n"
CODE_EN = "\n\nRun `sh bin/mqadmin`.\n"
TOPIC = "topic,主题,topic\n"


def test_a_word_the_chinese_keeps_glued_is_its_usage_when_typeset_elsewhere(tmp_path: Path) -> None:
    """创建 Topic (set off, capitalised) and 指定topic、tag (glued, lower case): the page keeps "topic" as its word."""
    zh = "## 创建 Topic\n\n发送消息前需要创建 Topic。\n\n构建消息时指定topic、tag等信息。" + CODE_ZH
    en = "## Create a topic\n\nCreate the topic before sending messages.\n\n" \
         "When building the message, set the topic, tag, and so on." + CODE_EN
    assert _check(tmp_path, zh, en, TOPIC) == []


def test_a_word_glued_in_lower_case_each_time_renders_the_term_in_documentation(tmp_path: Path) -> None:
    """Two sentences that glue "topic" to the characters, never typeset as a kept word: no usage of the page, but
    the term kept in English all the same."""
    zh = "## 创建主题\n\n发送消息前需要创建topic。\n\n构建消息时指定topic、标签等信息。" + CODE_ZH
    en = "## Create a topic\n\nCreate the topic before sending messages.\n\n" \
         "When building the message, set the topic, tag, and so on." + CODE_EN
    assert len(_check(tmp_path, zh, en, TOPIC)) == 1  # one code span in passing: no documentation (review69 R1)
    # Class 7 (module docstring): in documentation (a page pair with a code block) the glued word renders the term.
    fence = "\n\n```bash\nsh bin/mqadmin\n```\n"
    assert _check(tmp_path, zh.replace(CODE_ZH, fence), en.replace(CODE_EN, fence), TOPIC) == []
    # a different English word kept there still lacks the term: the next test


def test_a_different_english_word_kept_in_the_chinese_does_not_render_the_term(tmp_path: Path) -> None:
    """The Chinese keeps "tag" (and the page's Topic elsewhere), the English sentence says topic: no 主题, no topic
    in the aligned Chinese, the term is dropped."""
    zh = "## 创建 Topic\n\n发送消息前需要创建 Topic。\n\n构建消息时只指定tag。" + CODE_ZH
    en = "## Create a topic\n\nCreate the topic before sending messages.\n\n" \
         "When building the message, set only the topic and tag." + CODE_EN
    found = _check(tmp_path, zh, en, TOPIC)
    assert len(found) == 1 and "topic" in found[0]


def test_a_term_written_in_camel_case_is_rendered(tmp_path: Path) -> None:
    """ConsumerGroup的概念 writes "consumer group" as one name; TagA (a tag's example name) writes "tag"."""
    glossary = "consumer-group,消费者组,consumer group\n"
    zh = "# 概念\n\n为了水平扩展，ConsumerGroup的概念应运而生。" + CODE_ZH
    en = "# Concepts\n\nFor horizontal scaling, the concept of consumer group came into being." + CODE_EN
    assert _check(tmp_path, zh, en, glossary) == []
    from zhen_qa.checks.presence_kept import camel_parts

    assert list(camel_parts("tag", "订阅TagA的消息")) == [(2, 5)]
    assert list(camel_parts("job", "# JobEnvConfig")) == [(2, 5)]


def test_an_identifier_of_code_holding_the_word_does_not_render_the_term(tmp_path: Path) -> None:
    """`consumerGroupName` in a code span, or consumerGroupName and ConsumerTag in the prose (an identifier that
    starts in lower case; another name), name a variable or another thing, not the consumer group."""
    glossary = "consumer-group,消费者组,consumer group\n"
    en = "# Concepts\n\nFor horizontal scaling, the concept of consumer group came into being." + CODE_EN
    for zh in ("# 概念\n\n为了水平扩展，`ConsumerGroupName` 的概念应运而生。",
               "# 概念\n\n为了水平扩展，consumerGroupName的概念应运而生。",
               "# 概念\n\n为了水平扩展，ConsumerTag的概念应运而生。"):
        assert len(_check(tmp_path, zh + CODE_ZH, en, glossary)) == 1, zh
    from zhen_qa.checks.presence_kept import camel_parts

    assert list(camel_parts("topic", "topicName 与 updateTopic")) == []


def test_a_sentence_without_the_word_is_not_excused_by_the_pages_usage(tmp_path: Path) -> None:
    """The page keeps "topic" as its word (创建 Topic, 指定topic), but the last Chinese sentence writes neither 主题
    nor topic where its English says topic: the term is dropped there."""
    zh = "## 创建 Topic\n\n发送消息前需要创建 Topic。\n\n构建消息时指定topic。\n\n最后调用接口发送消息。" + CODE_ZH
    en = "## Create a topic\n\nCreate the topic before sending messages.\n\nSet the topic when building the " \
         "message.\n\nFinally call the API to send the messages to the topic." + CODE_EN
    found = _check(tmp_path, zh, en, TOPIC)
    assert len(found) == 1 and "topic" in found[0]
