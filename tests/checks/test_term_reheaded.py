from __future__ import annotations

from zhen_qa.checks.term_reheaded import reheaded


def test_a_form_keeping_the_modifier_with_another_head() -> None:
    assert reheaded(["乳腺X线摄影"], "行乳腺X线检查。")
    assert reheaded(["重症监护病房"], "住进重症监护室")


def test_not_the_listed_form_a_short_start_or_no_head() -> None:
    assert not reheaded(["乳腺X线摄影"], "行乳腺X线摄影。")  # the listed form itself is presence's
    assert not reheaded(["重症监护病房"], "住进监护室")  # 监护: under half the form
    assert not reheaded(["乳腺X线摄影"], "乳腺X线。")  # nothing follows the kept start
    assert not reheaded(["化学治疗"], "化学物质")  # 化学: under MODIFIER_MIN characters
