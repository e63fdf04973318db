"""term_agent_act: a Chinese device term (监听器, listed "event listener") the English says by its act, both modifying a
noun: 事件监听器功能 = "the event listening feature"."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_agent_act import act_for_device

GLOSSARY = "event-listener,事件监听器,event listener\n"
CODE = "\n\n运行 `st start` 即可。\n"
CODE_EN = "\n\nRun `st start`.\n"


def test_the_device_said_by_its_act_before_a_noun_is_rendered(tmp_path: Path) -> None:
    zh = "您需要设置引擎配置以使用事件监听器功能。" + CODE
    en = "To use the event listening feature, you need to configure engine config." + CODE_EN
    assert _check(tmp_path, zh, en, GLOSSARY) == []


PAGES_MISSING = [
    # the act with another modifier: another act
    ("您需要设置引擎配置以使用事件监听器功能。", "To use the task listening feature, set the engine."),
    # another act altogether: the term really dropped
    ("您需要设置引擎配置以使用事件监听器功能。", "To use the event handling feature, set the engine."),
    # the Chinese names the device itself, no noun after it
    ("您需要配置事件监听器。", "You need to configure event listening."),
    ("您需要配置事件监听器。", "You need to configure event listening in the engine."),
]


def test_the_act_of_another_thing_or_the_device_itself_leaves_the_term_missing(tmp_path: Path) -> None:
    for zh, en in PAGES_MISSING:
        assert len(_check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY)) == 1, en


def test_act_for_device_needs_the_device_morpheme_and_an_agent_noun() -> None:
    text = "使用事件监听器功能"
    end = text.index("器") + 1
    assert act_for_device(["事件监听器"], ["event listener"], text, end, "the event listening feature", 1)
    assert not act_for_device(["事件监听"], ["event listener"], text, end - 1, "the event listening feature", 1)
    assert not act_for_device(["用户"], ["user"], "用户功能", 2, "using features", 1)  # us-ing: no act
    assert not act_for_device(["事件监听器"], ["event listener"], text, end, "the event listening feature", 2)
    assert not act_for_device(["事件监听器"], ["event listener"], text, end, "turn event listening on", 1)


def test_a_device_of_a_manuscript_without_code_is_not_its_act(tmp_path: Path) -> None:
    """Outside documentation (no code on the page) the device is hardware or apparatus, and its act names another
    thing: 处理器性能 (the chip's) is not "processing performance", 转换器效率 (the device's rated quantity) is not
    "converting efficiency" (review53 R8): the term stays missing."""
    g = "processor,处理器,processor\nconverter,转换器,converter\n"
    zh = "我们测试了三款手机的处理器性能，结果显示新款手机的处理器性能最高。"
    en = "We tested the processing performance of three phones, and the new phone had the highest processing " \
         "performance."
    assert len(_check(tmp_path, zh, en, g)) == 1
    zh, en = "系统中的转换器效率达到95%。", "The converting efficiency of the system reached 95%."
    assert len(_check(tmp_path, zh, en, g)) == 1
