from __future__ import annotations

from zhen_qa.checks.term_reheaded import head_glossed, reheaded


def test_a_form_keeping_the_modifier_with_another_head() -> None:
    assert reheaded(["乳腺X线摄影"], "行乳腺X线检查。")
    assert reheaded(["重症监护病房"], "住进重症监护室")


def test_not_the_listed_form_a_short_start_or_no_head() -> None:
    assert not reheaded(["乳腺X线摄影"], "行乳腺X线摄影。")  # the listed form itself is presence's
    assert not reheaded(["重症监护病房"], "住进监护室")  # 监护: under half the form
    assert not reheaded(["乳腺X线摄影"], "乳腺X线。")  # nothing follows the kept start
    assert not reheaded(["化学治疗"], "化学物质")  # 化学: under MODIFIER_MIN characters


def test_a_new_head_glossed_by_the_english_head() -> None:
    zh2en = {"设备": ("equipment", "faciliti"), "室": ("room", "unit"), "实验": ("experiment", "test")}
    assert head_glossed(["个人防护装备"], ["personal protective equipment"], "需要个人防护设备", zh2en)
    assert head_glossed(["重症监护病房"], ["intensive care unit"], "住进重症监护室", zh2en)
    assert not head_glossed(["临床试验"], ["clinical trial"], "进行临床实验", zh2en)
    assert not head_glossed(["个人防护装备"], ["personal protective equipment"], "个人防护意识", zh2en)
