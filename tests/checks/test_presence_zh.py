"""The Chinese forms and patterns `presence.Evidence` looks for."""
from __future__ import annotations

from zhen_qa.checks.presence_zh import contraction_pattern, spread_pattern, zh_key


def test_contraction_keeps_first_and_last_characters_in_order() -> None:
    p = contraction_pattern("高血压")
    assert p.fullmatch("高压") and p.fullmatch("高血压")
    assert not p.search("血压") and not p.search("压高")


def test_spread_takes_a_latin_name_inside_the_form() -> None:
    assert spread_pattern(zh_key("确诊病例")).search("确诊 COVID-19 病例".replace(" ", ""))
