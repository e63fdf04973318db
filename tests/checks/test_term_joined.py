"""Tests of checks.term_joined: a Chinese term inside a longer word, rendered by the English word for the whole."""
from __future__ import annotations

from tests.checks.terms_kit import CHEMO, gl, only, run
from zhen_qa.glossary.model import Concept

PRED = Concept("pred", "泼尼松龙", "prednisolone")
METHYLPRED = Concept("mp", "甲泼尼龙", "methylprednisolone")
ADJUVANT = Concept("adj", "辅助化疗", "adjuvant chemotherapy")
PNEUMONIA = Concept("pneumonia", "肺炎", "pneumonia")
PNEUMOCOCCAL = Concept("pd", "肺炎球菌疾病", "pneumococcal disease")
VACCINE = Concept("vaccine", "疫苗", "vaccine")
VACCINATION = Concept("vaccination", "疫苗接种", "vaccination", zh_admitted=("接种",),
                      en_admitted=("vaccinated", "inoculated"))


def _missing(concepts: list[Concept], zh: str, en: str) -> list[tuple[str, str]]:
    """(language, concept) of each term-missing finding of a one-sentence bead."""
    return [(f.lang, str(dict(f.data)["concept"])) for f in only(run(gl(*concepts), [zh], [en]), "term-missing")]


def test_a_term_ending_a_longer_word_is_rendered_by_the_english_compound() -> None:
    """甲基泼尼松龙 (the glossary lists 甲泼尼龙) is "methylprednisolone", another concept's match: 泼尼松龙 in it is
    rendered; the English term is still reported for the glossary's form the Chinese does not use."""
    en = "Patients received pulse methylprednisolone."
    assert _missing([PRED, METHYLPRED], "患者接受甲基泼尼松龙冲击治疗。", en) == [("en", "mp")]
    # a word of its own is another drug: 泼尼松龙 where the English says methylprednisolone
    assert ("zh", "pred") in _missing([PRED, METHYLPRED], "患者接受泼尼松龙冲击治疗。", en)
    # so is it when the bead has the term on its own as well as inside the longer word
    assert ("zh", "pred") in _missing([PRED, METHYLPRED], "比较泼尼松龙与甲基泼尼松龙。",
                                      "Methylprednisolone was compared with methylprednisolone.")
    assert ("zh", "pred") in _missing([PRED, METHYLPRED], "甲基泼尼松龙后改为口服泼尼松龙。",
                                      "Methylprednisolone was followed by oral methylprednisolone.")


def test_a_prefix_on_both_sides_of_a_phrase() -> None:
    """新辅助化疗 = "neoadjuvant chemotherapy": 新 and neo- both added; neither side is missing anything."""
    assert _missing([ADJUVANT, CHEMO], "新辅助化疗后肿瘤缩小。", "Tumours shrank after neoadjuvant chemotherapy.") == []
    # the Chinese adds nothing: "neoadjuvant" is not the adjuvant chemotherapy it names
    assert ("zh", "adj") in _missing([ADJUVANT, CHEMO], "辅助化疗后肿瘤缩小。",
                                      "Tumours shrank after neoadjuvant chemotherapy.")
    # the English phrase is another one
    assert ("zh", "adj") in _missing([ADJUVANT, CHEMO], "新辅助化疗后肿瘤缩小。",
                                      "Tumours shrank after neoadjuvant chemoradiation therapy.")


def test_a_negating_prefix_on_both_sides() -> None:
    steroid = Concept("steroid", "类固醇", "steroid")
    assert _missing([steroid], "服用非类固醇抗炎药。", "Nonsteroidal anti-inflammatory drugs were taken.") == []
    assert _missing([steroid], "服用类固醇药物。", "Nonsteroidal drugs were taken.") == [("zh", "steroid")]


def test_a_term_starting_a_longer_word_both_ways() -> None:
    """肺炎球菌病 (the glossary lists 肺炎球菌疾病) holds 肺炎: "pneumococcal" renders it, and 肺炎球菌病 renders
    "pneumococcal disease" though 肺炎 in it is another concept's match."""
    en = "Pneumococcal disease is common in older people."
    assert _missing([PNEUMONIA, PNEUMOCOCCAL], "肺炎球菌病在老人中常见。", en) == []
    # 肺炎 as a word of its own: a substitution, one finding
    assert _missing([PNEUMONIA, PNEUMOCOCCAL], "肺炎在老人中常见。", en) == [("zh", "pneumonia")]


def test_one_english_word_renders_two_adjoining_terms() -> None:
    """接种疫苗 = "vaccinated": the match of 接种's concept is built on vaccin(e), so 疫苗 is not missing."""
    assert _missing([VACCINE, VACCINATION], "所有儿童都应接种疫苗。", "All children should be vaccinated.") == []
    assert _missing([VACCINE, VACCINATION], "接种疫苗者应留观十五分钟。",
                    "The vaccinated child should stay for fifteen minutes.") == []
    # a word for the neighbour that is not built on this term's rendering leaves it missing
    assert _missing([VACCINE, VACCINATION], "所有儿童都应接种疫苗。", "All children should be inoculated.") \
        == [("zh", "vaccine")]
    # and 疫苗 apart from 接种 is a word of its own
    assert _missing([VACCINE, VACCINATION], "所有儿童都应接种这种疫苗。", "All children should be vaccinated.") \
        == [("zh", "vaccine")]


def test_a_term_starting_a_compound_once_and_standing_alone_once_is_missing() -> None:
    """"chemoembolization" renders 化疗 inside 化疗栓塞术, not a second 化疗 of the bead standing alone: every use
    must be joined (`joined_rendered`). The excuse en-combining, which looked at the first use only, let this pass."""
    assert _missing([CHEMO], "患者接受了化疗栓塞术。", "The patients underwent chemoembolization.") == []
    assert _missing([CHEMO], "患者接受了化疗栓塞术，随后接受化疗。",
                    "The patients underwent chemoembolization and then surgery.") == [("zh", "chemo")]
    # the order of the two uses does not matter
    assert _missing([CHEMO], "患者先接受化疗，再接受化疗栓塞术。",
                    "The patients underwent surgery and then chemoembolization.") == [("zh", "chemo")]


def test_joined_in_chinese_is_no_copy_of_crossed_in() -> None:
    """The documented example of `joined-in-chinese`, 肺炎球菌病 for "pneumococcal disease" with 肺炎 matched as
    pneumonia (first silenced by `zh-shortened`): with that off, `joined-in-chinese` silences it and `crossed-in`
    cannot (肺炎 lies inside the form's place, no crossing); with both off it is reported."""
    from zhen_qa.checks.term_excuses import switched

    en = "Pneumococcal disease is common in older people."
    concepts, zh = [PNEUMONIA, PNEUMOCOCCAL], "肺炎球菌病在老人中常见。"
    with switched({"zh-shortened"}) as silenced:
        assert _missing(concepts, zh, en) == []
    assert silenced["joined-in-chinese"] == 1
    with switched({"zh-shortened", "joined-in-chinese"}):
        assert _missing(concepts, zh, en) == [("en", "pd")]
