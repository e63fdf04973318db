"""Tests of checks.term_short_word: an English term the Chinese says by a word holding one character of its listed
form (旧版 "old version")."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.checks.term_short_word import short_word_said
from zhen_qa.glossary.model import Concept, Glossary

LEXICON = {"旧版": ("version",), "新版": ("new", "edition", "version"), "出版": ("publish",),
           "老式": ("old", "fashion"), "装设": ("install", "fit"), "自家": ("family",)}


def test_a_two_character_form_shortened_inside_a_word_the_lexicon_glosses_with_the_term() -> None:
    assert short_word_said(["版本"], ["version"], "组件不再提供旧版的日期选择器。", 1, LEXICON)
    assert short_word_said(["版本"], ["version"], "基于新版选择器组件进行重构。", 1, LEXICON)
    assert not short_word_said(["版本"], ["version"], "本书已经出版。", 1, LEXICON)  # the character, glossed otherwise
    assert not short_word_said(["安装"], ["install"], "你可以装设它。", 1, LEXICON)  # a synonym sharing a character
    assert not short_word_said(["版本"], ["version"], "组件不再提供老式的日期选择器。", 1, LEXICON)  # none of it
    # characters across two words (来自|家中), not a word of the sentence:
    assert not short_word_said(["家庭"], ["family"], "参与者来自家中有两个照料者。", 1, LEXICON)
    assert not short_word_said(["版本"], ["old version"], "组件不再提供旧版的日期选择器。", 1, LEXICON)  # two words
    # not two characters:
    assert not short_word_said(["版本号"], ["version"], "组件不再提供旧版的日期选择器。", 1, LEXICON)


G = Glossary.build([Concept("version", "版本", "version")], "g.csv")


def test_the_old_version_said_as_jiuban_is_no_finding_and_a_dropped_version_still_is() -> None:
    en = ["Vant 4 no longer provides the old version of the DatetimePicker component."]
    assert only(run(G, ["Vant 4 不再提供旧版的 DatetimePicker 组件。"], en), "term-missing") == []
    (f,) = only(run(G, ["Vant 4 不再提供以前的 DatetimePicker 组件。"], en), "term-missing")
    assert "version" in f.message


def test_a_short_word_excuses_no_more_mentions_of_the_term_than_the_chinese_has_short_words() -> None:
    """请联系客服 = "Restart the service, and contact customer service" (review51 R7): 客服 renders "customer service",
    the other "service"; the dropped restart step keeps its finding."""
    lexicon = {"客服": ("customer", "servic")}
    assert short_word_said(["服务"], ["service"], "如果仍然失败，请联系客服。", 1, lexicon)
    assert not short_word_said(["服务"], ["service"], "如果仍然失败，请联系客服。", 2, lexicon)
    g = Glossary.build([Concept("service", "服务", "service")], "g.csv")
    en = ["Restart the service, and contact customer service if it still fails."]
    (f,) = only(run(g, ["如果仍然失败，请联系客服。"], en), "term-missing")
    assert "service" in f.message


def test_the_first_character_standing_as_a_word_of_its_own_says_the_term() -> None:
    """从源读取 = "read from the source" (SeaTunnel: 源端 listed): Chinese shortens 源端 to 源 as a word of its own.
    A word holding the character but glossed otherwise (资源 "resource") or no such word keeps the finding."""
    lexicon = {"源": ("root", "sourc", "origin"), "资源": ("resourc",)}
    assert short_word_said(["源端"], ["source"], "连接器从源读取数据。", 1, lexicon)
    assert not short_word_said(["源端"], ["source"], "连接器读取资源。", 1, lexicon)
    assert not short_word_said(["源端"], ["source"], "连接器从源读取数据。", 2, lexicon)  # one word, two mentions
    g = Glossary.build([Concept("source", "源端", "source")], "g.csv")
    en = ["The connector reads data from the source."]
    assert only(run(g, ["连接器从源读取数据。"], en), "term-missing") == []
    (f,) = only(run(g, ["连接器从数据库读取数据。"], en), "term-missing")
    assert "source" in f.message
