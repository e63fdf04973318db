"""Tests of checks.term_overall: a measure said without its unmarked qualifier "overall"."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

OS = Concept("overall-survival", "总生存", "overall survival", en_admitted=("OS",))
ZH = "在术后化疗的基础上联用亚叶酸，患者总生存和局部控制率均无差异。"


def missing(en: str) -> list[str]:
    return term_missing(gl(OS), [ZH], [en])


def test_the_bare_head() -> None:
    assert missing("Results showed no survival or local control benefit with the addition of leucovorin.") == []


def test_another_qualifier_or_word_is_no_rendering() -> None:
    assert len(missing("Results showed no disease-free survival or local control benefit with leucovorin.")) == 1
    assert len(missing("Results showed no substance or local control benefit with the addition of leucovorin.")) == 1


QUIT = Concept("quit", "戒烟", "smoking cessation", en_admitted=("quitting smoking",))
SMOKING = Concept("smoking", "吸烟", "smoking")


def test_an_act_said_by_its_action_noun_the_object_named_in_the_file() -> None:
    g = gl(QUIT, SMOKING)
    zh = ["吸烟是肺癌的主要病因。", "尼古丁替代治疗显著提高6个月戒烟率。"]
    said = ["Smoking is the main cause of lung cancer.",
            "Nicotine replacement therapy increased cessation rates at 6 months."]
    assert term_missing(g, zh, said) == []
    said[1] = "Individually focused cessation efforts helped at 6 months."
    assert term_missing(g, zh, said) == []


def test_an_act_without_its_object_in_the_file_or_with_another_object_stays() -> None:
    g = gl(QUIT, SMOKING)
    zh = ["吸烟是肺癌的主要病因。", "尼古丁替代治疗显著提高6个月戒烟率。"]
    other = ["Smoking is the main cause of lung cancer.",
             "Nicotine replacement therapy increased alcohol cessation rates at 6 months."]
    assert len(term_missing(g, zh, other)) == 1  # another object before the action noun
    alone = ["Tobacco is the main cause of lung cancer.",
             "Nicotine replacement therapy increased cessation rates at 6 months."]
    assert len(term_missing(gl(QUIT), zh[1:], alone[1:])) == 1  # the file's English never names smoking


def test_a_classifying_adjective_before_the_action_noun_is_another_kind_of_act() -> None:
    g = gl(Concept("ct", "社区传播", "community transmission"), Concept("comm", "社区", "community"))
    zh = ["社区是防控的基础。", "加州存在持续的社区传播。"]
    en = ["The community is the basis of control.", "There is ongoing local transmission within California."]
    assert len(term_missing(g, zh, en)) == 1  # "local transmission" is 本地传播, not the community's
    en[1] = "This suggests ongoing transmission within California."
    assert term_missing(g, zh, en) == []


def test_another_gerund_object_before_or_after_the_action_noun_stays() -> None:
    g = gl(QUIT, SMOKING)
    zh = ["吸烟是肺癌的主要病因。", "尼古丁替代治疗显著提高6个月戒烟率。"]
    for said in ("Nicotine replacement therapy increased drinking cessation rates at 6 months.",
                 "Nicotine replacement therapy increased the cessation of drinking at 6 months."):
        assert len(term_missing(g, zh, ["Smoking is the main cause of lung cancer.", said])) == 1, said
