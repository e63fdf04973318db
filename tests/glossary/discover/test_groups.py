"""Variant groups from plain sentences: what is one term written several ways, and what is not."""
from __future__ import annotations

from zhen_qa.glossary.discover.collect import Collector, Stats
from zhen_qa.glossary.discover.en_variants import spelling_key
from zhen_qa.glossary.discover.groups import FINALS, find_groups


def stats(zh: list[str], en: list[str] | None = None) -> Stats:
    c = Collector(FINALS)
    for i, s in enumerate(zh):
        c.add_zh(s, i, en[i] if en else "")
    return c.stats


def forms(zh: list[str], en: list[str] | None = None) -> list[tuple[str, ...]]:
    return [g.forms for g in find_groups(stats(zh, en))]


def test_inserted_shi_and_disease_final_are_one_term() -> None:
    got = forms(["帕金森病患者的运动症状加重。", "帕金森病的治疗。", "另一组帕金森氏症患者。"])
    assert got == [("帕金森病", "帕金森氏症")]


def test_shared_neighbours_join_finals_but_not_compound_and_head() -> None:
    zh = ["干细胞分泌组治疗心脏病。", "干细胞分泌物治疗心脏病。", "干细胞分泌组治疗肝病。",
          "分泌组学是一门学科。", "分泌物组成复杂。"]
    got = forms(zh)
    assert ("分泌组", "分泌物") in got
    assert not any("分泌组学" in g for g in got)  # a compound and its head are different terms


def test_head_with_extra_morpheme_is_not_a_variant() -> None:
    assert forms(["心肌病患者的心肌受损。", "心肌病很常见。", "心肌细胞。"]) == []


def test_shared_english_rendering_joins_forms() -> None:
    zh = ["再生医学是一个领域。", "再生医疗旨在修复组织。"]
    en = ["Regenerative medicine is a field.", "Regenerative medicine seeks to repair tissue."]
    assert forms(zh, en) == [("再生医学", "再生医疗")]


def test_traditional_and_simplified_forms_are_one_term() -> None:
    got = forms(["干细胞分泌组很重要。", "分泌組也很重要。", "分泌组的作用。"])
    assert got == [("分泌组", "分泌組")]


def test_english_spelling_and_hyphenation() -> None:
    assert spelling_key("colour") == spelling_key("color")
    assert spelling_key("analysed") == spelling_key("analyzed")
    assert spelling_key("haemoglobin") == spelling_key("hemoglobin")
    assert spelling_key("four") != spelling_key("for")
    c = Collector(FINALS)
    for i, s in enumerate(["The tumour grew.", "The tumor shrank.", "Send an e-mail.", "Read the email.",
                           "A follow-up visit.", "We follow up patients."]):
        c.add_en(s, i)
    got = sorted(g.forms for g in find_groups(c.stats))
    assert got == [("e-mail", "email"), ("tumour", "tumor")]


def test_merge_adds_counts_across_files() -> None:
    a, b = stats(["帕金森病患者。", "帕金森病。"]), stats(["帕金森氏症患者。"])
    a.merge(b)
    assert a.zh["帕金森病"].count == 2 and a.zh["帕金森氏症"].count == 1
    assert [g.forms for g in find_groups(a)] == [("帕金森病", "帕金森氏症")]


def test_synonym_final_swaps_are_one_term() -> None:
    got = forms(["该方法的敏感性高。", "敏感性和特异性。", "其敏感度较低。",
                 "给予止痛剂治疗。", "止痛剂有效。", "止痛药无效。"])
    assert ("敏感性", "敏感度") in got and ("止痛剂", "止痛药") in got


def test_complexity_as_a_quality_and_as_an_algorithms_order_are_two_terms() -> None:
    """复杂性 (the quality of being complex) beside 复杂度 (an algorithm's order, 时间复杂度) in a Chinese-only text:
    two terms, no pair; another -性 / -度 pair of the same shape stays one (敏感性 / 敏感度)."""
    zh = ["云网络的规模和复杂性不断增加。", "该算法的计算复杂度较低。", "其复杂度为线性。",
          "该方法的敏感性高。", "敏感性和特异性。", "其敏感度较低。"]
    assert forms(zh) == [("敏感性", "敏感度")]


def test_finals_of_different_sets_are_not_swapped() -> None:
    assert forms(["安全性很高。", "安全性和有效性。", "安全法已经通过。"]) == []


def test_open_spelling_before_a_content_word_is_a_hyphen_variant() -> None:
    c = Collector(FINALS)
    for i, s in enumerate(["Long-term outcomes were good.", "Long-term effects.", "The long term survival rose.",
                           "In the long term, we will see."]):
        c.add_en(s, i)
    got = [g.forms for g in find_groups(c.stats) if g.lang == "en"]
    assert got == []  # "long term" is once attributive, once not: not joined without a shared next word
    c.add_en("Long term outcomes.", 9)
    assert [g.forms for g in find_groups(c.stats) if g.lang == "en"] == [("long term", "long-term")]  # 3 : 2


def test_hyphenated_modifier_beside_its_open_noun_is_one_term() -> None:
    c = Collector(FINALS)
    for i, s in enumerate(["Patients with coronary artery disease.", "Coronary artery disease was common.",
                           "They underwent coronary-artery bypass grafting.", "Coronary-artery bypass grafting.",
                           "The T-cell receptor binds.", "T cells were counted."]):
        c.add_en(s, i)
    c.add_en("The NK/T-cell lymphoma.", 6)
    c.add_en("The T cell differentiates.", 7)
    c.add_en("Achieve on-demand import.", 8)
    c.add_en("Code is imported on demand via a plugin.", 8)
    assert [g.forms for g in find_groups(c.stats) if g.lang == "en"] == []  # a modifier hyphenated before a noun
    c.add_en("Coronary artery bypass grafting was safe.", 19)  # the same construction spelt open: two forms
    assert [g.forms for g in find_groups(c.stats) if g.lang == "en"] == [("coronary artery", "coronary-artery")]
    c.add_en("Send an e-mail address.", 10)
    c.add_en("Read the email.", 11)
    assert ("e-mail", "email") in [g.forms for g in find_groups(c.stats)]  # closed and hyphenated: a spelling


def test_adjective_compound_spelt_open_is_still_a_variant() -> None:
    c = Collector(FINALS)
    for i, s in enumerate(["A genome-wide association study.", "Genome-wide association signals.",
                           "It reached genome wide significance.", "Multiple-system involvement was rare.",
                           "The multiple system involve-ment was common."]):
        c.add_en(s, i)
    got = [tuple(sorted(g.forms)) for g in find_groups(c.stats) if g.lang == "en"]
    assert ("genome wide", "genome-wide") in got  # an adjective open is no noun: the same modifier spelt two ways
    assert ("multiple system", "multiple-system") in got  # a line-broken involve-ment is the same next word
    c.add_en("High-quality React components.", 7)
    c.add_en("High quality components.", 8)
    got = [tuple(sorted(g.forms)) for g in find_groups(c.stats) if g.lang == "en"]
    assert ("high quality", "high-quality") in got  # the same noun past another modifier: the same construction


def test_inserted_morpheme_needs_finals_of_one_set() -> None:
    assert forms(["系统性红斑狼疮。", "系统性疾病。", "系统方法很好。", "系统方法有效。"]) == []


def lean_stats(zh: list[str], en: list[str] | None = None) -> Stats:
    """What `checks.discover.collect` does: the forms groups can hold, then the Simplified forms of Traditional ones."""
    c = Collector(FINALS, groups_only=True)
    for i, s in enumerate(zh):
        c.add_zh(s, i, en[i] if en else "")
    missing = c.missing_folds()
    assert not missing & c.stats.zh.keys()
    for i, s in enumerate(zh):
        c.add_zh(s, i, en[i] if en else "", only=missing)
    return c.stats


def test_groups_only_gives_the_groups_of_every_form() -> None:
    zh = ["相关性分析显示患者的细胞外基质变化。", "细胞外基质与预后的相关性。", "帕金森病患者的运动症状加重。",
          "帕金森病的治疗。", "另一组帕金森氏症患者。", "細胞外基質的相關性很強。",
          "在醫院接受治療。", "两家医院参与研究。", "干细胞分泌组治疗心脏病。",
          "干细胞分泌物治疗心脏病。", "干细胞分泌组治疗肝病。", "研究的细胞外基质。"]
    en = [f"sentence {i} about the extracellular matrix" for i in range(len(zh))]
    full, lean = stats(zh, en), lean_stats(zh, en)
    assert len(lean.zh) < len(full.zh)  # forms without a final or a script variant can join no group
    assert sorted(g.forms for g in find_groups(lean)) == sorted(g.forms for g in find_groups(full))
    assert ("细胞外基质", "細胞外基質") in [g.forms for g in find_groups(lean)]
    assert ("醫院", "医院") in [g.forms for g in find_groups(lean)]  # 医院 (no final) is counted in a second pass
    for form, stat in lean.zh.items():  # each form recorded has the statistics of a full pass
        assert stat == full.zh[form]
    assert lean.en_df == full.en_df


def test_a_title_case_name_with_its_own_acronym_keeps_its_spelling() -> None:
    """A trial quotes its own name: "Hemi-Arthroplasty (HEALTH)" is not the writer's spelling of hemiarthroplasty."""
    from zhen_qa.glossary.discover.collect import named_spans

    en = ["Total hip arthroplasty did better than hemiarthroplasty.",
          "We performed the Total Hip Arthroplasty versus Hemi-Arthroplasty (HEALTH) trial.",
          "Patients underwent hemiarthroplasty."]
    c = Collector(FINALS)
    for i, s in enumerate(en):
        c.add_en(s, i)
    assert find_groups(c.stats) == []
    text = en[1]
    assert [text[a:b] for a, b in named_spans(text)] == ["Total Hip Arthroplasty versus Hemi-Arthroplasty "]
    # the same spelling in running text, or in a name without an acronym, is the writer's
    c = Collector(FINALS)
    for i, s in enumerate([en[0], "The hemi-arthroplasty (HA) group did well.", en[2]]):
        c.add_en(s, i)
    assert [g.forms for g in find_groups(c.stats)] == [("hemiarthroplasty", "hemi-arthroplasty")]
    assert named_spans("Patients in the Emergency (ED) ward") == []  # one capitalised word is no name
    # without an acronym: four capitalised words or more inside prose; a title-case heading is no name
    text = "Updates from the European Centre for Disease Prevention and Control (daily) and others."
    assert [text[a:b] for a, b in named_spans(text)] == ["European Centre for Disease Prevention and Control"]
    assert named_spans("Stem Cell Secretome in Regenerative Medicine") == []
    assert named_spans("Data from the Disease Control unit.") == []  # two capitalised words: not enough
    assert named_spans("Work in the Asia Pacific Region, with others.") == []  # a region named in the writer's words
    text = "Protocols include Decentralized Privacy-Preserving Proximity Tracing (DP-PPT/DP-3T) and others."
    assert [text[a:b] for a, b in named_spans(text)] == ["Decentralized Privacy-Preserving Proximity Tracing "]
