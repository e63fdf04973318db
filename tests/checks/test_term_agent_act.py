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
