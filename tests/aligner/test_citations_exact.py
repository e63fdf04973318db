"""Citation markers: exact spans, keys and kinds (the marked text is written out; offsets follow from it)."""
from __future__ import annotations

import pytest

from zhen_qa.aligner.citations import MAX_RANGE, citation_spans, extract_citations

Want = tuple[str, tuple[str, ...], str]  # marked text (first occurrence at or after the previous one), keys, kind

CASES: list[tuple[str, str, list[Want]]] = [
    ("以恢复正常功能⁽¹⁹⁾。", "zh", [("⁽¹⁹⁾", ("19",), "superscript")]),
    ("免疫原性⁽⁷˒⁸⁾。", "zh", [("⁽⁷˒⁸⁾", ("7", "8"), "superscript")]),
    ("免疫原性⁽⁷⁻⁹⁾。", "zh", [("⁽⁷⁻⁹⁾", ("7", "8", "9"), "superscript")]),
    ("superscript¹²", "en", [("¹²", ("12",), "superscript")]),
    ("cells¹⁻³ and", "en", [("¹⁻³", ("1", "2", "3"), "superscript")]),
    ("免疫原性^(7,8)。", "zh", [("^(7,8)", ("7", "8"), "caret")]),
    ("strategies^{1,2}.", "en", [("^{1,2}", ("1", "2"), "caret")]),
    ("strategies^[4]", "en", [("^[4]", ("4",), "caret")]),
    ("strategies^5-7 and", "en", [("^5-7", ("5", "6", "7"), "caret")]),
    ("shown [12] and [3-5].", "en", [("[12]", ("12",), "bracket"), ("[3-5]", ("3", "4", "5"), "bracket")]),
    ("shown [3–5; 9]", "en", [("[3–5; 9]", ("3", "4", "5", "9"), "bracket")]),
    ("shown ［3－5］", "zh", [("［3－5］", ("3", "4", "5"), "bracket")]),
    ("shown [2~4]", "en", [("[2~4]", ("2", "3", "4"), "bracket")]),
    ("the risk of death.1-3", "en", [("1-3", ("1", "2", "3"), "trailing")]),
    ("for this population.4 Then", "en", [("4", ("4",), "trailing")]),
    ("per group) .19", "en", [("19", ("19",), "trailing")]),
    ("function score (range, 0 to 68) 11-14; the", "en", [("11-14", ("11", "12", "13", "14"), "trailing")]),
    ("available at NEJM.org.) 12,13", "en", [("12,13", ("12", "13"), "trailing")]),
    ("as reported (see above) 7 We", "en", [("7", ("7",), "trailing")]),
    ("regarding radiotherapy3,17 are", "en", [("3,17", ("3", "17"), "glued")]),
    ("改善了患者的结局1 - 3。", "zh", [("1 - 3", ("1", "2", "3"), "trailing")]),
    ("是标准疗法4。", "zh", [("4", ("4",), "trailing")]),
    ("缓解率升至45.8% 10。", "zh", [("10", ("10",), "trailing")]),
    ("组内相关系数为0.9 24。", "zh", [("24", ("24",), "trailing")]),  # after a decimal and a space
    ("依照ENGOT模型C合作设计12。", "zh", [("12", ("12",), "trailing")]),  # 设计 is no total (合计 is)
    ("as shown (Smith et al., 2020; Jones and Li, 2019).", "en",
     [("(Smith et al., 2020; Jones and Li, 2019)", ("smith 2020", "jones 2019"), "author-year")]),
    ("Tjalsma等人(2000)首先定义", "zh", [("Tjalsma等人(2000)", ("tjalsma 2000",), "author-year")]),
    ("Tjalsma et al. (2000) first", "en", [("Tjalsma et al. (2000)", ("tjalsma 2000",), "author-year")]),
    ("Li和Wang（2019）报道", "zh", [("Li和Wang（2019）", ("li 2019",), "author-year")]),
    ("Smith (2020a) found", "en", [("Smith (2020a)", ("smith 2020",), "author-year")]),
    ("功能⁽¹,,²⁾。", "zh", [("⁽¹,,²⁾", ("1", "2"), "superscript")]),  # an empty item does not end the list
    ("shown [1][2] here", "en", [("[1]", ("1",), "bracket"), ("[2]", ("2",), "bracket")]),  # adjacent markers
    ("shown [1]¹ more", "en", [("[1]", ("1",), "bracket"), ("¹", ("1",), "superscript")]),
]


@pytest.mark.parametrize("text,lang,want", CASES)
def test_exact_markers(text: str, lang: str, want: list[Want]) -> None:
    expected, pos = [], 0
    for marked, keys, kind in want:
        start = text.index(marked, pos)
        pos = start + len(marked)
        expected.append((start, pos, marked, keys, kind))
    got = [(c.start, c.end, c.text, c.keys, c.kind) for c in extract_citations(text, lang)]
    assert got == expected
    assert citation_spans(text, lang) == [(s, e) for s, e, *_ in expected]


@pytest.mark.parametrize(
    "text,keys",
    [
        (f"see [1-{1 + MAX_RANGE}]", tuple(str(n) for n in range(1, 2 + MAX_RANGE))),  # exactly MAX_RANGE apart
        (f"see [1-{2 + MAX_RANGE}]", ("1", str(2 + MAX_RANGE))),  # one more: the ends only
        ("see [5-3]", ("5", "3")),  # descending: the ends only
        ("see [7-7]", ("7",)),
        ("see [4,4]", ("4", "4")),
    ],
)
def test_range_expansion_limits(text: str, keys: tuple[str, ...]) -> None:
    (c,) = extract_citations(text, "en")
    assert c.keys == keys and c.kind == "bracket" and c.start == 4 and c.end == len(text)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("生存率为3。", "zh"),
        ("约76；", "zh"),
        ("共12。", "zh"),
        ("第3。", "zh"),
        ("合计12。", "zh"),
        ("共计3；", "zh"),
        ("为0.95 1.2。", "zh"),
        ("95% confidence interval [ci]", "en"),
        ("in 2400 patients", "en"),
        ("p = 0.045", "en"),
        ("her2 and cd34 and brca1", "en"),
        ("the value was 3.5 here", "en"),
        ("(see table 2 and figure 3)", "en"),
        ("Smith 1850 wrote", "en"),
        ("in the sample (n = 45) 12 patients", "en"),  # a count after a bracket has its noun
        ("rose (P<0.05) 2-3 times", "en"),
        ("The No.1 People's Hospital", "en"),  # an abbreviation's number
        ("as in Fig.3 The", "en"),
        ("see Vol.12 Chapter", "en"),
    ],
)
def test_not_markers(text: str, lang: str) -> None:
    assert extract_citations(text, lang) == []


def test_zh_trailing_only_in_chinese() -> None:
    assert extract_citations("是标准疗法4。", "en") == []


def test_overlapping_markers_keep_the_first_pattern() -> None:
    # the superscript pattern claims ⁽¹⁾ before the bare-superscript pattern can claim ¹ inside it
    text = "功能⁽¹⁾和¹²。"
    got = [(c.start, c.end, c.kind) for c in extract_citations(text, "zh")]
    assert got == [(2, 5, "superscript"), (6, 8, "superscript")]


def test_results_sorted_by_position() -> None:
    text = "Smith (2020) and [3] and strategies^{1}."
    got = [(c.text, c.kind) for c in extract_citations(text, "en")]
    assert got == [("Smith (2020)", "author-year"), ("[3]", "bracket"), ("^{1}", "caret")]
