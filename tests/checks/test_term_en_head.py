"""Tests of the en-head excuse end to end (`presence.Evidence.has_en_head` with the Chinese sentence's evidence from
checks.term_excuses): a classifying adjective left out before a short head."""
from __future__ import annotations

import pytest

from tests.checks.terms_kit import only, run
from zhen_qa.glossary.model import Concept, Glossary


@pytest.mark.parametrize(("zh", "en", "term"), [
    ("全局状态保存在 store 中，页面刷新后会丢失这个状态。",
     "Data is kept in the store, and the state is lost after the page is refreshed.", "全局状态"),
    ("构建时，静态资源会被复制到输出目录。", "During the build, remote assets are copied to the output directory.",
     "静态资源"),
    ("医务人员的感染率明显高于普通人群。",
     "The infection rate of cleaning staff was clearly higher than that of the general population.", "医务人员"),
    ("该药物已进入临床试验阶段。", "The drug has entered the animal-free pilot trial stage.", "临床试验"),
])
def test_a_dropped_term_whose_short_head_renders_another_word_or_has_a_wrong_modifier_is_reported(
        zh: str, en: str, term: str) -> None:
    """review51 R1, end to end: the bare head renders the Chinese's own bare head (这个状态), or stands after a word
    rendering nothing (remote, cleaning, pilot: the modifier replaced)."""
    g = Glossary.build([Concept("global-state", "全局状态", "global state"),
                        Concept("static-asset", "静态资源", "static asset"),
                        Concept("medical-staff", "医务人员", "medical staff"),
                        Concept("clinical-trial", "临床试验", "clinical trial")], "g.csv")
    (f,) = only(run(g, [zh], [en]), "term-missing")
    assert term in f.message


def test_a_short_head_after_a_word_rendering_the_chinese_still_counts() -> None:
    """添加自定义静态资源处理规则 = "Add custom asset processing rules": "custom" renders 自定义, "static" is left
    out."""
    g = Glossary.build([Concept("static-asset", "静态资源", "static asset")], "g.csv")
    assert only(run(g, ["添加自定义静态资源处理规则"], ["Add custom asset processing rules"]), "term-missing") == []


def test_a_short_head_after_a_verb_taking_it_as_its_object_still_counts() -> None:
    """如果你需要引用其他格式的静态资源 = "To import assets in other formats", 查看静态资源信息 = "or inspecting asset
    information": a verb before the head (its object), not a modifier in the term's place."""
    g = Glossary.build([Concept("static-asset", "静态资源", "static asset")], "g.csv")
    zh = ["如果你需要引用其他格式的静态资源，请参考下文。"]
    en = ["To import assets in other formats, refer to the guide."]
    assert only(run(g, zh, en), "term-missing") == []
    zh = ["插件可以修改配置或查看静态资源信息。"]
    assert only(run(g, zh, ["Plugins can modify configs or inspecting asset information."]), "term-missing") == []


def test_a_long_head_after_a_word_rendering_the_chinese_or_a_function_word_still_counts() -> None:
    """rec53 (guard): "current disease surveillance" for 现行传染病监测 ("current" renders 现行, the classifying
    adjective left out) still says the term short."""
    g = Glossary.build([Concept("infectious-disease", "传染病", "infectious disease")], "g.csv")
    zh = ["本文回顾我国现行传染病监测系统的局限性。"]
    en = ["This paper reviews the limitations of the current disease surveillance system in China."]
    assert only(run(g, zh, en), "term-missing") == []


def test_a_long_head_after_a_word_the_lexicon_does_not_know_still_counts() -> None:
    """rec53 (guard): 初始肿瘤细胞减灭术 = "primary debulking surgery": the lexicon has no word for "debulking";
    the long head after it still says the term short (rec53 tried asking long heads for a rendered word and withdrew
    it)."""
    g = Glossary.build([Concept("cytoreduction", "肿瘤细胞减灭术", "cytoreductive surgery")], "g.csv")
    zh = ["患者在初始肿瘤细胞减灭术后有可测量的残留病变。"]
    en = ["Patients had measurable residual disease after primary debulking surgery."]
    assert only(run(g, zh, en), "term-missing") == []


def test_a_long_head_under_a_word_the_sentence_uses_as_a_noun_elsewhere_is_reported() -> None:
    """rec54: "current purpose disease surveillance … for the purpose of" for 现行传染病监测…以期: "purpose" renders no
    word of the Chinese sentence, stands in the modifier's place and is a noun heading its own phrase elsewhere in
    the sentence (`term_modifier_word._displaced_in`): a word taken from another part, another kind of the head,
    not the term with its classifying adjective left out (en-head) nor the shared head with its modifier implied
    (head-said)."""
    g = Glossary.build([Concept("infectious-disease", "传染病", "infectious disease")], "g.csv")
    zh = ["本文回顾我国现行传染病监测系统的局限性，以期助力监测能力建设。"]
    en = ["This paper reviews the limitations of the current purpose disease surveillance system in China, for the "
          "purpose of facilitating capacity building."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert "传染病" in f.message


@pytest.mark.parametrize(("zh", "en", "concept"), [
    # an unknown-to-lexicon modifier said once (nejm 8 "primary debulking surgery", nejm2 4 "bystander resuscitation")
    ("患者在初始肿瘤细胞减灭术后有可测量的残留病变，复发率较高。",
     "Patients had measurable residual disease after primary debulking surgery, and the relapse rate was high.",
     Concept("cytoreduction", "肿瘤细胞减灭术", "cytoreductive surgery")),
    ("旁观者实施的心肺复苏可提高生存率。", "Bystander resuscitation improves survival.",
     Concept("cpr", "心肺复苏", "cardiopulmonary resuscitation")),
    # said again, but as a modifier again (tico2 "new cases … new deaths" for 新增确诊病例)
    ("今日新增50例确诊病例和3例死亡。", "There were 50 new cases today and 3 new deaths.",
     Concept("confirmed-case", "确诊病例", "confirmed case")),
])
def test_a_head_under_an_unglossed_modifier_said_once_or_as_a_modifier_still_counts(
        zh: str, en: str, concept: Concept) -> None:
    """rec54 (guard), the shape of rec53's seven withdrawn findings (nejm, nejm2, tico2, tico3): a modifier the
    lexicon does not gloss so, said once or only as a modifier, renders the term's own modifier: no displaced word."""
    g = Glossary.build([concept], "g.csv")
    assert only(run(g, [zh], [en]), "term-missing") == []


@pytest.mark.parametrize(("zh", "en", "concept"), [
    # review54 R8: the modifier said again as a noun rendering the same Chinese word again (旁观者, 减瘤)
    ("旁观者实施的心肺复苏可提高生存率，因此每位旁观者都应接受培训。",
     "Bystander resuscitation improves survival, so every bystander should be trained.",
     Concept("cpr", "心肺复苏", "cardiopulmonary resuscitation")),
    ("初始肿瘤细胞减灭术后，减瘤程度是主要的预后因素。",
     "After primary debulking surgery, the extent of debulking is the main prognostic factor.",
     Concept("cytoreduction", "肿瘤细胞减灭术", "cytoreductive surgery")),
    ("初始肿瘤细胞减灭术后，生存取决于减瘤的程度。",
     "After primary debulking surgery, survival depended on the extent of debulking.",
     Concept("cytoreduction", "肿瘤细胞减灭术", "cytoreductive surgery")),
])
def test_a_modifier_said_again_as_a_noun_for_the_same_chinese_word_still_counts(
        zh: str, en: str, concept: Concept) -> None:
    """review54 R8 (guard): the English says the unglossed modifier again as a noun ("every bystander should", "the
    extent of debulking is"), rendering the same Chinese word again. Only a noun heading a phrase of its own, a
    determiner before and "of"/"for" after ("for the purpose of"), is a word displaced from another part
    (`term_modifier_word.said_as_noun`); these stay the term's own modifier left implicit."""
    g = Glossary.build([concept], "g.csv")
    assert only(run(g, [zh], [en]), "term-missing") == []
