"""Discovery's English evidence for two Chinese forms: the shared rendering it names."""
from __future__ import annotations

from collections import Counter

from zhen_qa.glossary.discover.collect import FormStat
from zhen_qa.glossary.discover.zh_variants import shared_rendering


def _form(english: list[tuple[str, int]], aligned: int) -> FormStat:
    return FormStat(count=aligned, first=("s", 0, 2), context="", english=Counter(dict(english)), aligned=aligned)


def test_a_tie_is_broken_the_same_way_whatever_the_counters_order() -> None:
    # Both stems occur in every aligned sentence of both forms and only there: equal scores.
    df = {"regenerativ": 4, "medicin": 4}
    one = shared_rendering(_form([("regenerativ", 2), ("medicin", 2)], 2),
                           _form([("regenerativ", 2), ("medicin", 2)], 2), df)
    other = shared_rendering(_form([("medicin", 2), ("regenerativ", 2)], 2),
                             _form([("medicin", 2), ("regenerativ", 2)], 2), df)
    assert one == other == "medicin"


def test_the_higher_score_wins_over_alphabetical_order() -> None:
    df = {"alpha": 10, "secretom": 4}  # alpha also occurs far from the forms: less specific
    x = _form([("alpha", 2), ("secretom", 2)], 2)
    y = _form([("alpha", 2), ("secretom", 2)], 2)
    assert shared_rendering(x, y, df) == "secretom"


def test_no_rendering_without_an_aligned_occurrence() -> None:
    assert shared_rendering(_form([], 0), _form([("x", 1)], 1), {"x": 1}) == ""


def _pairs(sentences: list[tuple[str, str]]) -> list:
    """The Chinese variant pairs discovered in these (Chinese, aligned English) sentences."""
    from zhen_qa.glossary.discover.collect import FINAL_CHARS, Collector
    from zhen_qa.glossary.discover.zh_variants import zh_pairs

    collector = Collector(FINAL_CHARS)
    for i, (zh, en) in enumerate(sentences):
        collector.add_zh(zh, i, en)
    return zh_pairs(collector.stats)


SECRETOME = [("分泌组很重要。", "The secretome matters."), ("分泌物组很重要。", "The secretome matters."),
             ("研究分泌组。", "We study the secretome."), ("分泌物组的作用。", "The role of the secretome.")]
"""分泌组 / 分泌物组, one term with a morpheme inserted, twice each with its English."""
CONFUCIUSORNIS = [("孔子鸟类的化石很多。", "Fossils of Confuciusornithiformes are many."),
                  ("孔子鸟形类的牙齿退化。", "The teeth of Confuciusornithiformes were lost.")]
"""孔子鸟类 / 孔子鸟形类: 形 inserted before the one final 类."""


def test_an_inserted_morpheme_that_makes_a_word_with_the_final_is_another_compound() -> None:
    """放射 + 治疗 and 放射 + 病 share "radiation" but are two compounds; 分泌 + 物组 / 分泌 + 组 is one term."""
    sentences = [("患者接受放射治疗。", "Patients received radiation therapy."),
                 ("放射治疗有效。", "Radiation therapy works."),
                 ("放射病是一种损伤。", "Radiation sickness is an injury."),
                 ("放射病较少见。", "Radiation sickness is rare."),
                 *SECRETOME]
    assert [(p.a, p.b, p.kind) for p in _pairs(sentences)] == [("分泌组", "分泌物组", "insert")]
    assert [(p.a, p.b, p.kind) for p in _pairs(CONFUCIUSORNIS)] == [("孔子鸟类", "孔子鸟形类", "insert")]


def test_two_dictionary_words_with_no_sense_in_common_are_not_a_pair() -> None:
    """生物体 ("organism") and 生物学 ("biology") share a stem and a final but are two words; 分泌组 / 分泌物
    (the first unknown to the dictionary) stay a pair."""
    sentences = [("生物体的适应是生物学问题。", "Adaptation of the organism is a question of biology."),
                 ("生物学研究生物体。", "Biology studies the organism."),
                 ("分泌组很重要。", "The secretome matters."),
                 ("分泌物很重要。", "The secretome matters."),
                 ("研究分泌组。", "We study the secretome."),
                 ("分泌物的作用。", "The role of the secretome.")]
    assert [(p.a, p.b) for p in _pairs(sentences)] == [("分泌物", "分泌组")]


def test_a_rendering_of_the_shared_stem_is_no_evidence_for_two_heads() -> None:
    """人智医学 / 人智医疗 share "anthroposophic" (the stem) but their heads 医学 (medicine) and 医疗 (care) differ;
    再生医学 / 再生医疗 both rendered "medicine" are one term."""
    sentences = [("人智医学是一种治疗体系。", "Anthroposophic medicine is a treatment system."),
                 ("人智医学与传统医学结合。", "Anthroposophic medicine is combined with conventional medicine."),
                 ("人智医疗由医生提供。", "Anthroposophic healthcare is provided by doctors.")]
    assert _pairs(sentences) == []
    sentences = [("再生医学发展迅速。", "Regenerative medicine grows fast."),
                 ("再生医疗前景广阔。", "Regenerative medicine has a bright future.")]
    assert [(p.a, p.b) for p in _pairs(sentences)] == [("再生医学", "再生医疗")]


def test_an_inserted_morpheme_making_a_cedict_word_is_another_compound() -> None:
    """细胞亚类 is 细胞 + 亚类 (subclass), a word CC-CEDICT knows though jieba does not: not 细胞型 with 亚 added."""
    sentences = [("淋巴细胞亚类的特征。", "Features of the lymphocyte subtypes."),
                 ("混合细胞型的特征。", "Features of the mixed cellularity subtype.")]
    assert _pairs(sentences) == []


def test_an_omics_compound_is_another_compound_than_the_stems_thing() -> None:
    """代谢组学 is 代谢 + 组学 ("-omics": metabolomics), not 代谢物 ("metabolite") with 组 inserted."""
    sentences = [("代谢组学是对内源性代谢物的综合评估。", "Metabolomics is the assessment of endogenous metabolites."),
                 ("代谢物及其代谢途径的分离。", "Separation of metabolites and their pathways."),
                 ("代谢组学在动物营养中的研究。", "The research of metabolomics in animal nutrition."),
                 ("代谢组学研究平台不断完善。", "The metabolomics research platform improves.")]
    assert _pairs(sentences) == []


def test_a_form_used_once_inside_a_compound_is_not_a_variant_without_a_shared_rendering() -> None:
    """敏感性 in 甲氧西林敏感性金黄色葡萄球菌 ("methicillin-susceptible") beside 敏感度 ("sensitivity")."""
    from zhen_qa.glossary.discover.collect import Collector
    from zhen_qa.glossary.discover.groups import FINALS, find_groups

    def groups(zh: list[str], en: list[str]) -> list[tuple[str, ...]]:
        c = Collector(FINALS)
        for i, (z, e) in enumerate(zip(zh, en)):
            c.add_zh(z, i, e)
        return [g.forms for g in find_groups(c.stats)]

    zh = ["斑贴试验的敏感度较低。", "皮内试验的敏感度较高。", "在甲氧西林敏感性金黄色葡萄球菌感染患者中死亡率较低。"]
    en = ["The sensitivity of patch testing is low.", "Intradermal testing has a higher sensitivity.",
          "Mortality was lower among patients with methicillin-susceptible Staphylococcus aureus infection."]
    assert groups(zh, en) == []
    # the same form on its own, or with the term's rendering in its English, is a variant
    alone = zh[:2] + ["该方法的敏感性较低。"]
    assert groups(alone, en[:2] + ["The method's sensitivity was low."]) == [("敏感度", "敏感性")]
    assert groups(zh, en[:2] + ["The sensitivity was lower among patients with Staphylococcus aureus."]) == [
        ("敏感度", "敏感性")]


def test_a_quality_and_its_degree_are_one_term_only_if_rendered_alike() -> None:
    """准确度 ("accurate") and 准确性 ("accuracy" of a prognosis) are two words; 敏感性 / 敏感度 both rendered
    "sensitivity" are one term written two ways. Without English the shape decides, as before."""
    sentences = [("该方法的准确度越来越高。", "The method is increasingly accurate."),
                 ("临床数据可提高预后的准确性。", "Clinical data improve prognostic accuracy.")]
    assert _pairs(sentences) == []
    sentences = [("斑贴试验的敏感度较低。", "The sensitivity of patch testing is low."),
                 ("该方法的敏感性较低。", "The method's sensitivity was low.")]
    assert [(p.a, p.b) for p in _pairs(sentences)] == [("敏感度", "敏感性")]
    assert [(p.a, p.b) for p in _pairs([(zh, "") for zh, _en in sentences])] == [("敏感度", "敏感性")]
    assert [(p.a, p.b) for p in _pairs([("该方法的准确度越来越高。", ""), ("提高预后的准确性。", "")])] == [
        ("准确度", "准确性")]


def test_a_rendering_of_the_stem_alone_or_of_a_latin_word_kept_in_the_chinese_is_no_evidence() -> None:
    """安慰剂组 (placebo group) and 安慰剂首剂 (first dose of placebo) are both aligned with "placebo", the word of
    their shared stem, and with "ubrogepant", a name the Chinese keeps in Latin letters beside them."""
    sentences = [("安慰剂组参与者服用ubrogepant片。", "Participants in the placebo group took ubrogepant tablets."),
                 ("在ubrogepant或安慰剂首剂给药后无疼痛。", "No pain after the first dose of ubrogepant or placebo.")]
    assert _pairs(sentences) == []
    assert _pairs([("安慰剂组参与者服药。", "Participants in the placebo group took tablets."),
                   ("安慰剂首剂给药后无疼痛。", "No pain after the first dose of placebo.")]) == []


def test_two_forms_facing_one_english_text_have_no_english_evidence() -> None:
    """主龙型类 and 主龙类 in two Chinese sentences of one bead: every word of the one English text is shared
    ("additional"), so none shows the two are one term; aligned apart, a shared rendering still does."""
    en = "Here we document archosauriform specimens and some additional bones from suchian archosaurs."
    one = [("本文描述了主龙型类化石，以及可以归入suchian的主龙类。", en), ("它们是首次记述的主龙型类。", en)]
    assert _pairs(one) == []
    apart = [("本文描述了主龙型类化石。", "Here we document archosauriform specimens."),
             ("它们是首次记述的主龙类。", "They are the first archosauriform material.")]
    assert [(p.a, p.b, p.evidence) for p in _pairs(apart)] == [("主龙类", "主龙型类", ("english:archosauriform",))]
    # one English text with a word the lexicon gives for the forms: that word still tells (tico2's similarity)
    en = "They analyzed the skeleton similarity of the compounds with the highest similar approved drugs."
    got = _pairs([("对照最高相似度药物，对化合物的骨架相似性进行了分析。", en)])
    assert [(p.a, p.b) for p in got] == [("相似度", "相似性")] and got[0].evidence[-1].startswith("english:similar")


def test_a_final_that_ends_a_word_of_the_shorter_form_is_no_inserted_morpheme() -> None:
    """抗体药物 ("antibody drug": 抗体 + 药物) and 抗体药糖型 ("antibody-drug glycoform") share 抗体药 and finals of
    one set (物, 型), but 物 ends the word 药物, which the longer form breaks: two compounds, not one term with a
    morpheme inserted, whatever English word both sentences share ("based"); 分泌组 / 分泌物组 stay a pair, and so do
    孔子鸟类 / 孔子鸟形类 (one final 类: 鸟类 ends the shorter, the longer inserts 形 before the same head)."""
    sentences = [("基于质谱建立抗体药糖型分析方法。", "A method for antibody glycoforms based on mass spectrometry."),
                 ("基于该方法可用于抗体药物分析。", "Based on this method, it suits biopharmaceuticals."),
                 *SECRETOME]
    assert [(p.a, p.b, p.kind) for p in _pairs(sentences)] == [("分泌组", "分泌物组", "insert")]
    assert [(p.a, p.b, p.kind) for p in _pairs(CONFUCIUSORNIS)] == [("孔子鸟类", "孔子鸟形类", "insert")]
    # an eponym's 氏 inserted before a disease final stays a pair though the shorter ends in a word (生病)
    sentences = [("艾迪生病很少见。", "Addison's disease is rare."),
                 ("艾迪生氏症需要治疗。", "Addison's disease needs treatment.")]
    assert [(p.a, p.b) for p in _pairs(sentences)] in ([("艾迪生病", "艾迪生氏症")], [("艾迪生氏症", "艾迪生病")])
