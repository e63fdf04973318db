"""Tests of checks.term_class_left: a term said without the class noun one language writes and the other leaves
unsaid."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.checks.term_class_left import en_head_left, zh_class_left
from zhen_qa.glossary.model import Concept, Glossary


def test_a_chinese_form_without_its_class_noun_where_the_english_leaves_the_class_unsaid() -> None:
    assert zh_class_left(["胃瘫综合征"], "gastroparesis", "胃瘫症状反复发作。")
    assert zh_class_left(["针刺疗法"], "acupuncture", "针刺可缓解疼痛。")
    assert not zh_class_left(["代谢综合征"], "metabolic syndrome", "代谢异常很常见。")  # the English says the class
    assert not zh_class_left(["胃瘫综合征"], "gastroparesis", "胃部症状反复发作。")  # the stem is not there
    assert not zh_class_left(["瘫综合征"], "paresis", "瘫痪。")  # a one-character stem says too little


def test_an_english_form_without_its_general_head_noun() -> None:
    forms = ["five elements music therapy"]
    assert en_head_left(forms, "At present, five elements music is widely used.")
    assert en_head_left(forms, "the clinical application of five element music, in order to ...")
    assert not en_head_left(forms, "five elements music education is widely used.")  # a noun of its own after it
    assert not en_head_left(["music therapy"], "music is widely used.")  # two words: the rest is too general
    assert not en_head_left(["five elements music score"], "five elements music is used.")  # no general head


G = Glossary.build([Concept("wx", "五行音乐疗法", "five elements music therapy"),
                    Concept("gp", "胃瘫综合征", "gastroparesis syndrome", en_admitted=("gastroparesis",))], "g.csv")


def test_the_chinese_leaving_out_a_class_the_english_name_leaves_unsaid_is_no_finding() -> None:
    zh, en = ["糖尿病患者常见胃瘫症状。"], ["Symptoms of gastroparesis are common in diabetes."]
    assert only(run(G, zh, en), "term-missing") == []
    (f,) = only(run(G, ["糖尿病患者常见胃部症状。"], en), "term-missing")
    assert "gastroparesis" in f.message


def test_the_english_going_on_without_the_head_after_the_full_name_is_no_finding() -> None:
    zh = ["五行音乐疗法以中医理论为基础。", "五行音乐疗法在临床应用广泛。"]
    en = ["Five elements music therapy is based on the theory of Chinese medicine.",
          "At present, five elements music is widely used."]
    assert only(run(G, zh, en), "term-missing") == []
    # the full name never given in the English: the head left out is reported
    (f,) = only(run(G, zh[1:], en[1:]), "term-missing")
    assert "五行音乐疗法" in f.message


def test_an_animal_group_without_its_class_noun_is_no_finding() -> None:
    g = Glossary.build([Concept("ru", "反刍动物", "ruminant", en_admitted=("ruminants",))], "g.csv")
    zh, en = ["反刍饲粮可降低甲烷排放。"], ["Ruminant diets can reduce methane emission."]
    assert only(run(g, zh, en), "term-missing") == []
    (f,) = only(run(g, ["饲粮可降低甲烷排放。"], en), "term-missing")
    assert "Ruminant" in f.message
    assert zh_class_left(["啮齿动物"], "rodents", "小型啮齿类化石。")
    assert not zh_class_left(["啮齿动物"], "rodent animals", "啮齿类化石。")  # the English says the class


def test_the_animals_themselves_with_a_stem_that_is_a_word_of_its_own_are_reported() -> None:
    """哺乳期 is lactation, 脊椎骨折 a spinal fracture: "mammals", "vertebrates" (the animals, plural) are not said."""
    assert not zh_class_left(["哺乳动物"], "mammals", "哺乳期大鼠的体重明显下降。")
    assert not zh_class_left(["脊椎动物"], "vertebrates", "脊椎骨折大鼠的疼痛评分较高。")
    assert zh_class_left(["哺乳动物"], "mammals", "哺乳类的体温恒定。")
