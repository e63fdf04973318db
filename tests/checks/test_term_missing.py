"""Tests of checks.term_missing: a glossary term without a rendering in the aligned other language."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import (
    AE,
    CHEMO,
    CI,
    DDP,
    HYPERTENSION,
    MARROW,
    gl,
    only,
    page_term_lines,
    page_term_missing,
    run,
    term_missing,
)
from zhen_qa.checks.presence_de_split import zh_split_by_de
from zhen_qa.glossary.model import Concept, Glossary


def test_term_missing_both_directions(sample: Glossary) -> None:
    zh = ["外泌体介导修复。", "方法如下。", "结果如下。", "这是结论。"]
    en = ["Vesicles mediate repair.", "The methods follow.", "The results follow.", "The exosome is key."]
    found = only(run(sample, zh, en), "term-missing")
    assert [(f.lang, f.location.line, f.suggestion) for f in found] == [("zh", 1, "exosome"), ("en", 9, "外泌体")]
    assert found[0].related is not None and found[0].related.line == 6


def test_term_missing_weighs_the_neighbouring_beads(sample: Glossary) -> None:
    # the translator moved the term into the next sentence: the bead lacks it, the translation does not
    zh = ["外泌体介导修复。", "这是结论。", "方法如下。"]
    en = ["Vesicles mediate repair.", "The exosome is key to this.", "The methods follow."]
    assert only(run(sample, zh, en), "term-missing") == []
    # a real deficit stays: the Chinese names the term twice, the English once
    zh = ["外泌体介导修复。", "外泌体是关键。", "方法如下。"]
    assert [(f.lang, f.location.line) for f in only(run(sample, zh, en), "term-missing")] == [("zh", 1)]
    # the neighbour is too far (two beads away): the bead is judged with its next bead only
    zh = ["外泌体介导修复。", "结果如下。", "这是结论。"]
    en = ["Vesicles mediate repair.", "The results follow.", "The exosome is key."]
    assert [f.lang for f in only(run(sample, zh, en), "term-missing")] == ["zh", "en"]


def test_term_missing_uses_the_whole_bead(sample: Glossary) -> None:
    zh = ["外泌体介导修复，效果显著。"]
    en = ["Repair is mediated.", "Exosomes do it well."]
    assert only(run(sample, zh, en, beads=[((0,), (0, 1))]), "term-missing") == []


def test_term_missing_one_finding_for_a_substitution(sample: Glossary) -> None:
    found = only(run(sample, ["干细胞分泌组学研究。"], ["Stem cell secretome research."]), "term-missing")
    assert len(found) == 1 and "secretomics" in found[0].message and "secretome" in found[0].message


def test_term_missing_counts_a_chinese_term_inside_a_longer_word() -> None:
    g = Glossary.build([Concept("safety", "安全", "safety"), Concept("sample", "样本", "sample")], "g.csv")
    found = only(run(g, ["我们没有观察到新的安全性问题。", "增加样本量。"],
                     ["There were no new safety issues.", "The sample size was increased."]), "term-missing")
    assert found == []


def test_term_missing_counts_english_inflections_and_spacing() -> None:
    g = Glossary.build([Concept("sys", "系统", "system"), Concept("sc", "干细胞", "stem cell")], "g.csv")
    found = only(run(g, ["按照分类系统分期。", "干细胞治疗。"],
                     ["Staged by the classification system15.", "Stem-cells therapy."]), "term-missing")
    assert found == []


def test_term_missing_still_reports_an_absent_rendering() -> None:
    g = Glossary.build([Concept("safety", "安全", "safety")], "g.csv")
    found = only(run(g, ["评估安全性。"], ["The safety was assessed."]), "term-missing")
    assert found == []
    found = only(run(g, ["评估疗效。"], ["The safety was assessed."]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("en", "安全")]


def test_term_missing_ignores_a_form_inside_another_listed_term(sample: Glossary) -> None:
    # 分泌组 inside the matched 分泌组学 is the other concept, not a rendering of "secretome"
    found = only(run(sample, ["分泌组学研究。"], ["Secretome research."]), "term-missing")
    assert len(found) == 1 and found[0].lang == "zh" and "(it has “Secretome”)" in found[0].message


def test_term_missing_in_many_sentences_is_one_finding_naming_the_rendering_used() -> None:
    g = Glossary.build([Concept("assay", "实验", "assay")])
    zh = ["本实验纳入患者。", "实验持续两年。", "该实验有效。", "实验结束。"]
    # (no word comes in three of the sentences, so none is learned as this file's rendering: `checks.renderings`)
    en = ["This experiment enrolled patients.", "The experiment lasted two years.", "The study group responded.",
          "The study ended."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert f.message == ("「实验」 is rendered “experiment” in 4 sentences (Chinese lines 1, 2, 3 and 4); "
                         "the glossary says “assay”")
    assert (f.location.line, f.location.column, f.location.end_column) == (1, 2, 4)
    data = dict(f.data)
    assert (data["count"], data["rendered"], data["instead"]) == (4, 0, "experiment")
    assert [(s["line"], s["column"], s["related"]["line"]) for s in data["sentences"]] == [
        (1, 2, 6), (2, 1, 7), (3, 2, 8), (4, 1, 9)]


def test_term_missing_summary_without_a_lexicon_rendering() -> None:
    g = Glossary.build([Concept("assay", "试验", "assay")])
    zh = ["本试验纳入患者。", "试验持续两年。", "试验组有效。"]
    en = ["This trial enrolled patients.", "The study lasted two years.", "The trial group responded."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert f.message == "「试验」 has no “assay” in the aligned English of 3 sentences (Chinese lines 1, 2 and 3)"


def test_term_missing_in_most_of_its_sentences_is_one_finding_saying_where_it_is_rendered() -> None:
    # the translator's choice, made in most sentences: one finding; rendered as listed in a minority, said so
    g = Glossary.build([Concept("assay", "试验", "assay")])
    zh = ["本试验纳入患者。", "试验持续两年。", "试验组有效。", "试验结束。", "试验费用低。"]
    en = ["This trial enrolled patients.", "The assay lasted two years.", "The study group responded.",
          "The trial ended.", "The assay was cheap."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert f.message == ("「试验」 has no “assay” in the aligned English of 3 sentences "
                         "(Chinese lines 1, 3 and 4; rendered as listed in 2)")
    assert [s["line"] for s in dict(f.data)["sentences"]] == [1, 3, 4]
    # rendered as listed as often as not: each miss is a slip of its own
    en[3] = "The assay ended."
    assert [f.location.line for f in only(run(g, zh, en), "term-missing")] == [1, 3]


def test_term_missing_in_few_sentences_stays_per_sentence() -> None:
    g = Glossary.build([Concept("assay", "试验", "assay")])
    zh = ["本试验纳入患者。", "试验持续两年。", "试验组有效。"]
    en = ["This assay enrolled patients.", "The trial lasted two years.", "The assay group responded."]
    assert [(f.location.line, f.message) for f in only(run(g, zh, en), "term-missing")] == [
        (2, "「试验」 has no “assay” in the aligned English")]


def test_homonym_is_satisfied_by_either_concepts_rendering() -> None:
    g = Glossary.build([Concept("assay", "试验", "assay"), Concept("trial", "试验", "trial")])
    assert only(run(g, ["本试验纳入患者。"], ["This trial enrolled patients."]), "term-missing") == []


def test_a_disease_the_english_named_before_may_be_called_disease() -> None:
    g = Glossary.build([Concept("npc", "鼻咽癌", "nasopharyngeal carcinoma")], "g.csv")
    zh = ["鼻咽癌是一种头颈部癌症。", "多数患者被诊断为局部晚期鼻咽癌。"]
    en = ["Nasopharyngeal carcinoma is a head and neck cancer.",
          "Most patients receive a diagnosis of locoregionally advanced disease."]
    assert only(run(g, zh, en), "term-missing") == []


def test_a_disease_replaced_by_another_word_is_still_missing() -> None:
    g = Glossary.build([Concept("npc", "鼻咽癌", "nasopharyngeal carcinoma")], "g.csv")
    zh = ["鼻咽癌是一种头颈部癌症。", "多数患者被诊断为局部晚期鼻咽癌。"]
    en = ["Nasopharyngeal carcinoma is a head and neck cancer.",
          "Most patients receive a diagnosis of locoregionally advanced substance."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert (f.location.line, f.location.column) == (2, 13)


def test_a_disease_named_by_its_chinese_morpheme_may_be_called_the_illness_or_the_patients() -> None:
    """"schizophrenia" has no English disease ending, 精神分裂症 has the Chinese one (症); "the illness", "this
    condition" and "the patients" refer back to it once the English has named it (issue 11, anaphors)."""
    g = Glossary.build([Concept("scz", "精神分裂症", "schizophrenia")], "g.csv")
    zh = ["精神分裂症的病因出现得很早。", "方法如下。", "结果如下。", "补充胆碱可能预防精神分裂症。"]
    for said in ("the illness", "this condition", "the patients"):
        en = ["Schizophrenia begins early.", "The methods follow.", "The results follow.",
              f"Choline may alter the course of {said}."]
        assert only(run(g, zh, en), "term-missing") == [], said
    # a bare "patients" or a word in the term's place is no reference back
    for said in ("patients", "the substance"):
        en = ["Schizophrenia begins early.", "The methods follow.", "The results follow.",
              f"Choline may alter the course of {said}."]
        (f,) = only(run(g, zh, en), "term-missing")
        assert f.location.line == 4, said
    # nor is it when the English never names the disease: missing in both its sentences, one finding for the two
    en = ["It begins early.", "The methods follow.", "The results follow.", "Choline may alter the illness."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert f.message == ("「精神分裂症」 has no “schizophrenia” in the aligned English of 2 sentences "
                         "(Chinese lines 1 and 4)")
    assert [s["line"] for s in dict(f.data)["sentences"]] == [1, 4]


def test_a_term_inside_an_abbreviation_the_english_defines_is_rendered_by_it() -> None:
    g = Glossary.build([Concept("leuk", "白血病", "leukemia")], "g.csv")
    zh = ["本研究分析浆细胞白血病（PCL）患者的特征。", "30例浆细胞白血病患者入组。", "30例白血病患者入组。"]
    en = ["We studied patients with plasma cell leukemia(PCL).", "Thirty patients with PCL were enrolled.",
          "Thirty patients with CLL were enrolled."]
    (f,) = only(run(g, zh, en), "term-missing")  # CLL is not defined in the document: still missing
    assert f.location.line == 3
    # the other way: the English term, the Chinese keeps the defined abbreviation
    g2 = Glossary.build([Concept("leuk", "白血病", "leukemia")], "g.csv")
    assert only(run(g2, ["本研究分析浆细胞白血病（PCL）患者。", "30例PCL患者入组。"],
                    ["We studied plasma cell leukemia (PCL).", "Thirty patients with plasma cell leukemia."]),
                "term-missing") == []


def test_a_classical_compound_renders_the_plain_word() -> None:
    """血小板减少 = thrombocytopenia: medical English names it with the Greek for platelet."""
    g = Glossary.build([Concept("plt", "血小板", "platelet")], "g.csv")
    assert only(run(g, ["诱导化疗组血小板减少发生率更高。"], ["Thrombocytopenia was more frequent after induction."]),
                "term-missing") == []
    (f,) = only(run(g, ["诱导化疗组血小板减少发生率更高。"], ["Anemia was more frequent after induction."]),
                "term-missing")
    assert f.lang == "zh"


def test_a_chinese_rendering_with_a_modifier_inside() -> None:
    """"median overall survival (OS) time" -> 总体中位生存时间: 总…生存 with 体中位 between."""
    g = Glossary.build([Concept("os", "总生存期", "overall survival", zh_admitted=("总生存",))], "g.csv")
    assert only(run(g, ["全部患者总体中位生存时间为10.5个月。"], ["The median overall survival time was 10.5 months."]),
                "term-missing") == []
    (f,) = only(run(g, ["全部患者中位随访时间为10.5个月。"], ["The median overall survival time was 10.5 months."]),
                "term-missing")
    assert f.lang == "en"


def test_a_term_inside_a_name_transliterated_in_pinyin_is_rendered() -> None:
    """升血小板胶囊 is "Sheng-Xue-Xiao-Ban Capsule (SXXBC)": 血小板 is spelled, not translated, also via SXXBC."""
    g = Glossary.build([Concept("plt", "血小板", "platelet")], "g.csv")
    zh = ["比较升血小板胶囊的效果。", "升血小板胶囊组改善率为40%。", "血小板计数升高。"]
    en = ["We compared Sheng-Xue-Xiao-Ban Capsule (SXXBC).", "The improvement rate was 40% with SXXBC.",
          "Counts rose."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert f.location.line == 3  # the plain 血小板 of the third sentence is missing from its English
    from zhen_qa.aligner.lexicon import load_lexicon
    from zhen_qa.checks.presence_names import transliterated

    readings = load_lexicon().readings
    assert transliterated("血小板", "xuexiaoban tablets", readings)
    assert not transliterated("血小板", "Xue capsule", readings)


def test_an_english_compound_with_a_combining_form_renders_the_term() -> None:
    zh = ["免疫化疗可使患者获得长期缓解。"]
    assert only(run(gl(CHEMO), zh, ["Immunochemotherapeutic approaches lead to remission."]), "term-missing") == []
    (f,) = only(run(gl(CHEMO), zh, ["Immunological approaches lead to remission."]), "term-missing")
    assert f.lang == "zh"


def test_a_multiword_term_said_in_part_is_rendered() -> None:
    """The words apart (bone and marrow) or the distinctive first word with another head (confidence limits)."""
    g = gl(MARROW, CI)
    zh = ["骨与骨髓移植临床试验网络资助该研究。", "所有亚组的95%置信区间上限均小于1.00。"]
    en = ["The bone and marrow transplant network funded the study.",
          "The upper 95% confidence limits of all subgroups were below 1.00."]
    assert only(run(g, zh, en), "term-missing") == []
    en_wrong = ["The transplant network funded the study.", "The upper limits of all subgroups were below 1.00."]
    assert len(only(run(g, zh, en_wrong), "term-missing")) == 2


def test_a_term_said_in_part_fewer_times_with_its_head_under_another_word_is_missing() -> None:
    """rec54: 健康对照组…和对照组 = "the healthy lesions group … and controls": the part ("controls") renders one of
    the two Chinese terms, the other's head stands under a word rendering another part of the sentence (骨损害:
    "lesions"), so en-part does not excuse it (`Evidence.count_en_part`, `term_modifier_word.part_short`); with the
    part said as often as the term, or no head under another word, it still does."""
    g = gl(Concept("control-group", "对照组", "control group"))
    zh = ["骨损害患者的水平高于健康对照组，也高于无骨损害患者和对照组。"]
    wrong = "The level in patients with lesions was higher than in the healthy lesions group and than controls."
    (f,) = only(run(g, zh, [wrong]), "term-missing")
    assert "对照组" in f.message
    twice = "The level in patients with lesions was higher than in healthy controls and than other controls."
    assert only(run(g, zh, [twice]), "term-missing") == []
    once = "The level in patients with lesions was higher than in healthy subjects and than controls."
    assert only(run(g, ["骨损害患者的水平高于健康对照组。"], [once]), "term-missing") == []


def test_an_english_term_said_more_times_than_the_chinese_has_a_word_glossing_it_is_missing() -> None:
    """rec55: "positively related with negative emotion … negatively related with negative emotion" for
    …与物质情绪呈现正相关，…与物质情绪呈现负相关: the English says "negative" twice, the Chinese has one word the
    lexicon glosses with it (负相关, "negative correlation"), which renders "negatively related", so zh-gloss does not
    excuse it (`Evidence.count_zh_gloss`, `term_modifier_word.glosses_spent`); one "negative" with one 负相关, or two
    with two, is still the term glossed."""
    g = gl(Concept("negative", "消极", "negative"))
    zh = ["北京地区雾霾与物质情绪呈现正相关，成都地区雾霾与物质情绪呈现负相关。"]
    en = ("Haze was positively related with negative emotion in Beijing and negatively related with negative emotion"
          " in Chengdu.")
    (f,) = only(run(g, zh, [en]), "term-missing")
    assert "消极" in f.message
    once = ["Haze was in negative relation with emotion."]
    assert only(run(g, ["雾霾与情绪呈现负相关。"], once), "term-missing") == []
    assert only(run(g, ["雾霾与情绪呈现负相关，与行为也呈现负相关。"],
                    ["Haze was in negative relation with emotion and in negative relation with behaviour."]),
                "term-missing") == []
    # one Chinese word shared over coordinated nouns renders the term said twice (负面情绪和行为 for "negative emotions
    # and negative behaviours", review55 R11): no English word built on "negative" spends it
    # (`term_modifier_word.glosses_spent`)
    assert only(run(g, ["雾霾使居民的负面情绪和行为都明显增加。"],
                    ["Haze clearly increased negative emotions and negative behaviours of residents."]),
                "term-missing") == []
    # two forms of one concept side by side are one place, one noun phrase (tico pubmed8: 单峰驼, glossed "dromedary;
    # camel", for "dromedary camels": `term_modifier_word.places_said`)
    camel = gl(Concept("camel", "骆驼", "camel", en_admitted=("dromedary",)))
    assert only(run(camel, ["MERS-CoV 在单峰驼中已经存在了很长时间。"],
                    ["MERS-CoV has existed in dromedary camels for a long time."]), "term-missing") == []


def test_a_generic_treatment_word_does_not_render_a_named_treatment() -> None:
    """Medical English says "treatment" and "therapy" everywhere: they are no evidence for chemotherapy (which no
    bead nearby names: an arm the context establishes is another matter, see test_term_implied)."""
    zh = ["患者接受了诱导治疗。", "诱导化疗组的生存率较标准治疗组高。"]
    en = ["Patients received induction treatment.", "Survival was higher than with standard therapy."]
    assert len(only(run(gl(CHEMO), zh, en), "term-missing")) == 1


def test_a_pronoun_for_what_the_sentence_before_named() -> None:
    g = Glossary.build([Concept("npc", "鼻咽癌", "nasopharyngeal carcinoma")], "g.csv")
    zh = ["鼻咽癌是一种头颈部肿瘤。", "估计全世界有13万鼻咽癌患者。"]
    en = ["Nasopharyngeal carcinoma is a head and neck cancer.", "It affected an estimated 130,000 patients."]
    assert only(run(g, zh, en), "term-missing") == []
    # the pronoun does not excuse a concept the sentence before did not name
    zh2 = ["研究共纳入多个中心。", "估计全世界有13万鼻咽癌患者。"]
    en2 = ["The trial enrolled several centers.", "It affected an estimated 130,000 patients."]
    assert len(only(run(g, zh2, en2), "term-missing")) == 1
    # nor a pronoun inside the sentence, which may refer to anything
    en3 = ["Nasopharyngeal carcinoma is a head and neck cancer.", "Doctors saw 130,000 patients in their clinics."]
    assert len(only(run(g, zh, en3), "term-missing")) == 1
    # a pronoun ending the sentence as its object refers back too: "How long will I need it?"
    ostomy = Glossary.build([Concept("ostomy", "造口", "ostomy")], "g.csv")
    zh4, en4 = ["我需要造口吗？", "我需要多长时间的造口？"], ["Will I need an ostomy?", "How long will I need it?"]
    assert only(run(ostomy, zh4, en4), "term-missing") == []
    assert len(only(run(ostomy, zh4, ["Will I need an ostomy?", "How long will I need a bag?"]), "term-missing")) == 1
    # a pronoun refers back through a pronoun before it: "... need it? How will I take care of it?"
    zh5, en5 = zh4 + ["我如何护理造口？"], en4 + ["How will I take care of it?"]
    assert only(run(ostomy, zh5, en5), "term-missing") == []
    en6 = ["Will I need an ostomy?", "How long will I need a bag?", "How will I take care of it?"]
    assert [f.location.line for f in only(run(ostomy, zh5, en6), "term-missing")] == [2]  # "it" is the bag there


def test_a_demonstrative_before_a_chinese_term_refers_back() -> None:
    """该不良事件: the translator names what the English refers back to; the English needs no term."""
    zh = ["不良事件较常见。", "一例患者死亡，该不良事件被判定与药物无关。"]
    en = ["Adverse events were common.", "One patient died; the death was judged unrelated to the drug."]
    assert only(run(gl(AE), zh, en), "term-missing") == []
    zh_plain = ["不良事件较常见。", "一例患者死亡，不良事件被判定与药物无关。"]
    assert len(only(run(gl(AE), zh_plain, en), "term-missing")) == 1
    zh_its = ["不良事件较常见。", "一例患者死亡，其不良事件被判定与药物无关。"]  # 其 = its: the English says it too
    assert len(only(run(gl(AE), zh_its, en), "term-missing")) == 1


def test_a_drug_standing_for_its_regimen() -> None:
    """同步顺铂化疗 = "concurrent cisplatin": the modifier renders the compound, unless the English has a term
    the Chinese lacks (a wrong head)."""
    zh = ["93例患者完成了3个周期的同步顺铂化疗。"]
    assert only(run(gl(CHEMO, DDP), zh, ["93 patients completed three cycles of concurrent cisplatin."]),
                "term-missing") == []
    found = only(run(gl(CHEMO, DDP, MARROW), zh, ["93 patients completed three cycles of cisplatin bone marrow."]),
                 "term-missing")
    assert found


def test_a_regimen_named_for_its_treatment() -> None:
    """CHOP方案化疗 = "the CHOP regimen": 方案 joined to the treatment term and "regimen" in the English."""
    zh = ["分析患者应用R-CHOP方案化疗的缓解率。"]
    assert only(run(gl(CHEMO), zh, ["The remission rate of patients treated by the R-CHOP regimen was analysed."]),
                "term-missing") == []
    # "regimen" without 方案 beside the term, or 方案 without "regimen": still missing
    assert len(only(run(gl(CHEMO), ["分析患者化疗的缓解率和用药方案。"],
                        ["The remission rate and the drug regimen were analysed."]), "term-missing")) == 1
    assert len(only(run(gl(CHEMO), zh, ["The remission rate of patients treated by R-CHOP substance was analysed."]),
                    "term-missing")) == 1


def test_a_regimen_named_by_its_drugs_or_its_kept_name() -> None:
    """联合化疗 = "cisplatin/doxorubicin", R-CHOP方案化疗 = "R-CHOP": the regimen says the treatment; the name
    followed by another noun (the treatment's word replaced) or no regimen at all is still missing."""
    zh = ["联合化疗组的缓解率较高。"]
    for en in ("The response rate was higher with cisplatin/doxorubicin.", "Responses were higher with 5-FU/LV.",
               "Cisplatin plus gemcitabine gave more responses."):
        assert only(run(gl(CHEMO), zh, [en]), "term-missing") == [], en
    for en in ("The response rate was higher with cisplatin/doxorubicin substance.",
               "The response rate was higher in HER2-positive tumours.", "The response rate was higher."):
        assert len(only(run(gl(CHEMO), zh, [en]), "term-missing")) == 1, en
    assert only(run(gl(CHEMO), ["分析患者应用R-CHOP方案化疗的缓解率。"],
                    ["The remission rate of patients treated by R-CHOP was analysed."]), "term-missing") == []


def test_a_kept_regimen_name_with_its_setting_or_a_modal_after_it() -> None:
    """5-FU术后化疗 = "5-FU administered postoperatively" (when it is given between the name and the term),
    "FOLFOX be considered" (a modal or "be" after the name); "FOLFOX substance" is still missing."""
    for zh, en in (("在5-FU术后化疗的基础上联用亚叶酸无获益。", "There was no benefit of adding leucovorin to 5-FU "
                    "administered postoperatively."),
                   ("专家推荐使用FOLFOX化疗方案。", "Experts recommend that FOLFOX be considered."),
                   ("专家推荐使用FOLFOX化疗方案。", "Experts say FOLFOX may be used.")):
        assert only(run(gl(CHEMO), [zh], [en]), "term-missing") == [], en
    assert len(only(run(gl(CHEMO), ["专家推荐使用FOLFOX化疗方案。"], ["Experts recommend FOLFOX substance."]),
                    "term-missing")) == 1


def test_an_english_term_rendered_by_its_head_without_the_modifier() -> None:
    """"OS" / "overall survival" as 生存时间 or 生存率: the Chinese keeps the head (生存, which the lexicon
    glosses "survival") and drops the modifier 总 it takes as understood."""
    g = Glossary.build([Concept("os", "总生存期", "overall survival", zh_admitted=("总生存",), en_admitted=("OS",))],
                       "g.csv")
    for zh, en in (("遗传学异常对生存时间的影响无统计学意义。", "Genetic abnormalities did not affect the OS."),
                   ("加用该药可提高生存率。", "Adding the drug increases overall survival.")):
        assert only(run(g, [zh], [en]), "term-missing") == [], zh
    # another endpoint is no rendering of the head
    (f,) = only(run(g, ["加用该药可提高缓解率。"], ["Adding the drug increases overall survival."]), "term-missing")
    assert f.lang == "en"
    # 不良反应 ("adverse reaction") keeps no part the lexicon glosses "event": "adverse event" is missing
    (f,) = only(run(gl(AE), ["常见不良反应为腹泻。"], ["The most common adverse event was diarrhea."]), "term-missing")
    assert f.lang == "en"


def test_an_english_term_rendered_by_a_head_with_a_short_stem() -> None:
    """"where confirmed cases have been reported" = 有病例报告: 病例 is glossed "cas", the stem of the head "cases"
    (too short for a gloss to name a word by its beginning); 患者 ("patients") is no case."""
    g = Glossary.build([Concept("cc", "确诊病例", "confirmed case")], "g.csv")
    en = ["Contact with communities where confirmed cases have been reported."]
    assert only(run(g, ["接触过来自有病例报告社区的人。"], en), "term-missing") == []
    (f,) = only(run(g, ["接触过来自有患者报告社区的人。"], en), "term-missing")
    assert f.lang == "en"


def test_a_numbered_abbreviation_defines_its_family() -> None:
    """IIV3 defined as "trivalent inactivated influenza vaccine (IIV3)": IIV in the Chinese is that vaccine."""
    g = Glossary.build([Concept("flu", "流感", "influenza")], "g.csv")
    zh = ["我国已批准三价灭活流感疫苗（IIV3）。", "孕妇在孕期的任一阶段均可接种IIV。"]
    en = ["China has licensed trivalent inactivated influenza vaccine (IIV3).",
          "Influenza vaccine is recommended for pregnant women during any trimester."]
    assert only(run(g, zh, en), "term-missing") == []
    zh_other = ["我国已批准三价灭活流感疫苗（IIV3）。", "孕妇在孕期的任一阶段均可接种HPV。"]
    (f,) = only(run(g, zh_other, en), "term-missing")
    assert f.lang == "en" and f.location.line == 5  # the second English sentence


def test_an_english_compound_term_rendered_by_a_contracted_chinese_form() -> None:
    """"portal hypertension" is 门静脉高压: the Chinese contracts 高血压 to 高压 (first and last characters kept)."""
    g = Glossary.build([HYPERTENSION], "g.csv")
    for zh in ("肝硬化患者常并发门静脉高压。", "本例患者出现颅高压症状。"):
        assert only(run(g, [zh], ["Patients with cirrhosis often develop portal hypertension."]),
                    "term-missing") == [], zh
    # another condition keeps no contraction of the term: still missing
    (f,) = only(run(g, ["肝硬化患者常并发腹水。"], ["Patients with cirrhosis often develop portal hypertension."]),
                "term-missing")
    assert f.lang == "en"


def test_a_chinese_term_shortened_by_its_derivational_morpheme() -> None:
    """死亡 for "mortality" (死亡率 less 率); not 死亡率 contracted to two unrelated characters."""
    g = Glossary.build([Concept("mort", "死亡率", "mortality", zh_admitted=("病死率",))], "g.csv")
    assert only(run(g, ["该方案可减少死亡与残障。"], ["The regimen may decrease the mortality and morbidity."]),
                "term-missing") == []
    assert len(only(run(g, ["该方案可减少残障。"], ["The regimen may decrease the mortality and morbidity."]),
                    "term-missing")) == 1
    # at most half of the characters dropped: 非癌 is no form of 非小细胞肺癌
    g2 = Glossary.build([Concept("nsclc", "非小细胞肺癌", "non-small cell lung cancer")], "g.csv")
    assert len(only(run(g2, ["取非癌组织作为对照。"], ["Non-small cell lung cancer tissue was the control."]),
                    "term-missing")) == 1


def test_a_lexicon_translation_of_the_english_term_in_the_chinese() -> None:
    """中药 is "traditional Chinese medicine" in the lexicon, rendered inside a compound (中药复方, "... medicine
    compound"); 生活 + 品質 "quality of life" in Traditional script, where the wording is Taiwan's."""
    g = Glossary.build([Concept("tcm", "中医", "traditional Chinese medicine"),
                        Concept("qol", "生活质量", "quality of life")], "g.csv")
    assert only(run(g, ["中药复方治疗骨髓增生异常综合征的研究。"],
                    ["Study of a traditional Chinese medicine compound for myelodysplastic syndrome."]),
                "term-missing") == []
    assert only(run(g, ["病患的生活品質明顯改善。"], ["The patients' quality of life improved markedly."]),
                "term-missing") == []
    # 生活 alone glosses "life" but not "quality": still missing
    (f,) = only(run(g, ["病患的生活明顯改善。"], ["The patients' quality of life improved markedly."]), "term-missing")
    assert f.lang == "en"
    # a synonym in place of the glossary's term, in Simplified script and not inside a compound, is what the
    # glossary is there to catch: 淋巴癌 (the lexicon's "lymphoma") for 淋巴瘤
    g2 = Glossary.build([Concept("ly", "淋巴瘤", "lymphoma")], "g.csv")
    (f,) = only(run(g2, ["五种癌症：肺癌、霍奇金淋巴癌和口咽癌。"], ["Five cancers: lung cancer, Hodgkin lymphoma, and "
                                                     "oropharyngeal cancer."]), "term-missing")
    assert f.lang == "en"


def test_an_english_term_said_as_another_part_of_speech() -> None:
    """抑郁症 as "depressive disorders" / "depressed individuals": the English says the term as an adjective."""
    g = Glossary.build([Concept("dep", "抑郁症", "depression", zh_admitted=("抑郁",))], "g.csv")
    for en in ("Depressive disorders are common among the elderly.", "Depressed individuals are common here."):
        assert only(run(g, ["抑郁症在老年人中很常见。"], [en]), "term-missing") == [], en
    (f,) = only(run(g, ["抑郁症在老年人中很常见。"], ["Anxiety disorders are common among the elderly."]),
                "term-missing")
    assert f.lang == "zh"


def test_a_graphy_examination_said_by_the_gram_it_makes() -> None:
    """乳腺X线摄影 "mammography" as "annual mammograms": the examination named by its record."""
    g = Glossary.build([Concept("mg", "乳腺X线摄影", "mammography")], "g.csv")
    zh = ["每年进行一次乳腺X线摄影可能导致乳腺癌。"]
    assert only(run(g, zh, ["Annual mammograms may cause breast cancer."]), "term-missing") == []
    (f,) = only(run(g, zh, ["Annual ultrasound may cause breast cancer."]), "term-missing")
    assert f.lang == "zh"


def test_a_chinese_match_inside_another_word_the_english_renders() -> None:
    """腺癌 in 前列腺癌 is 前列腺 ("prostate") + 癌: "prostate cancer" renders it, adenocarcinoma is not missing."""
    g = Glossary.build([Concept("adc", "腺癌", "adenocarcinoma")], "g.csv")
    zh = ["本文综述其在肺癌和前列腺癌中的诊断价值。"]
    assert only(run(g, zh, ["We review its diagnostic value in lung and prostate cancer."]), "term-missing") == []
    (f,) = only(run(g, zh, ["We review its diagnostic value in lung and breast cancer."]), "term-missing")
    assert f.lang == "zh"


def test_a_disease_the_chinese_named_before_may_be_called_tumour() -> None:
    """肿瘤病人 for "lung cancer patients" in a document whose Chinese names 肺癌: the generic noun refers back."""
    g = Glossary.build([Concept("lc", "肺癌", "lung cancer")], "g.csv")
    zh = ["肺癌是常见的恶性肿瘤。", "我们测定了27位肿瘤病人的氨基酸浓度。"]
    en = ["Lung cancer is a common malignancy.", "We measured amino acids in 27 lung cancer patients."]
    assert only(run(g, zh, en), "term-missing") == []
    # a document whose Chinese never names the disease: 肿瘤 is no rendering of it
    zh2 = ["恶性肿瘤很常见。", "我们测定了27位肿瘤病人的氨基酸浓度。"]
    en2 = ["Malignancy is common.", "We measured amino acids in 27 lung cancer patients."]
    (f,) = only(run(g, zh2, en2), "term-missing")
    assert f.lang == "en"
    # a generic noun beside other diseases named (胃癌等癌症) is their category, not the lung cancer
    g2 = Glossary.build([Concept("lc", "肺癌", "lung cancer"), Concept("gc", "胃癌", "gastric cancer")], "g.csv")
    zh3 = ["肺癌是常见的恶性肿瘤。", "最常见的癌症是胃癌和肝癌。"]
    en3 = ["Lung cancer is a common malignancy.", "The most common are gastric cancer, lung cancer and liver cancer."]
    (f,) = only(run(g2, zh3, en3), "term-missing")
    assert f.lang == "en" and f.location.line == 5  # the second English sentence
    # nor is it where the English has a generic noun of its own ("cancers"), which the Chinese one renders
    zh4 = ["肺癌是常见的恶性肿瘤。", "最常见的五种癌症包括淋巴癌。"]
    en4 = ["Lung cancer is a common malignancy.", "The five most common cancers include lung cancer."]
    assert len(only(run(g, zh4, en4), "term-missing")) == 1


def test_a_demonstrative_before_the_noun_phrase_of_a_chinese_term() -> None:
    """这一肺腺癌的新标准 = "this new guideline": the demonstrative takes the term with its one-character modifier."""
    g = Glossary.build([Concept("adc", "腺癌", "adenocarcinoma")], "g.csv")
    zh = ["腺癌是常见的病理类型。", "这一肺腺癌的新标准已被广泛采用。"]
    en = ["Adenocarcinoma is a common type.", "This new guideline has been widely adopted."]
    assert only(run(g, zh, en), "term-missing") == []
    zh2 = ["腺癌是常见的病理类型。", "肺腺癌的新标准已被广泛采用。"]
    assert len(only(run(g, zh2, en), "term-missing")) == 1


def test_a_general_word_admitted_as_an_alternative_starts_no_term_missing() -> None:
    """"outcome" admitted for 预后 lets a translator write it, but not every outcome is a prognosis: 关系的结局, 胎儿的
    发育 and 手术效果 render "outcome" without 预后. The preferred form in the same sentence still checks, and 预后
    is still rendered by "outcome" the other way."""
    g = Glossary.build([Concept("prognosis", "预后", "prognosis", en_admitted=("prognostic", "outcome"))], "g.csv")
    for zh, en in (("研究评估了关系的结局。", "The study assessed relationship outcomes."),
                   ("胎儿的发育良好。", "The fetal outcome was good."),
                   ("手术效果满意。", "The surgical outcome was satisfactory.")):
        assert only(run(g, [zh], [en]), "term-missing") == [], en
    # the preferred form and a specific alternative keep the check, also beside the general word
    found = only(run(g, ["手术效果满意。"], ["The surgical outcome and the prognosis were good."]), "term-missing")
    assert len(found) == 1 and "prognosis" in found[0].message
    assert len(only(run(g, ["手术效果满意。"], ["Prognostic factors were studied."]), "term-missing")) == 1
    # the Chinese term is rendered by the admitted word
    assert only(run(g, ["患者预后良好。"], ["The patients' outcome was good."]), "term-missing") == []
    assert len(only(run(g, ["患者预后良好。"], ["The patients were well."]), "term-missing")) == 1


def test_specific_alternatives_and_abbreviations_keep_the_term_missing_check() -> None:
    """"shingles" has one other sense (a roof tile, 木瓦): it names 带状疱疹 and keeps the check; so does a phrase
    ("total knee replacement") and an abbreviation, whatever the lexicon makes of its letters."""
    g = Glossary.build([Concept("hz", "带状疱疹", "herpes zoster", en_admitted=("shingles",)),
                        Concept("tkr", "全膝关节置换术", "total knee arthroplasty",
                                en_admitted=("total knee replacement", "TKA"))], "g.csv")
    assert len(only(run(g, ["患者出现皮疹。"], ["The patient developed shingles."]), "term-missing")) == 1
    assert len(only(run(g, ["患者接受了手术。"], ["The patient had a total knee replacement."]),
                    "term-missing")) == 1
    assert len(only(run(g, ["患者接受了手术。"], ["The patient had a TKA."]), "term-missing")) == 1


def test_a_general_chinese_word_admitted_as_an_alternative_starts_no_term_missing() -> None:
    """结果 admitted for "outcome" is also the fruit, the result and the end: 研究结果 ("the findings") is no
    clinical outcome. The preferred 结局 keeps the check."""
    g = Glossary.build([Concept("outcome", "结局", "outcome", zh_admitted=("结果",))], "g.csv")
    assert only(run(g, ["研究结果表明该方法有效。"], ["The findings show that the method works."]),
                "term-missing") == []
    assert len(only(run(g, ["主要结局为死亡。"], ["The primary end point was death."]), "term-missing")) == 1


def test_a_term_heading_a_name_the_chinese_abbreviates_is_rendered_by_the_abbreviation() -> None:
    """急性淋巴细胞白血病（ALL）: the English may say ALL without defining it (issue 11: an abbreviation stands for the
    term); not when the English defines the abbreviation itself with another name, nor for a name the term
    does not end."""
    g = Glossary.build([Concept("leuk", "白血病", "leukemia"), Concept("ct", "化疗", "chemotherapy")], "g.csv")
    zh = ["探讨急性淋巴细胞白血病（ALL）患者的疗效。"]
    assert only(run(g, zh, ["To study the efficacy in ALL patients."]), "term-missing") == []
    (f,) = only(run(g, zh, ["To study the efficacy in acute lymphoblastic substance (ALL) patients."]),
                "term-missing")
    assert f.lang == "zh" and f.suggestion == "leukemia"
    (f,) = only(run(g, ["探讨化疗后肺癌（NSCLC）患者的疗效。"], ["To study the efficacy in NSCLC patients."]),
                "term-missing")
    assert f.suggestion == "chemotherapy"


def test_a_chinese_name_with_a_latin_letter_inside_is_abbreviated_whole() -> None:
    """乳腺X线摄影（MMG）: the name the Chinese abbreviates runs over the X of X线 (it is not 线摄影), so "Two-view MMG"
    renders it; an MMG the English defines itself with another name does not."""
    g = Glossary.build([Concept("mg", "乳腺X线摄影", "mammography")], "g.csv")
    zh = ["试验组：每两年进行一次双视图乳腺X线摄影（MMG）。"]
    assert only(run(g, zh, ["Intervention: Two-view MMG every two years."]), "term-missing") == []
    (f,) = only(run(g, zh, ["Intervention: Two-view magnetic guidance (MMG) every two years."]), "term-missing")
    assert f.lang == "zh"


def test_a_chemotherapy_named_by_its_drug_is_rendered_by_the_drug() -> None:
    """使用硼替佐米化疗 = "treated with bortezomib", 紫杉醇方案化疗 = "paclitaxel" (issue 11: implied by the regimen);
    not 以硼替佐米为主的化疗方案 (the regimen and its -based lost), nor an English without a drug name."""
    g = Glossary.build([Concept("chemo", "化疗", "chemotherapy"), Concept("mm", "多发性骨髓瘤", "multiple myeloma",
                                                                       en_admitted=("MM",))], "g.csv")
    en = ["Twenty of the 85 patients treated with bortezomib developed herpes zoster."]
    assert only(run(g, ["85例使用硼替佐米化疗的患者中20例发生带状疱疹。"], en), "term-missing") == []
    # an English term the Chinese keeps in English (MM) is no term the Chinese lacks
    assert only(run(g, ["85例使用硼替佐米化疗的MM患者中20例发生带状疱疹。"],
                    ["Twenty of the 85 MM patients treated with bortezomib developed herpes zoster."]),
                "term-missing") == []
    assert only(run(g, ["85例接受紫杉醇方案化疗的患者中20例发生带状疱疹。"],
                    ["Twenty of the 85 patients who received paclitaxel developed herpes zoster."]),
                "term-missing") == []
    assert len(only(run(g, ["85例接受以硼替佐米为主的化疗方案的患者中20例发生带状疱疹。"], en), "term-missing")) == 1
    assert len(only(run(g, ["85例使用硼替佐米化疗的患者中20例发生带状疱疹。"],
                        ["Twenty of the 85 treated patients developed herpes zoster."]), "term-missing")) == 1
    # a modifier before the term is no drug: 联合化疗 with a drug named elsewhere in the sentence
    assert len(only(run(g, ["帕妥珠单抗联合化疗可改善患者的结局。"],
                        ["Pertuzumab added to substance improved outcomes."]), "term-missing")) == 1


def test_a_bead_balanced_by_its_neighbour_does_not_count_as_rendered_in_the_summary(sample: Glossary) -> None:
    """Missing in three sentences and moved into the next sentence in a fourth: one finding for the three."""
    zh = ["外泌体介导修复。", "方法如下。", "结果如下。"] * 3 + ["外泌体介导修复。", "这是结论。"]
    en = ["Vesicles mediate repair.", "The methods follow.", "The results follow.",
          "Particles heal tissue.", "The methods follow.", "The results follow.",
          "Bodies restore organs.", "The methods follow.", "The results follow."] + \
        ["Vesicles mediate repair.", "The exosome is key."]
    (f,) = only(run(sample, zh, en), "term-missing")
    assert dict(f.data)["count"] == 3 and dict(f.data)["rendered"] == 0


def test_an_initialism_the_glossary_does_not_list_renders_the_term() -> None:
    """Results sections write the common measures bare: "HR" for hazard ratio, "PEs" for pulmonary embolisms."""
    g = Glossary.build([Concept("hr", "风险比", "hazard ratio"), Concept("pe", "肺栓塞", "pulmonary embolism")],
                       "g.csv")
    zh = ["首次恶化的风险较低（风险比，0.70）。", "共发生3例肺栓塞。"]
    assert only(run(g, zh, ["The risk of a first worsening was lower (HR, 0.70).", "Three PEs occurred."]),
                "term-missing") == []
    # another initialism, or none, leaves the term missing
    found = only(run(g, zh, ["The risk of a first worsening was lower (OR, 0.70).", "Three DVTs occurred."]),
                 "term-missing")
    assert sorted(f.location.line for f in found) == [1, 2]


def test_an_english_head_form_is_rendered_by_the_head_of_the_chinese_form() -> None:
    """"fibrosis", admitted beside "liver fibrosis", as 纤维化 (the head of 肝纤维化): both say the head alone."""
    g = gl(Concept("lf", "肝纤维化", "liver fibrosis", en_admitted=("fibrosis",)))
    en = ["Effects on myocardial metabolism and fibrosis have been proposed."]
    assert only(run(g, ["研究者提出其对心肌代谢和纤维化有作用。"], en), "term-missing") == []
    assert len(only(run(g, ["研究者提出其对心肌代谢有作用。"], en), "term-missing")) == 1
    # the full form still asks for the full Chinese form
    en_full = ["Effects on myocardial metabolism and liver fibrosis have been proposed."]
    assert len(only(run(g, ["研究者提出其对心肌代谢和纤维化有作用。"], en_full), "term-missing")) == 1


def test_a_prefixed_or_derived_english_form_renders_the_term() -> None:
    g = gl(Concept("pep", "主要终点", "primary end point"), CHEMO)
    zh = ["检测两组间联合主要终点的差异。", "1例死亡由肺栓塞（术后，化疗前）引起。"]
    en = ["to detect differences in the coprimary end points.", "One death was due to a pulmonary embolus "
          "(postoperative, prechemotherapy)."]
    assert only(run(g, zh, en), "term-missing") == []


_TIE = """
from tests.checks.terms_kit import only, run
from zhen_qa.checks.presence_de_split import zh_split_by_de
from zhen_qa.glossary.model import Concept, Glossary
g = Glossary.build([Concept("assay", "实验", "assay")])
zh = ["本实验纳入患者。", "实验持续两年。", "该实验有效。", "实验结束。"] + ["方法如下。"] * 3
en = ["This experiment test enrolled patients.", "The experiment test lasted two years.",
      "The experiment test group responded.", "The experiment test ended."] + ["An experiment test follows."] * 3
(f,) = only(run(g, zh, en), "term-missing")
print(f.message)
"""


def test_the_rendering_used_instead_does_not_depend_on_the_hash_seed() -> None:
    # "experiment" and "test" (both CC-CEDICT glosses of 实验) are in all four sentences: a tie, broken by the
    # string (it was broken by set order, so the message changed with PYTHONHASHSEED)
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    messages = {subprocess.run([sys.executable, "-c", _TIE], cwd=root, capture_output=True, text=True, check=True,
                               env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in "1234"}
    assert messages == {
        "「实验」 is rendered “test” in 4 sentences (Chinese lines 1, 2, 3 and 4); the glossary says “assay”"}


def test_term_missing_takes_the_action_stem_for_an_agent_noun_used_as_a_modifier() -> None:
    g = gl(Concept("ac", "抗凝药", "anticoagulant", zh_admitted=("抗凝剂",)))
    assert only(run(g, ["患者接受抗凝治疗。"], ["Patients received anticoagulant therapy."]), "term-missing") == []
    # the noun itself needs the class morpheme: 抗凝 alone is the treatment, not the drug
    found = only(run(g, ["患者停用抗凝治疗。"], ["Patients stopped the anticoagulant."]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("en", "抗凝药")]


def test_term_missing_takes_the_adjective_of_a_classical_noun() -> None:
    g = gl(Concept("ana", "过敏反应", "anaphylaxis"))
    assert only(run(g, ["发生了一例过敏反应。"], ["One anaphylactic reaction occurred."]), "term-missing") == []


def test_term_missing_takes_a_literal_rendering_of_the_chinese_term() -> None:
    g = gl(Concept("hr", "风险比", "hazard ratio"))
    assert only(run(g, ["校正风险比为1.2。"], ["The adjusted risk ratio was 1.2."]), "term-missing") == []
    found = only(run(g, ["风险比为1.2。"], ["The odds ratio was 1.2."]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("zh", "hazard ratio")]


def test_term_missing_takes_the_head_without_its_classifying_adjective() -> None:
    g = gl(Concept("cpr", "心肺复苏", "cardiopulmonary resuscitation"), Concept("gc", "胃癌", "gastric cancer"))
    assert only(run(g, ["旁观者实施的心肺复苏。"], ["Bystander resuscitation was given."]), "term-missing") == []
    found = only(run(g, ["胃癌患者。"], ["Patients with colorectal cancer."]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("zh", "gastric cancer")]


def test_a_term_inside_a_longer_name_is_rendered_by_the_english_for_the_whole_name() -> None:
    """肺炎 in 新型冠状病毒肺炎 said "COVID-19": the lexicon's Chinese of COVID (新冠肺炎) holds the term, and the rest
    of it is written around the term, contracted."""
    g = gl(Concept("pn", "肺炎", "pneumonia"))
    zh = ["首例新型冠状病毒肺炎病例出现在12月。"]
    assert only(run(g, zh, ["The first COVID-19 case appeared in December."]), "term-missing") == []
    # the English word's Chinese is not around the term: the term stays missing
    assert len(only(run(g, ["首例肺炎病例出现在12月。"], ["The first COVID-19 case appeared in December."]),
                    "term-missing")) == 1
    assert len(only(run(g, zh, ["The first case appeared in December."]), "term-missing")) == 1


def test_a_name_glossed_with_the_terms_own_rendering_does_not_render_it_without_that_rendering() -> None:
    """骨髓增生异常综合征 is "myelodysplastic syndrome": "myelodysplastic" alone leaves 综合征 "syndrome" missing."""
    g = gl(Concept("syn", "综合征", "syndrome"))
    zh = ["1例患者发生了骨髓增生异常综合征。"]
    assert len(only(run(g, zh, ["One patient had myelodysplastic disease."]), "term-missing")) == 1
    assert only(run(g, zh, ["One patient had myelodysplastic syndrome."]), "term-missing") == []


def test_an_english_word_for_another_part_of_the_name_does_not_render_the_term() -> None:
    """"highly" is 高 of 高致病性 ("highly pathogenic"): it leaves 致病性 "pathogenic" unsaid."""
    g = gl(Concept("pat", "致病性", "pathogenic"))
    assert len(only(run(g, ["除了高致病性病毒外。"], ["Besides the highly contagious viruses."]), "term-missing")) == 1


def test_a_term_inside_a_coordinated_contraction() -> None:
    """放化疗 is 放疗 and 化疗 sharing 疗: "chemotherapy and radiation therapy" has both in the Chinese."""
    glossary = Glossary.build([Concept("radio", "放疗", "radiation therapy")], "g.csv")
    en = ["Patients received chemotherapy and radiation therapy."]
    assert only(run(glossary, ["患者接受了同步放化疗。"], en), "term-missing") == []
    assert len(only(run(glossary, ["患者接受了同步化疗。"], en), "term-missing")) == 1


def test_a_summary_names_the_lines_of_its_sentences_and_counts_the_rest() -> None:
    g = Glossary.build([Concept("assay", "试验", "assay")])
    zh = [f"第{n}项试验已完成。" for n in range(1, 15)]
    en = [f"Study {n} was completed." for n in range(1, 15)]
    (f,) = only(run(g, zh, en), "term-missing")
    assert f.message.endswith("of 14 sentences (Chinese lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 2 more)"), \
        f.message
    assert [s["line"] for s in dict(f.data)["sentences"]] == list(range(1, 15))


def test_a_regimen_named_by_its_drugs_beside_an_abbreviation_the_chinese_keeps() -> None:
    """5-FU/LV for 化疗 where the English also has "DFS" and "OS": the Chinese keeps them in English (DFS和OS), so
    the English has no term the Chinese lacks; an English term the Chinese does lack still keeps the finding."""
    g = Glossary.build([CHEMO, Concept("os", "总生存期", "overall survival", en_admitted=("OS",)),
                        Concept("dfs", "无病生存期", "disease-free survival", en_admitted=("DFS",))], "g.csv")
    zh = ["加用亚叶酸化疗延长了患者的DFS和OS时间。"]
    assert only(run(g, zh, ["Adding 5-FU/LV prolonged DFS and OS."]), "term-missing") == []
    assert len(only(run(g, ["加用亚叶酸化疗延长了患者的生存时间。"], ["Adding 5-FU/LV prolonged DFS."]),
                    "term-missing")) == 1


def test_an_english_term_said_with_its_modifier_and_another_head() -> None:
    """"mammography" as 乳腺X线检查 (listed 乳腺X线摄影): the modifier kept, another head; not where the file also
    writes the listed form (two names mixed), nor a shorter shared start (监护 names nothing)."""
    g = Glossary.build([Concept("mammo", "乳腺X线摄影", "mammography"),
                        Concept("icu", "重症监护病房", "intensive care unit")], "g.csv")
    assert only(run(g, ["乳腺X线检查可发现早期癌。"], ["Mammography finds early cancers."]), "term-missing") == []
    assert only(run(g, ["他住进了重症监护室。"], ["He was admitted to an intensive care unit."]), "term-missing") == []
    mixed = run(g, ["乳腺X线检查可发现早期癌。", "乳腺X线摄影很常用。"],
                ["Mammography finds early cancers.", "Mammography is common."])
    assert len(only(mixed, "term-missing")) == 1
    assert len(only(run(g, ["他住进了监护室。"], ["He was admitted to an intensive care unit."]),
                    "term-missing")) == 1


def test_a_reheaded_term_beside_its_abbreviation_or_one_character_off() -> None:
    """重症监护室 in a file that also writes ICU: the abbreviation is no competing Chinese name; 个人防护设备 for the
    listed 个人防护装备, one character off but a new head the lexicon glosses "equipment", is no slip, where
    临床实验 for 临床试验 (实验 "experiment", no "trial") still is."""
    icu = Glossary.build([Concept("icu", "重症监护病房", "intensive care unit", zh_admitted=("ICU",),
                                  en_admitted=("ICU",))], "g.csv")
    zh = ["他住进了重症监护室。", "ICU床位不足。"]
    en = ["He was admitted to an intensive care unit.", "ICU beds ran out."]
    assert only(run(icu, zh, en), "term-missing") == []
    ppe = Glossary.build([Concept("ppe", "个人防护装备", "personal protective equipment"),
                          Concept("trial", "临床试验", "clinical trial")], "g.csv")
    assert only(run(ppe, ["医护人员需要个人防护设备。"], ["Health workers need personal protective equipment."]),
                "term-missing") == []
    slip = run(ppe, ["该药物正在进行临床实验。"], ["The drug is in a clinical trial."])
    assert [f.suggestion for f in only(slip, "term-missing")] == ["临床试验"]


def test_a_chinese_term_whose_english_says_only_the_shared_head() -> None:
    """确诊病例 = "50 new cases", 危险因素 = "these and other factors": the head both names share (the lexicon glosses
    病例 "case"), the modifier left to the context; not another kind of the head ("suspected cases", "related
    factors"), nor where the Chinese has the head outside the term (正常细胞 beside 癌细胞)."""
    g = Glossary.build([Concept("cc", "确诊病例", "confirmed case"), Concept("rf", "危险因素", "risk factor"),
                        Concept("cancer-cell", "癌细胞", "cancer cell")], "g.csv")
    for zh, en in (("昨日新增50例确诊病例。", "There were 50 new cases yesterday."),
                   ("基于上述及其他危险因素可估算风险。", "Models estimate risk based on these and other factors.")):
        assert only(run(g, [zh], [en]), "term-missing") == [], en
    for zh, en in (("昨日新增50例确诊病例。", "There were 50 suspected cases yesterday."),
                   ("基于上述及其他危险因素可估算风险。", "Models estimate risk based on related factors."),
                   ("化疗会杀死癌细胞，也会伤害正常细胞。", "Chemo affects cells that grow quickly.")):
        assert len(only(run(g, [zh], [en]), "term-missing")) == 1, en


def test_an_act_said_by_the_word_of_its_object() -> None:
    """接种 HPV 疫苗 = "get HPV vaccine": the act's English (vaccination) is derived from its object's (vaccine),
    which the English names; not where a clause mark parts them or the object's word is not the act's stem."""
    g = Glossary.build([Concept("vaccine", "疫苗", "vaccine"),
                        Concept("vaccination", "疫苗接种", "vaccination", zh_admitted=("接种",),
                                en_admitted=("vaccinated",)),
                        Concept("drug", "药物", "drug"), Concept("injection", "注射", "injection")], "g.csv")
    for zh, en in (("青少年应接种 HPV 疫苗。", "Adolescents should get HPV vaccine."),
                   ("HPV 疫苗可供成人接种。", "HPV vaccine may be given to adults.")):
        assert only(run(g, [zh], [en]), "term-missing") == [], en
    assert len(only(run(g, ["疫苗很安全，应尽快接种。"], ["The vaccine is safe and should be given soon."]),
                    "term-missing")) == 1
    assert len(only(run(g, ["护士注射药物。"], ["The nurse gives the drug."]), "term-missing")) == 1


def test_an_act_said_by_the_head_of_its_objects_name_or_initialism() -> None:
    """接种 PPSV23 = "PPSV23 is recommended": the glossary's full name of PPSV23 ends in "vaccine"; 接种一剂肺炎球菌
    结合疫苗 = "a dose of pneumococcal conjugate vaccine": the head of the phrase the English writes."""
    g = Glossary.build([Concept("vaccination", "疫苗接种", "vaccination", zh_admitted=("接种",)),
                        Concept("ppsv", "肺炎球菌多糖疫苗", "pneumococcal polysaccharide vaccine",
                                zh_admitted=("PPSV23",), en_admitted=("PPSV23",)),
                        Concept("pcv", "肺炎球菌结合疫苗", "pneumococcal conjugate vaccine"),
                        Concept("pcr", "聚合酶链反应", "polymerase chain reaction", zh_admitted=("PCR",),
                                en_admitted=("PCR",))], "g.csv")
    for zh, en in (("建议将 PPSV23 作为可选接种方案。", "PPSV23 is recommended as an option."),
                   ("成人应接种一剂肺炎球菌结合疫苗。", "Adults should get a dose of pneumococcal conjugate vaccine.")):
        assert only(run(g, [zh], [en]), "term-missing") == [], en
    # an initialism whose full name is no vaccine says no vaccination
    assert len(only(run(g, ["建议将 PCR 作为可选接种方案。"], ["PCR is recommended as an option."]),
                    "term-missing")) == 1


def test_an_english_term_said_by_a_word_sharing_a_sense_with_the_listed_rendering() -> None:
    """"pandemic" as 疫情 (the lexicon glosses it and the listed 大流行 "epidemic") in a file that never writes 大流行;
    where the file writes the listed form elsewhere, the two names are mixed and the finding stays."""
    g = Glossary.build([Concept("pandemic", "大流行", "pandemic")], "g.csv")
    assert only(run(g, ["疫情期间学校关闭。"], ["Schools closed during the pandemic."]), "term-missing") == []
    mixed = run(g, ["疫情期间学校关闭。", "大流行仍在继续。"], ["Schools closed during the pandemic.",
                                                  "The pandemic goes on."])
    assert len(only(mixed, "term-missing")) == 1
    assert len(only(run(g, ["期间学校关闭。"], ["Schools closed during the pandemic."]), "term-missing")) == 1
    # 流行病 holds 流行, the listed 大流行 cut short: inside the sibling word it is that word, no slip
    en = ["Such underestimation often occurs in pandemics."]
    assert only(run(g, ["低估在流行病领域经常发生。"], en), "term-missing") == []
    # the listed form cut short on its own is still a slip, and reported
    assert len(only(run(g, ["低估在流行期间经常发生，疫情也是。"], en), "term-missing")) == 1


def test_a_term_inside_a_coordinated_contraction_whose_other_member_is_a_term() -> None:
    """化放疗 holds 化疗 beside a matched 放疗: the shared head is inside that match."""
    g = Glossary.build([CHEMO, Concept("radio", "放疗", "radiation therapy")], "g.csv")
    en = ["Most are candidates for combined modality chemotherapy and radiation therapy."]
    assert only(run(g, ["多数患者适合行联合化放疗。"], en), "term-missing") == []
    assert len(only(run(g, ["多数患者适合行联合放疗。"], en), "term-missing")) == 1


def test_an_english_treatment_said_by_its_chinese_head_under_its_modifier() -> None:
    """"induction chemotherapy" = 诱导治疗: the modifier says which therapy; a verb before the term does not.
    The head is an ending of a listed form (治疗 of 化学治疗)."""
    g = gl(Concept("chemo", "化疗", "chemotherapy", zh_admitted=("化学治疗",)))
    assert only(run(g, ["评估诱导治疗的缓解效果。"], ["The induction chemotherapy effect was assessed."]),
                "term-missing") == []
    assert len(only(run(g, ["患者接受了治疗。"], ["The patients received chemotherapy."]), "term-missing")) == 1
    assert len(only(run(g, ["评估治疗的缓解效果。"], ["The induction chemotherapy effect was assessed."]),
                    "term-missing")) == 1


def test_a_contraction_holding_another_matched_term_renders_the_listed_form() -> None:
    """新冠状病毒 is 新型冠状病毒 contracted (型 dropped); the matcher takes the 冠状病毒 inside it for "coronavirus",
    which masks it, and the contraction is still there in the unmasked text. Another word stays a finding."""
    g = Glossary.build([Concept("ncov", "新型冠状病毒", "novel coronavirus", en_admitted=("nCoV",)),
                        Concept("cov", "冠状病毒", "coronavirus")], "g.csv")
    en = ["The origin of nCoV is unclear, but it is most closely related to a bat coronavirus."]
    found = only(run(g, ["新冠状病毒的来源尚不清楚，但它与蝙蝠中的冠状病毒最接近。"], en), "term-missing")
    assert found == []
    found = only(run(g, ["这种病毒的来源尚不清楚，但它与蝙蝠中的冠状病毒最接近。"], en), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("en", "新型冠状病毒")]


def test_a_near_variant_where_the_chinese_term_should_be_is_named() -> None:
    # 临床实验 for the glossary's 临床试验: one character off, the wrong term a reviewer looks for
    g = Glossary.build([Concept("trial", "临床试验", "clinical trial")])
    (f,) = only(run(g, ["这些药物正在进行临床实验。"], ["These drugs are in clinical trials."]), "term-missing")
    assert f.message == "“clinical trials” has no 「临床试验」 in the aligned Chinese (it has 「临床实验」)"
    # another word sharing two characters is no variant: the plain message
    (f,) = only(run(g, ["这些药物的临床表现良好。"], ["These drugs are in clinical trials."]), "term-missing")
    assert f.message == "“clinical trials” has no 「临床试验」 in the aligned Chinese"
    # a variant starts and ends where the words do: 益生功 of 益生功能 is no variant of 益生菌
    g = Glossary.build([Concept("probiotic", "益生菌", "probiotic")])
    (f,) = only(run(g, ["它具有益生功能。"], ["It has probiotic functions."]), "term-missing")
    assert f.message == "“probiotic” has no 「益生菌」 in the aligned Chinese"
    # nor one with another first character: 尚流行 ("still circulating") beside 大流行
    g = Glossary.build([Concept("pandemic", "大流行", "pandemic")])
    (f,) = only(run(g, ["在病毒尚流行期间。"], ["In the midst of a pandemic."]), "term-missing")
    assert f.message == "“pandemic” has no 「大流行」 in the aligned Chinese"


def test_a_word_the_english_says_itself_is_no_near_variant() -> None:
    """review44: 高血糖 is one character off 高血压, but the English says its own "hyperglycemia": naming it as the
    variant written for "hypertension" points at the wrong word. 淋巴癌 = "lymphoma" for 淋巴瘤 stays named: the
    sense the English has is the missing term's own."""
    g = Glossary.build([Concept("htn", "高血压", "hypertension")])
    (f,) = only(run(g, ["患者有高血糖。"], ["The patients had hypertension and hyperglycemia."]), "term-missing")
    assert f.message == "“hypertension” has no 「高血压」 in the aligned Chinese"
    g = Glossary.build([Concept("lymphoma", "淋巴瘤", "lymphoma")])
    (f,) = only(run(g, ["他患有淋巴癌。"], ["He has lymphoma."]), "term-missing")
    assert f.message == "“lymphoma” has no 「淋巴瘤」 in the aligned Chinese (it has 「淋巴癌」)"


def test_a_term_inside_a_longer_glossary_term_of_its_kind_is_rendered_by_it() -> None:
    """辅助化疗 "adjuvant chemotherapy" holds 化疗 "chemotherapy" in both languages: its match renders
    "chemotherapy" (either direction), though the matcher took the span; a longer term holding the form in one
    language only (分泌组学 "secretomics") still is another concept."""
    adjuvant = Concept("adj", "辅助化疗", "adjuvant chemotherapy")
    g = gl(CHEMO, adjuvant)
    assert term_missing(g, ["比较各种术后辅助化疗方案。"], ["Postoperative chemotherapy regimens were compared."]) == []
    assert term_missing(g, ["患者接受化疗。"], ["The patients received adjuvant chemotherapy."]) == [
        "“adjuvant chemotherapy” has no 「辅助化疗」 in the aligned Chinese"]  # 化疗 is rendered; "adjuvant" is not
    assert term_missing(g, ["患者接受放疗。"], ["The patients received chemotherapy."]) != []
    # the one 辅助化疗 renders the source's own "adjuvant chemotherapy", not the other "chemotherapy" too
    later = "They received adjuvant chemotherapy, and later chemotherapy was given again."
    assert term_missing(g, ["患者接受辅助化疗。"], [later]) == [
        "“chemotherapy” has no 「化疗」 in the aligned Chinese"]
    omics = gl(Concept("sec", "分泌组", "secretome"), Concept("omics", "分泌组学", "secretomics"))
    assert term_missing(omics, ["分泌组学研究。"], ["Secretome research."]) != []


def test_a_summary_says_its_lines_are_those_of_the_side_that_has_the_term() -> None:
    """"(lines 3, 11 and 264)" named the Chinese sentences' lines and read as the English ones, which the message
    had just named ("in the aligned English of 3 sentences"); the side is said."""
    g = Glossary.build([Concept("assay", "检测", "assay")])
    zh = ["本研究纳入患者。", "研究持续两年。", "研究组有效。"]
    en = ["This assay enrolled patients.", "The assay lasted two years.", "The assay group responded."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert f.message == "“assay” has no 「检测」 in the aligned Chinese of 3 sentences (English lines 5, 6 and 7)"
    assert f.location.line == 5
QUALITY = Glossary.build([Concept("q", "质量", "quality"), Concept("s", "护理", "nursing")], "g.csv")


def test_a_term_left_in_english_in_the_chinese_is_asked_no_excuse() -> None:
    """护理服务quality: the Chinese keeps the English word, so the term is neither left out (as "the quality" named
    before may be, given-again) nor said otherwise; reported. Left out, or glossed in brackets after Chinese of the
    translator's own (品质（quality）), the excuses are asked as before."""
    zh = ["护理质量是医院管理的核心。"]
    en = ["Nursing quality is the core of hospital management.",
          "Nursing safety is an important index of the quality of nursing services."]
    assert term_missing(QUALITY, zh + ["护理安全是衡量护理服务quality的一项重要指标。"], en) == \
        ["“quality” has no 「质量」 in the aligned Chinese"]
    assert term_missing(QUALITY, zh + ["护理安全是衡量护理服务的一项重要指标。"], en) == []
    assert term_missing(QUALITY, zh + ["护理安全是衡量护理服务品质（quality）的一项重要指标。"], en) == []


def test_a_term_left_in_english_is_not_balanced_by_a_neighbour() -> None:
    """The next Chinese sentence names 质量 where its English does not (a term moved next door, as `term_balance`
    reads a deficit); but this bead keeps "quality" in English in its place, so the term was not moved: reported."""
    zh = ["护理安全是衡量护理服务quality的一项重要指标。", "质量管理是医院管理的核心。"]
    en = ["Nursing safety is an important index of the quality of nursing services.",
          "Management is the core of hospital management."]
    assert term_missing(QUALITY, zh, en)[:1] == ["“quality” has no 「质量」 in the aligned Chinese"]


def test_a_chinese_term_split_by_de_is_the_term() -> None:
    """命名的路由 for 命名路由 "named route": 的 between a modifier and its head leaves the term (stop 50, pres50);
    a longer word made of it (命名的路由器, a router) is none."""
    g = Glossary.build([Concept("named", "命名路由", "named route"), Concept("route", "路由", "route"),
                        Concept("router", "路由器", "router")], "g.csv")
    assert only(run(g, ["也可以重定向到一个命名的路由。"], ["It can also redirect to a named route."]),
                "term-missing") == []  # fails before
    found = only(run(g, ["也可以交给一个命名的路由器。"], ["It can also go to a named route."]), "term-missing")
    assert "named route" in found[0].message
    assert zh_split_by_de(["命名路由"], "命名的路由") and not zh_split_by_de(["命名路由"], "命名的路由器", [(3, 6)])
    assert not zh_split_by_de(["路由"], "路的由")  # a part of one character is no word
    # a word ending in the modifier, or a negation before it, is another modifier (review50b S1)
    assert not zh_split_by_de(["命名路由"], "你可以为未命名的路由设置一个默认标题。")
    assert not zh_split_by_de(["命名路由"], "给重命名的路由设置标题。")
    assert not zh_split_by_de(["命名路由"], "你可以为没有命名的路由设置一个默认标题。")  # S8
    assert not zh_split_by_de(["命名路由"], "你可以为不需要命名的路由设置一个默认标题。")
    assert zh_split_by_de(["命名路由"], "你可以为命名的路由设置一个默认标题。")


def test_two_source_matches_side_by_side_are_one_phrase_for_a_nested_rendering() -> None:
    """"the children routes", matched as "children" (child route, admitted) and "routes", is 子路由 "child route",
    which holds 路由 (stop 50, pres50); a Chinese without 路由 still lacks it."""
    g = Glossary.build([Concept("route", "路由", "route"),
                        Concept("child", "子路由", "child route", en_admitted=("children",))], "g.csv")
    assert only(run(g, ["你通常会给子路由命名。"], ["You usually name the children routes."]),
                "term-missing") == []  # fails before
    found = only(run(g, ["你通常会给它们命名。"], ["You usually name the children routes."]), "term-missing")
    assert [f.lang for f in found] == ["en"]  # one finding for the bead (both concepts lack their Chinese)


def test_an_english_term_whose_words_hold_another_concept_renders_it_when_the_chinese_names_only_that() -> None:
    """时间序列数据 ↔ "time series data": the English match is of 时序数据 "time series data" (its Chinese an
    abbreviated form, 时序, so it does not hold 时间序列), which the Chinese does not name; its words still say
    "time series", the English of 时间序列 (stop 55, iotdb-g). A Chinese naming the longer concept, or an English
    without the words, is as before."""
    g = gl(Concept("ts", "时间序列", "time series"), Concept("tsd", "时序数据", "time series data"))
    assert term_missing(g, ["系统存储时间序列数据。"], ["The system stores time series data."]) == []  # fails before
    assert term_missing(g, ["系统存储时间序列数据。"], ["The system stores sensor data."]) == [
        "「时间序列」 has no “time series” in the aligned English"]
    assert term_missing(g, ["系统存储时序数据和时间序列。"], ["The system stores time series data."]) != []
    # a Chinese target is not read by words: 分泌组学 (secretomics) is still no rendering of 分泌组 (secretome)
    omics = gl(Concept("sec", "分泌组", "secretome"), Concept("omics", "分泌组学", "secretomics"))
    assert term_missing(omics, ["分泌组学研究。"], ["Secretome research."]) != []


def test_a_cross_reference_linking_another_section_keeps_its_finding(tmp_path: Path) -> None:
    """review56 R3: "See [Adapt to PC Browsers](#/en-US/advanced-usage#adapt-to-pc-browsers)." over 参见[主题定制](…
    #zhu-ti-ding-zhi)。 — the Chinese links another section of the same page (theme customization); the missing
    「浏览器」 is the only sign of the wrong cross-reference, so the link text's term is reported where it stands (on
    a documentation page: one with a code block)."""
    code = "```js\nimport '@vant/touch-emulator';\n```\n"
    zh = ("# 常见问题\n\n### 如何在桌面端使用组件？\n\n"
          "组件默认只适配了移动端设备，在桌面端浏览器中使用时需要引入额外的适配模块。\n\n"
          "参见[主题定制](#/zh-CN/advanced-usage#zhu-ti-ding-zhi)。\n\n" + code)
    en = ("# FAQ\n\n### How to use the components on desktop?\n\nThe components are adapted to mobile devices by "
          "default; using them in a desktop browser needs an extra adapter module.\n\n"
          "See [Adapt to PC Browsers](#/en-US/advanced-usage#adapt-to-pc-browsers).\n\n" + code)
    assert page_term_lines(tmp_path, zh, en, "browser,浏览器,browser,browsers,\n", "en") == [7]


def test_documentation_keeping_the_english_term_in_its_chinese_renders_it(tmp_path: Path) -> None:
    """Lead's decision at stop 69 (issue 11, class 7: a term kept in the original language is a rendering of the
    concept, not a missing term): a page pair that writes code (a code span or block) and keeps the glossary's
    English word in its Chinese prose, once, glued or set off, in another grammatical number, says the term."""
    g = "request,请求,request\n"
    code = "\n\n```bash\nmake\n```\n"
    en = "The upstream client sends the request to the proxy."
    for zh in ("上游client发送request到代理。", "上游 client 将 request 发送到代理。",
               "上游client发送Requests到代理。"):
        assert page_term_missing(tmp_path, zh + code, en + code, g) == [], zh
    spans = "\n\n运行 `make` 即可。\n\n再运行 `make test`。\n"  # code spans in two blocks of each language
    spans_en = "\n\nRun `make`.\n\nThen run `make test`.\n"
    assert page_term_missing(tmp_path, "上游client发送request到代理。" + spans, en + spans_en, g) == []


def test_documentation_keeping_another_english_word_still_lacks_the_term(tmp_path: Path) -> None:
    """The guard of the stop-69 decision: a kept English word that is not the term (the Chinese keeps "message"
    where the English says "request") renders nothing, and a term dropped from the Chinese is still reported."""
    g = "request,请求,request\n"
    code = "\n\n```bash\nmake\n```\n"
    en = "The upstream client sends the request to the proxy."
    assert len(page_term_missing(tmp_path, "上游 client 将 message 发送到代理。" + code, en + code, g)) == 1
    assert len(page_term_missing(tmp_path, "上游 client 将数据发送到代理。" + code, en + code, g)) == 1


def test_a_manuscript_without_code_keeping_the_english_term_still_lacks_it(tmp_path: Path) -> None:
    """The stop-69 decision is for documentation only: a journal article or thesis (no code span, no fence) that
    keeps "chemotherapy" in its Chinese prose has left the term in English, reported as before."""
    assert len(only(run(gl(CHEMO), ["患者接受了chemotherapy。"], ["The patients received chemotherapy."]),
                    "term-missing")) == 1
    g = "request,请求,request\n"
    assert len(page_term_missing(tmp_path, "上游client发送request到代理。",
                                 "The upstream client sends the request to the proxy.", g)) == 1


def test_a_markdown_manuscript_naming_one_tool_in_backticks_still_lacks_its_kept_terms(tmp_path: Path) -> None:
    """review69 R1: a Markdown article whose Methods name one package in backticks is no documentation; the English
    words its Chinese keeps glued to the characters (肝脏death的, 抗tumor) are terms left in English, reported as they
    are without the backticks. A page pair with a code block is documentation (the stop-69 decision)."""
    from tests.checks.terms_kit import page_term_findings

    g = "death,死亡,death\ntumor,肿瘤,tumor\n"
    zh = "# 方法\n\n我们用 `limma` 软件包比较两组样本。\n\n# 结果\n\n感染是肝移植患者death的首要原因。\n\n" \
         "抗tumor药物延长了无进展生存期。\n"
    en = "# Methods\n\nWe compared the two groups of samples with the `limma` package.\n\n# Results\n\n" \
         "Infection is the leading cause of death in liver transplant patients.\n\n" \
         "Anti-tumor drugs prolonged progression-free survival.\n"
    found = page_term_findings(tmp_path, zh, en, g)  # fails on 68b1558d (no finding)
    assert sorted(f.message for f in found) == ["“death” has no 「死亡」 in the aligned Chinese",
                                                "“tumor” has no 「肿瘤」 in the aligned Chinese"]
    bare = page_term_findings(tmp_path, zh.replace("`", ""), en.replace("`", ""), g)
    assert len(bare) == 2  # the backticks decide nothing
    fence = "\n```r\nlibrary(limma)\n```\n"
    assert page_term_findings(tmp_path, zh + fence, en + fence, g) == []  # documentation: kept English renders


def test_a_latex_thesis_quoting_words_with_backticks_still_lacks_its_kept_terms(tmp_path: Path) -> None:
    """review69 R8: a LaTeX thesis writing `early' and `late' (LaTeX's single quotes) is no documentation, whatever
    a regex over its raw text reads as a code span: 患者death的 and 抗tumor in its Chinese abstract are terms left in
    English."""
    from zhen_qa.checks.run import Flags, check_file

    tex = ("\\documentclass{ctexart}\n\\title{肝癌患者的预后分析}\n\\begin{document}\n\\begin{abstract}\n"
           "感染是肝移植患者death的首要原因。抗tumor药物延长了无进展生存期。\n\\end{abstract}\n"
           "\\begin{abstract*}\n"
           "Infection is the leading cause of death in liver transplant patients, as the `early' and `late' groups "
           "show. Anti-tumor drugs prolonged progression-free survival.\n\\end{abstract*}\n"
           "\\section{引言}\n本文介绍研究背景。\n\\end{document}\n")
    (tmp_path / "main.tex").write_text(tex, encoding="utf-8")
    (tmp_path / "g.csv").write_text("id,zh,en\ndeath,死亡,death\ntumor,肿瘤,tumor\n", encoding="utf-8")
    result = check_file(str(tmp_path / "main.tex"), None, Flags(glossaries=(str(tmp_path / "g.csv"),)))
    found = sorted(f.message for f in result.findings if f.rule == "term-missing")  # fails on 6a1968c8 (none)
    assert found == ["“death” has no 「死亡」 in the aligned Chinese", "“tumor” has no 「肿瘤」 in the aligned Chinese"]


DEPRECATING = "id,zh,en,zh_admitted,en_admitted,zh_deprecated"
"""A glossary header with the deprecated Chinese terms column."""
DOC_FENCE = "\n\n```bash\nkubectl get pods\n```\n"
"""A code block: the page pair is documentation (`presence_usage.is_documentation`)."""


def test_documentation_keeping_an_english_word_the_glossary_deprecates_in_chinese_lacks_the_term(
        tmp_path: Path) -> None:
    """Stop 70: the stop-69 leniency (documentation keeping the English term in its Chinese renders it) is the
    default; a glossary listing the English word among the concept's deprecated Chinese terms says the Chinese must
    translate it, and the Chinese keeping the word in another case or number lacks the term, as a manuscript's
    does. Fails on 6c96384d (no finding: the kept word was a rendering, or the kept-original excuse)."""
    from tests.checks.terms_kit import page_term_findings

    g = "label,标签,label,,labels,label\n"
    en = "The scheduler records the result as a label."
    for zh in ("调度器以 Label 的形式记录结果。", "调度器以 labels 的形式记录结果。"):
        found = page_term_findings(tmp_path, zh + DOC_FENCE, en + DOC_FENCE, g, DEPRECATING)
        assert [f.message for f in found] == ["“label” has no 「标签」 in the aligned Chinese"], zh
    # without the deprecated English word, the stop-69 decision stands: the kept word renders the term
    assert page_term_findings(tmp_path, "调度器以 Label 的形式记录结果。" + DOC_FENCE, en + DOC_FENCE,
                              "label,标签,label,,labels,标记\n", DEPRECATING) == []
    assert page_term_findings(tmp_path, "调度器以 Label 的形式记录结果。" + DOC_FENCE, en + DOC_FENCE,
                              "label,标签,label,,labels\n") == []


def test_a_glossary_deprecating_the_english_word_leaves_the_chinese_term_and_a_real_drop_as_they_were(
        tmp_path: Path) -> None:
    """The real defects of the same shape: the term dropped, or said by another word, is still reported; the
    glossary's own Chinese term renders it as before (the deprecation reports nothing new there)."""
    from tests.checks.terms_kit import page_term_findings

    g = "label,标签,label,,labels,label\n"
    en = "The scheduler records the result as a label."
    assert page_term_findings(tmp_path, "调度器以标签的形式记录结果。" + DOC_FENCE, en + DOC_FENCE, g,
                              DEPRECATING) == []
    for zh in ("调度器记录结果。", "调度器以 tag 的形式记录结果。"):
        found = page_term_findings(tmp_path, zh + DOC_FENCE, en + DOC_FENCE, g, DEPRECATING)
        assert [f.message for f in found] == ["“label” has no 「标签」 in the aligned Chinese"], zh


def test_a_tbx_termbase_deprecating_the_english_word_in_its_chinese_section_is_read_the_same_way(
        tmp_path: Path) -> None:
    """The termbase's own way of saying it: the English word as a term of the Chinese section with the status
    deprecatedTerm-admn-sts (TBX-Basic). Fails on 6c96384d (documentation keeping "Label": no finding)."""
    from zhen_qa.checks.run import Flags, check_file

    tbx = ('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" '
           'xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc>'
           '</tbxHeader><text><body><conceptEntry id="label"><langSec xml:lang="zh">'
           '<termSec><term>标签</term></termSec><termSec><term>label</term><termNote type="administrativeStatus">'
           'deprecatedTerm-admn-sts</termNote></termSec></langSec><langSec xml:lang="en"><termSec><term>label</term>'
           '</termSec></langSec></conceptEntry></body></text></tbx>\n')
    (tmp_path / "g.tbx").write_text(tbx, encoding="utf-8")
    (tmp_path / "p.zh.md").write_text("调度器以 Label 的形式记录结果。" + DOC_FENCE, encoding="utf-8")
    (tmp_path / "p.en.md").write_text("The scheduler records the result as a label." + DOC_FENCE, encoding="utf-8")
    result = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"),
                        Flags(glossaries=(str(tmp_path / "g.tbx"),)))
    assert [f.message for f in result.findings if f.rule == "term-missing"] == [
        "“label” has no 「标签」 in the aligned Chinese"]


def test_a_kept_english_word_the_glossary_deprecates_lacks_the_term_in_any_case_or_number(tmp_path: Path) -> None:
    """review70 R3: the English word the glossary lists among the concept's deprecated Chinese terms, kept in the
    Chinese with a capital (Labels, Label) beside English "labels", lacks the term as the lower-case word does: a
    capital makes no name of a word the glossary says the Chinese must translate, and no excuse of a term left out
    or referred back (the pronoun "them" after it) applies to a word that stands there. Page pairs with and without
    a code block. Fails on 64c86664 (the capitalised forms: no finding)."""
    from tests.checks.terms_kit import page_term_findings

    g = "label,标签,label,,,label\n"
    en = "# Labels\n\nOnce you attach labels to a pod, the controller picks them up.\n\nA label is a key and a value."
    zh = "# 标签\n\n给 Pod 加上 {} 之后，控制器会读取它们。\n\n标签由键和值组成。"
    for kept in ("Labels", "Label", "labels", "LABELS"):
        for fence in (DOC_FENCE, ""):
            found = page_term_findings(tmp_path, zh.format(kept) + fence, en + fence, g, DEPRECATING)
            assert [(f.message, f.location.line) for f in found] == [
                ("“labels” has no 「标签」 in the aligned Chinese", 3)], (kept, fence)
    # the English word singular, the Chinese keeping it plural and capitalised
    one = "# Labels\n\nOnce you attach a label to a pod, the controller picks it up.\n\nA label is a key and a value."
    found = page_term_findings(tmp_path, zh.format("Labels") + DOC_FENCE, one + DOC_FENCE, g, DEPRECATING)
    assert [f.message for f in found] == ["“label” has no 「标签」 in the aligned Chinese"]


def test_a_deprecated_english_word_inside_code_or_a_name_of_code_is_no_word_kept(tmp_path: Path) -> None:
    """What the R3 mend leaves as it was: the glossary's Chinese term renders the concept; a real drop (the word
    neither kept nor translated) is still reported; the word as a field's name in a code span on both sides is code,
    not the word left untranslated (`presence_kept.kept_in_prose`, tested in test_presence_kept)."""
    from tests.checks.terms_kit import page_term_findings

    g = "label,标签,label,,,label\n"
    en = "Once you attach labels to a pod, the controller picks them up."
    written = page_term_findings(tmp_path, "给 Pod 加上标签之后，控制器会读取它们。" + DOC_FENCE, en + DOC_FENCE, g,
                                 DEPRECATING)
    assert written == []
    dropped = page_term_findings(tmp_path, "给 Pod 配置之后，控制器会读取配置。" + DOC_FENCE, en + DOC_FENCE, g,
                                 DEPRECATING)
    assert [f.message for f in dropped] == ["“labels” has no 「标签」 in the aligned Chinese"]
    in_code = page_term_findings(tmp_path, "给 Pod 设置 `labels` 字段之后，控制器会读取它们。" + DOC_FENCE,
                                 "Once you set the `labels` field of a pod, the controller picks them up."
                                 + DOC_FENCE, g, DEPRECATING)
    assert in_code == []  # the field's name in a code span on both sides: no term of the prose
