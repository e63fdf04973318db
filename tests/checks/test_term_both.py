"""Tests of checks.term_both: 两者 "the two" refers back to two things named before, which the English names."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.checks.term_both import referred_here
from zhen_qa.glossary.model import Concept, Glossary

G = Glossary.build([Concept("favoritism", "内群体偏好", "ingroup favoritism"),
                    Concept("derogation", "内群体贬低", "ingroup derogation")], "g.csv")
ZH = ["内群体偏好与内群体贬低普遍存在于社会生活中。", "研究说明了两者虽然方向相反，但都具有进化的适应性。"]
EN = ["Ingroup favoritism and ingroup derogation are very common in our social lives.",
      "The review showed that although ingroup favoritism and ingroup derogation point in opposite directions, both"
      " are adaptive."]


def test_words_for_the_two_named_before() -> None:
    for text in ("两者虽然方向相反", "二者均有优势", "这两种偏差", "上述两类方法", "双方的关系"):
        assert referred_here(text), text
    for text in ("研究采用两种方法", "两组患者", "两周后"):
        assert not referred_here(text), text


def test_the_english_naming_the_two_the_chinese_refers_back_to_is_no_finding() -> None:
    assert only(run(G, ZH, EN), "term-missing") == []


def test_without_the_word_for_the_two_or_the_pair_named_before_it_is_reported() -> None:
    # no word for "the two": the Chinese says something else
    findings = only(run(G, [ZH[0], "研究说明了群际偏差都具有进化的适应性。"], EN), "term-missing")
    assert findings and all(f.lang == "en" for f in findings)
    # nothing named before: 两者 may be any two things
    findings = only(run(G, [ZH[1]], [EN[1]]), "term-missing")
    assert findings and all(f.lang == "en" for f in findings)


RODENT = Glossary.build([Concept("rodent", "啮齿动物", "rodent", en_admitted=("rodents",))], "g.csv")
RZH = ["本文描述了4种罕见的啮齿动物化石。", "它们在中国东部的出现增进了我们对其地理分布的认识。"]
REN = ["Four rare rodents are described from the fossils.",
       "The occurrence of the Neogene rodents in eastern China improves our knowledge of their distribution."]


def test_the_pronoun_of_things_refers_back_to_a_term_named_before() -> None:
    assert referred_here("它们在中国东部的出现") and not referred_here("它的作用")  # 它: one thing, see below
    assert not referred_here("其它原因所致")  # 其它 "other", no pronoun
    assert only(run(RODENT, RZH, REN), "term-missing") == []


def test_the_pronoun_without_the_term_named_before_is_reported() -> None:
    findings = only(run(RODENT, RZH[1:], REN[1:]), "term-missing")
    assert findings and all(f.lang == "en" for f in findings)
    findings = only(run(RODENT, [RZH[0], "这些化石在中国东部的出现增进了认识。"], REN), "term-missing")
    assert findings and all(f.lang == "en" for f in findings)


PAIN = Glossary.build([Concept("aspirin", "阿司匹林", "aspirin"), Concept("ibuprofen", "布洛芬", "ibuprofen")],
                      "g.csv")


def test_a_singular_pronoun_excuses_no_term_of_several() -> None:
    """它 is one thing, and word order does not say which of the English terms it is: the true finding stays."""
    zh = ["阿司匹林和布洛芬都是常用的止痛药物。", "它的副作用较少。"]
    en = ["Aspirin and ibuprofen are common painkillers."]
    for said in ("Aspirin has fewer side effects than ibuprofen.", "Unlike ibuprofen, aspirin has few side effects."):
        findings = only(run(PAIN, zh, en + [said]), "term-missing")
        assert any("ibuprofen" in f.message for f in findings), said
    # 它们 refers to both
    assert only(run(PAIN, [zh[0], "它们的副作用较少。"], [en[0], "Aspirin and ibuprofen have few side effects."]),
                "term-missing") == []


INCOME = Glossary.build([Concept("income", "收入", "income"), Concept("couple", "伴侣", "couple")], "g.csv")


def test_the_two_summing_up_a_list_in_its_clause_refer_to_nothing_before() -> None:
    """低物质伴侣和高物质伴侣这两类人群: 这两类 sums up the two groups the clause has just listed (an apposition), so
    "income", named on both sides before, is not referred back to there: its replacement is reported. 这两类 alone
    still refers back."""
    assert not referred_here("比较了低收入伴侣和高收入伴侣这两类人群") and referred_here("比较了这两类人群")
    assert referred_here("低收入伴侣和高收入伴侣，这两类人群")  # a new clause: a reference back
    zh = ["研究纳入了收入不同的伴侣。"]
    en = ["The study enrolled couples with different incomes.",
          "We compared the relationships of lower-income couples and higher-income couples."]
    findings = only(run(INCOME, zh + ["我们比较了低物质伴侣和高物质伴侣这两类人群的关系。"], en), "term-missing")
    assert [f.message for f in findings] == ["“income” has no 「收入」 in the aligned Chinese"]
    assert only(run(INCOME, zh + ["我们比较了这两类伴侣的关系。"], en), "term-missing") == []


CHEMO = Glossary.build([Concept("chemo", "化疗", "chemotherapy"), Concept("radio", "放疗", "radiotherapy")], "g.csv")


def test_a_preposition_governing_the_two_is_a_reference_back_not_a_list() -> None:
    """与二者相比 "compared with the two", 不同于这两种 "unlike the two": 与 right before the word and the 同 of 不同
    are no list's coordinator; the English naming the pair again lacks nothing (review47 I1)."""
    for text in ("与二者相比，联合治疗的生存期更长", "不同于这两种疗法", "和两者不同", "同时比较这两种疗法",
                 "与单独使用这两种药物相比"):
        assert referred_here(text), text
    assert not referred_here("比较了低收入伴侣和高收入伴侣这两类人群")  # a listed item between: an apposition
    assert not referred_here("低收入伴侣和高收入伴侣这两类人群的幸福感不同")  # a list, then compared
    zh = "本研究比较了化疗和放疗的疗效。"
    en = "This study compared the efficacy of chemotherapy and radiotherapy."
    for said, again in (("与二者相比，联合治疗的生存期更长。", "Compared with chemotherapy and radiotherapy, combined "
                         "treatment gave longer survival."),
                        ("不同于这两种疗法，联合治疗的生存期更长。", "Unlike chemotherapy and radiotherapy, combined "
                         "treatment gave longer survival.")):
        assert only(run(CHEMO, [zh, said], [en, again]), "term-missing") == [], said
