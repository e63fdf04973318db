"""Citation marker extraction."""
from __future__ import annotations

import pytest

from aligner.citations import extract_citations


@pytest.mark.parametrize(
    "text,lang,keys",
    [
        ("以恢复正常功能⁽¹⁹⁾。", "zh", [("19",)]),
        ("免疫原性⁽⁷,⁸⁾。", "zh", [("7", "8")]),
        ("免疫原性^(7,8)。", "zh", [("7", "8")]),
        ("treatment strategies^{1,2}.", "en", [("1", "2")]),
        ("as shown [12] and [3-5].", "en", [("12",), ("3", "4", "5")]),
        ("as shown ［3－5］", "zh", [("3", "4", "5")]),
        ("superscript¹²", "en", [("12",)]),
        ("reducing the risk of death.1-3", "en", [("1", "2", "3")]),
        ("for this population.4", "en", [("4",)]),
        ("改善了患者的结局1 - 3。", "zh", [("1", "2", "3")]),
        ("as shown (Smith et al., 2020; Jones and Li, 2019).", "en", [("smith 2020", "jones 2019")]),
        ("Tjalsma等人(2000)首先定义", "zh", [("tjalsma 2000",)]),
        ("Tjalsma et al. (2000) first defined", "en", [("tjalsma 2000",)]),
    ],
)
def test_markers(text: str, lang: str, keys: list[tuple[str, ...]]) -> None:
    assert [c.keys for c in extract_citations(text, lang)] == keys


@pytest.mark.parametrize(
    "text,lang",
    [("生存率为3。", "zh"), ("95% confidence interval [ci]", "en"), ("in 2400 patients", "en"), ("p = 0.045", "en")],
)
def test_not_markers(text: str, lang: str) -> None:
    assert extract_citations(text, lang) == []


def test_span_covers_the_marker() -> None:
    text = "功能⁽¹⁾。"
    (c,) = extract_citations(text, "zh")
    assert text[c.start:c.end] == "⁽¹⁾" and c.kind == "superscript"


def test_long_range_not_expanded() -> None:
    (c,) = extract_citations("see [1-200]", "en")
    assert c.keys == ("1", "200")
