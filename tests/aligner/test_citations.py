"""Citation marker extraction."""
from __future__ import annotations

import pytest

from zhen_qa.aligner.citations import extract_citations


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


def test_a_year_after_a_longer_name_is_no_author_year_citation() -> None:
    # an event, survey or law named with its year: the word before is "the" or another capitalised word
    for text in ("one month after the Great East Japan Earthquake (2011).", "data of the Census (2010) show"):
        assert extract_citations(text, "en") == [], text
    for text in ("As Smith (2020) showed, it works.", "In Smith (2020), it worked.", "Smith (2020) showed it."):
        assert [c.keys for c in extract_citations(text, "en")] == [("smith 2020",)], text


def test_span_covers_the_marker() -> None:
    text = "功能⁽¹⁾。"
    (c,) = extract_citations(text, "zh")
    assert text[c.start:c.end] == "⁽¹⁾" and c.kind == "superscript"


def test_long_range_not_expanded() -> None:
    (c,) = extract_citations("see [1-200]", "en")
    assert c.keys == ("1", "200")


@pytest.mark.parametrize(
    "text,lang,keys",
    [
        # tokenised text puts a space before the stop that carries the reference number
        ("a final sample size of 476 (238 patients per group) .19", "en", [("19",)]),
        ("from 29.0% to 45.8% .10", "en", [("10",)]),
        # superscripts flattened onto a word in mid-sentence
        ("regarding radiotherapy3,17 are provided", "en", [("3", "17")]),
        ("with nasopharyngeal carcinoma11-13 and", "en", [("11", "12", "13")]),
        # Chinese reference numbers before a clause-final semicolon, and after a closing title mark
        ("是有效的化疗方案11 - 13；而对于复发性患者", "zh", [("11", "12", "13")]),
        ("第7版《分期-分类系统》15；karnofsky评分", "zh", [("15",)]),
        ("缓解率从29.0%升至45.8% 10。", "zh", [("10",)]),
    ],
)
def test_markers_in_flattened_text(text: str, lang: str, keys: list[tuple[str, ...]]) -> None:
    assert [c.keys for c in extract_citations(text, lang)] == keys


def test_glued_markers_are_ambiguous() -> None:
    from zhen_qa.aligner.citations import AMBIGUOUS_KINDS

    (c,) = extract_citations("the guidelines regarding radiotherapy3,17 are", "en")
    assert c.kind in AMBIGUOUS_KINDS
    (t,) = extract_citations("for this population.4", "en")
    assert t.kind not in AMBIGUOUS_KINDS


@pytest.mark.parametrize(
    "text,lang",
    [
        ("年龄18～64岁；组织学证实", "zh"),  # a value with its unit before the semicolon
        ("生存率为76；", "zh"),  # after 为 a number is a value
        ("her2 and cd34 and brca1", "en"),  # short names keep their digits
    ],
)
def test_not_markers_in_flattened_text(text: str, lang: str) -> None:
    assert extract_citations(text, lang) == []


def test_a_reference_number_glued_to_et_al_and_its_chinese_rendering() -> None:
    from zhen_qa.aligner.numbers import extract_numbers

    en = "Berg et al.26 observed a detection rate higher by 18 per 1000 screenings."
    zh = "Berg等26在该研究中观察到，检出率高18例/ 1,000例筛查。"
    assert [(c.keys, c.text) for c in extract_citations(en, "en")] == [(("26",), "26")]
    assert [(c.keys, c.text) for c in extract_citations(zh, "zh")] == [(("26",), "26")]
    assert [n.text for n in extract_numbers(en, "en")] == ["18", "1000"]  # not ".26" as a decimal
    # a count after a name and 等 stays a number
    assert extract_citations("Smith等3人完成了研究。", "zh") == []


def test_a_reference_glued_to_an_acronym_counts_only_before_punctuation() -> None:
    (c,) = extract_citations("建议使用AED40。", "zh")
    assert (c.keys, c.kind) == (("40",), "glued")
    (d,) = extract_citations("the use of an AED40, as advised", "en")
    assert d.keys == ("40",)
    assert extract_citations("AED40 use was common.", "en") == []  # mid-sentence: may be a name
    # a range spaced as the corpus spaces hyphens, or a list with a full-width comma
    (e,) = extract_citations("并启动CPR28 - 30。", "zh")
    assert (e.keys, e.kind) == (("28", "29", "30"), "glued")
    (f,) = extract_citations("使用AED21，22。", "zh")
    assert f.keys == ("21", "22")
    assert extract_citations("CD4 - 8 cells were counted", "en") == []


def test_an_hgvs_position_is_no_reference() -> None:
    assert extract_citations("变异体：c.398 G → A；基因组位点", "zh") == []
    assert extract_citations("the variant g.1234 A was found", "en") == []
    (c,) = extract_citations("as seen in group C.12 Then", "en")  # a capital letter may end a sentence
    assert c.keys == ("12",)


def test_reference_numbers_of_a_flattened_citation() -> None:
    from zhen_qa.aligner.citations import reference_numbers

    assert reference_numbers("59,60") == ("59", "60")
    assert reference_numbers("28-30") == ("28", "29", "30")
    assert reference_numbers("x") == ()


def test_name_reference_splits_a_reference_off_a_name_ending_in_a_digit() -> None:
    from zhen_qa.aligner.citations import name_reference

    assert name_reference("b131", {"b1"}, {"31"}) == "31"
    assert name_reference("b131", {"b1"}, {"32"}) is None
    assert name_reference("b131", {"b2"}, {"31"}) is None
    assert name_reference("b101", {"b1"}, {"01"}) is None  # a reference number never starts with 0


def test_a_caret_after_a_unit_a_number_or_a_bracket_is_an_exponent() -> None:
    """mg/m^2 (a dose per body surface), cm^2, 10^6, (n+1)^2: squares, not reference numbers."""
    for text in ("cisplatin 80 mg/m^2 on day 1", "an area of 5 cm^2", "10^6 cells", "(n+1)^2 terms"):
        assert extract_citations(text, "en") == [], text
    assert [c.keys for c in extract_citations("as shown^12 before, stem cells^3,4 grew", "en")] == [("12",), ("3", "4")]


@pytest.mark.parametrize("text", ["H.264 CRF 编码质量等级", "H.265 CRF", "采用(X.25 Protocol)"])
def test_a_standards_name_opening_the_text_is_no_trailing_citation(text: str) -> None:
    assert [c.text for c in extract_citations(text, "en")] == []


@pytest.mark.parametrize(("text", "cited"), [("low levels of vitamin D.12 Patients were", "12"),
                                             ("in group A.3 The rest", "3")])
def test_a_letter_after_a_word_still_ends_a_sentence_before_its_citation(text: str, cited: str) -> None:
    assert [c.text for c in extract_citations(text, "en")] == [cited]


@pytest.mark.parametrize(("text", "cited"), [("all mutants, including T315I.15,16", "15,16"),
                                             ("since the invention of sequencing in the 1970s.1,2", "1,2")])
def test_a_letter_after_a_digit_still_ends_a_sentence_before_its_citation(text: str, cited: str) -> None:
    assert [c.text for c in extract_citations(text, "en")] == [cited]


def test_a_bracketed_number_indexing_code_is_no_citation() -> None:
    """x[0], x[1], shape[0], tensor_idx[2], a[1][2], Tensor([1]) written in Chinese prose are code's subscripts and
    list literals (numbered from 0, glued to a variable, a snake_case name or a call's bracket), not citations; a
    citation glued to a word, a name or an abbreviation's period still counts."""
    for text in ("当 x 是 Tensor 时，会转化为依次获取 x[0], x[1], ... 。", "支持返回 Tensor 编译期 shape[0]的值",
                 "输出的 tensor_idx 是 Tensor([1])，取 tensor_idx[2] 与 a[1][2]。"):
        assert extract_citations(text, "zh") == [], text
    text = "已有研究[12]表明，BERT[3]模型与Smith et al.[4]的方法一致，见文献[1, 2][5]。"
    assert [c.keys for c in extract_citations(text, "zh")] == [("12",), ("3",), ("4",), ("1", "2"), ("5",)]
