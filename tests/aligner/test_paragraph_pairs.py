"""Paragraphs paired first (`aligner.paragraph_pairs`): a Chinese paragraph of one ；-joined sentence written as eight
English sentences keeps all eight, the next paragraph is not shifted, and a paragraph with no English is one run."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.pairing import sentences_of
from zhen_qa.aligner.paragraph_pairs import (
    capped_joined,
    has_paragraphs,
    lone_joined,
    paragraphs,
    says_beside,
    unrelated_apart,
)
from zhen_qa.cli import main
from zhen_qa.manuscript.document import Bead, Block, Role
from zhen_qa.manuscript.source import MappedText, SourceText

ZH = ("糖尿病是一种常见的慢性代谢疾病。长期高血糖会损害心脏、肾脏和眼睛。\n\n"
      "在临床研究方面，本研究纳入了三家医院的患者，收集了年龄、体重和血糖数据；在统计分析方面，采用多元回归模型分析危险因素，"
      "并用交叉验证评估模型；在药物治疗方面，比较了二甲双胍与胰岛素的疗效，记录了不良反应和住院时间；在随访方面，对患者进行了"
      "为期两年的随访，测量了糖化血红蛋白和体重变化。\n\n"
      "结果显示，二甲双胍组的血糖控制优于胰岛素组。两组的不良反应发生率相近。\n\n"
      "综上所述，早期药物治疗可以显著改善糖尿病患者的长期预后，建议在基层医院推广。\n")
LAST = ("Glycated hemoglobin and changes in body weight were measured.")
EN = ("Diabetes is a common chronic metabolic disease. Long-term high blood glucose damages the heart, kidneys and "
      "eyes.\n\n"
      "In terms of clinical research, patients from three hospitals were included in this study. Age, body weight and "
      "blood glucose data were collected. In terms of statistical analysis, a multiple regression model was used to "
      "analyze risk factors. Cross-validation was used to evaluate the model. In terms of drug treatment, the efficacy "
      "of metformin and insulin was compared. Adverse reactions and length of hospital stay were recorded. In terms of "
      f"follow-up, patients were followed for two years. {LAST}\n\n"
      "The results showed that blood glucose control in the metformin group was better than in the insulin group. The "
      "incidence of adverse reactions was similar in the two groups.\n")
ADDED = "The study was funded by a grant from the national science foundation of the province."


def _beads(zh: str, en: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    ms = build_from_texts(zh, en, presplit=False)
    (pair,) = ms.pairs
    return [(b.zh, b.en) for b in pair.beads]


def test_a_one_sentence_paragraph_written_as_eight_english_sentences_keeps_all_eight() -> None:
    """The base aligner gave the Chinese sentence six of them (a bead's most) and left two as extra-target."""
    beads = _beads(ZH, EN)
    assert ((2,), tuple(range(2, 10))) in beads
    assert not [b for b in beads if not b[0]]


def test_a_paragraph_with_no_english_is_one_run_of_unpaired_chinese() -> None:
    beads = _beads(ZH, EN)
    assert beads[-1] == ((5,), ())
    assert [b for b in beads if 5 in b[0]] == [((5,), ())]


def test_an_english_sentence_the_paragraph_does_not_say_is_still_left_alone() -> None:
    """The real defect of the same shape: a sentence added to the paragraph fits its length, but says nothing of it."""
    beads = _beads(ZH, EN.replace(LAST, f"{LAST} {ADDED}"))
    assert ((), (10,)) in beads
    assert ((2,), tuple(range(2, 10))) in beads


def test_the_check_reports_the_untranslated_paragraph_once_and_no_extra_target(tmp_path: Path) -> None:
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text(ZH, encoding="utf-8")
    en.write_text(EN, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en)])
    assert "[untranslated]" in result.stdout and "a.zh.txt:7:1:" in result.stdout
    assert "extra-target" not in result.stdout
    assert "Total: 1 finding " in result.stdout


def test_a_latex_abstract_block_is_cut_into_its_paragraphs() -> None:
    text = "第一段的第一句。第一段的第二句。\n第二段只有一句。"
    source = SourceText.from_text("a.tex", text)
    block = Block(Role.ABSTRACT, "zh", MappedText(text, range(len(text)), source))
    cut = paragraphs([block])
    assert [b.text.text for b in cut] == ["第一段的第一句。第一段的第二句。", "第二段只有一句。"]
    assert cut[1].text.offsets[0] == text.index("第二段")


def test_one_sentence_a_block_is_no_paragraph_structure() -> None:
    """A file of one sentence a line is aligned sentence by sentence, as before."""
    def blocks(texts: list[str], lang: str) -> list[Block]:
        out = []
        for t in texts:
            source = SourceText.from_text("x", t)
            out.append(Block(Role.PARAGRAPH, lang, MappedText(t, range(len(t)), source)))
        return out

    zh = blocks(["第一句。", "第二句。"], "zh")
    assert not has_paragraphs(zh, blocks(["One.", "Two."], "en"), sentences_of)
    assert has_paragraphs(blocks(["第一句。第二句。", "第三句。"], "zh"), blocks(["One. Two.", "Three."], "en"),
                          sentences_of)


def test_a_sentence_deleted_from_a_paired_paragraph_is_still_reported() -> None:
    """The real defect inside a paired paragraph: its neighbour's English is wordy, so the Chinese sentence looks like
    the second half of a 2-1 bead (`unit_folds.join_halves`), but a paragraph's Chinese sentence stays alone."""
    zh = ZH.replace("两组的不良反应发生率相近。", "两组的不良反应发生率相近。二甲双胍组的住院时间更短。")
    en = EN.replace(" The incidence of adverse reactions was similar in the two groups.",
                    " Length of hospital stay was shorter in the metformin group.")
    beads = _beads(zh, en)
    assert ((4,), ()) in beads
    assert ((5,), (11,)) in beads


def test_a_lone_paragraph_joins_the_bead_beside_it_with_a_paragraph_more_on_the_other_side() -> None:
    beads = [Bead((0,), (0, 1), 0.5), Bead((1,), (), 0.6), Bead((2,), (2,), 0.5)]
    assert lone_joined(beads, [300, 50, 150], [900, 200, 440]) == [Bead((0, 1), (0, 1), 0.5), Bead((2,), (2,), 0.5)]


def test_a_lone_paragraph_joins_the_bead_whose_lengths_agree_only_with_it() -> None:
    """The translator wrote two Chinese paragraphs as one English paragraph, the first of them loosely."""
    beads = [Bead((0,), (0,), 0.5), Bead((1,), (), 0.8), Bead((2,), (1,), 0.5), Bead((3,), (2,), 0.5)]
    joined = lone_joined(beads, [248, 76, 81, 249], [423, 327, 355])
    assert joined == [Bead((0,), (0,), 0.5), Bead((1, 2), (1,), 0.5), Bead((3,), (2,), 0.5)]


def test_a_missing_paragraph_beside_a_bead_whose_lengths_agree_stays_alone() -> None:
    """haiyichip's abstract: the concluding paragraph has no English; the lengths of the pair before it do not agree
    better with it added."""
    beads = [Bead((0,), (0,), 0.5), Bead((1,), (1,), 0.5), Bead((2,), (2,), 0.6), Bead((3,), (), 0.8)]
    assert lone_joined(beads, [221, 420, 638, 98], [824, 1464, 1459]) == beads


def test_a_paragraph_the_english_moves_to_the_end_is_still_paired(tmp_path: Path) -> None:
    """Paragraph pairs are monotone; the moved paragraph is left alone on both sides and `moved.rejoin_moved` pairs it
    (the base reported its English as extra-target)."""
    zh_paras = ZH.strip().split("\n\n")[:3]
    en_paras = EN.strip().split("\n\n")
    zh, en = tmp_path / "m.zh.txt", tmp_path / "m.en.txt"
    zh.write_text("\n\n".join(zh_paras) + "\n", encoding="utf-8")
    en.write_text("\n\n".join(en_paras[1:] + en_paras[:1]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en)])
    assert "Total: 0 findings" in result.stdout, result.stdout


# review58: three paragraphs of an abstract (aim and methods / results / conclusion) and their English
VD_ZH = ("目的：探讨血清维生素D水平与老年人跌倒风险之间的关系。"
         "方法：选取2018年1月至2020年12月在我院就诊的老年患者320例，测定血清25-羟维生素D浓度。根据浓度将患者分为缺乏组、不足组和充足组。随访12个月，记录跌倒事件。\n\n"
         "结果：缺乏组跌倒发生率为28.6%，明显高于充足组的9.4%。多因素分析显示，维生素D缺乏是跌倒的独立危险因素。\n\n"
         "结论：老年人应定期检测维生素D水平，必要时给予补充。维生素D补充可能降低跌倒风险，但需进一步研究证实。\n")
VD_METHODS = ("Objective: To explore the relationship between serum vitamin D levels and the risk of falls in the "
              "elderly. Methods: A total of 320 elderly patients treated in our hospital from January 2018 to December "
              "2020 were selected, and the serum 25-hydroxyvitamin D concentration was measured. The patients were "
              "divided into a deficiency group, an insufficiency group and a sufficiency group according to the "
              "concentration. They were followed up for 12 months, and fall events were recorded.")
VD_INCIDENCE = ("Results: The incidence of falls in the deficiency group was 28.6%, significantly higher than 9.4% in "
                "the sufficiency group.")
VD_MULTI = "Multivariate analysis showed that vitamin D deficiency was an independent risk factor for falls."
VD_TEST = ("Conclusion: The elderly should have their vitamin D levels tested regularly and be given supplements when "
           "necessary.")
VD_MAY = "Vitamin D supplementation may reduce the risk of falls, but further research is needed."


def _check(tmp_path: Path, zh: str, en: str) -> str:
    zh_file, en_file = tmp_path / "v.zh.txt", tmp_path / "v.en.txt"
    zh_file.write_text(zh, encoding="utf-8")
    en_file.write_text(en, encoding="utf-8")
    return CliRunner().invoke(main, ["check", str(zh_file), "--en", str(en_file)]).stdout


def _vd_en(methods: str = VD_METHODS, results: str = f"{VD_INCIDENCE} {VD_MULTI}",
           conclusion: str = f"{VD_TEST} {VD_MAY}") -> str:
    return "\n\n".join(p for p in (methods, results, conclusion) if p) + "\n"


def test_the_three_paragraphs_translated_give_no_finding(tmp_path: Path) -> None:
    assert "Total: 0 findings" in _check(tmp_path, VD_ZH, _vd_en())


def test_an_added_claim_that_reuses_the_paragraphs_words_is_still_extra_target(tmp_path: Path) -> None:
    """review58 R7: the fold counted the stems an added sentence shares with the paragraph's Chinese, which a claim
    about the paragraph's own subject always has; it is now measured beyond what the paired English says."""
    added = "Vitamin D supplementation is therefore recommended for all elderly patients."
    out = _check(tmp_path, VD_ZH, _vd_en(conclusion=f"{VD_TEST} {VD_MAY} {added}"))
    assert f"[extra-target] no Chinese for: {added}" in out and "Total: 1 finding " in out, out
    added = "Patients with a history of fractures were excluded from the deficiency group."
    out = _check(tmp_path, VD_ZH, _vd_en(methods=f"{VD_METHODS} {added}"))
    assert f"[extra-target] no Chinese for: {added}" in out and "Total: 1 finding " in out, out


def test_a_sentence_moved_into_another_paragraph_is_still_paired(tmp_path: Path) -> None:
    """review58 R2: the moved sentence was folded into the paragraph it was moved to (it shares vitamin D and falls
    with its Chinese), so `moved.rejoin_moved` never saw it and its Chinese was reported untranslated."""
    out = _check(tmp_path, VD_ZH, _vd_en(methods=f"{VD_METHODS} {VD_MAY}", conclusion=VD_TEST))
    assert "Total: 0 findings" in out, out


def test_a_dropped_first_sentence_beside_a_merged_paragraph_is_reported_alone(tmp_path: Path) -> None:
    """review58 R4: results and conclusion merged into one English paragraph, the results' first sentence dropped:
    the results' second sentence is translated (it heads the merged paragraph) and only the first is untranslated."""
    out = _check(tmp_path, VD_ZH, _vd_en(results="", conclusion=f"{VD_MULTI} {VD_TEST} {VD_MAY}"))
    assert "[untranslated] no English for: 结果：缺乏组跌倒发生率为28.6%，明显高于充足组的9.4%。" in out, out
    assert "Total: 1 finding " in out, out


def test_an_added_paragraph_beside_a_condensed_one_is_one_extra_target_run(tmp_path: Path) -> None:
    """review58 R8: the condensed results paragraph's lengths agreed only with the added paragraph joined to it, so
    the two looked like one merged paragraph and the added sentences were paired or folded inside it."""
    condensed = ("Results: Falls were more frequent in the deficiency group (28.6% vs 9.4%); vitamin D deficiency was "
                 "an independent risk factor.")
    added = ("Vitamin D deficiency was more common among women in the elderly patients. Serum vitamin D levels in the "
             "deficiency group were lowest in winter.")
    out = _check(tmp_path, VD_ZH, _vd_en(results=f"{condensed}\n\n{added}"))
    assert "[extra-target] 2 sentences in a row (line 5) have no Chinese" in out, out
    assert "Total: 1 finding " in out, out


def test_a_lone_paragraph_joins_by_length_only_when_its_words_say_so() -> None:
    """The length join of `lone_joined` asks `words` too: an added paragraph fits a condensed neighbour's length."""
    beads = [Bead((0,), (0,), 0.5), Bead((1,), (), 0.8), Bead((2,), (1,), 0.5), Bead((3,), (2,), 0.5)]
    lengths = [248, 76, 81, 249], [423, 327, 355]
    assert lone_joined(beads, *lengths, lambda lone, bead: False) == beads
    assert lone_joined(beads, *lengths, lambda lone, bead: True) == [
        Bead((0,), (0,), 0.5), Bead((1, 2), (1,), 0.5), Bead((3,), (2,), 0.5)]


def test_words_of_a_merged_paragraph_and_of_an_added_one() -> None:
    """`says_beside`: a Chinese paragraph whose English the neighbour bead's English holds is said by it beyond what
    the bead's own Chinese says; an English paragraph that repeats its neighbour's words says nothing beyond."""
    zh = VD_ZH.strip().split("\n\n")
    merged = f"{VD_INCIDENCE} {VD_MULTI} {VD_TEST} {VD_MAY}"
    assert says_beside(Bead((1,), (), 0.5), Bead((2,), (0,), 0.5), zh, [merged])
    assert not says_beside(Bead((1,), (), 0.5), Bead((2,), (0,), 0.5), zh, [f"{VD_TEST} {VD_MAY}"])
    added = "Vitamin D deficiency was more common among the elderly patients of the deficiency group."
    assert not says_beside(Bead((), (1,), 0.5), Bead((1,), (0,), 0.5), zh, [f"{VD_INCIDENCE} {VD_MULTI}", added])


VD8_EN = [
    "Objective: To explore the relationship between serum vitamin D levels and the risk of falls in the elderly.",
    "Methods: A total of 320 elderly patients treated in our hospital from January 2018 to December 2020 were "
    "selected.",
    "The serum 25-hydroxyvitamin D concentration of all patients was measured.",
    "The patients were divided into a deficiency group, an insufficiency group and a sufficiency group according to "
    "the concentration.",
    "They were followed up for 12 months, and fall events were recorded.",
    "Logistic regression was used to analyse the factors influencing falls.",
    VD_INCIDENCE, VD_MULTI]
VD8_ZH = ("目的：探讨血清维生素D水平与老年人跌倒风险之间的关系。"
          "方法：选取2018年1月至2020年12月在我院就诊的老年患者320例。测定所有患者的血清25-羟维生素D浓度。根据浓度将患者分为缺乏组、不足组和充足组。随访12个月，记录跌倒事件。"
          "采用Logistic回归分析跌倒的影响因素。结果：缺乏组跌倒发生率为28.6%，明显高于充足组的9.4%。"
          "多因素分析显示，维生素D缺乏是跌倒的独立危险因素。\n\n" + VD_ZH.strip().split("\n\n")[2] + "\n")


def test_an_english_written_one_sentence_a_line_beside_a_long_paragraph_is_aligned_by_sentence(
        tmp_path: Path) -> None:
    """review58 R9: the Chinese paragraph of eight sentences, the English one sentence a line: a paragraph bead
    holds at most six lines a side, so two English lines were left alone and their Chinese reported untranslated."""
    en = "\n".join(VD8_EN) + f"\n\n{VD_TEST} {VD_MAY}\n"
    assert "Total: 0 findings" in _check(tmp_path, VD8_ZH, en)
    assert "Total: 0 findings" in _check(tmp_path, VD8_ZH, en.replace("\n", "\n\n", len(VD8_EN) - 1))


def test_a_line_deleted_from_an_english_written_one_sentence_a_line_is_still_reported(tmp_path: Path) -> None:
    en = "\n".join(VD8_EN[:3] + VD8_EN[4:]) + f"\n\n{VD_TEST} {VD_MAY}\n"
    out = _check(tmp_path, VD8_ZH, en)
    assert "[untranslated] no English for: 根据浓度将患者分为缺乏组、不足组和充足组。" in out, out
    assert "Total: 1 finding " in out, out


def test_a_side_mostly_of_one_sentence_blocks_has_no_paragraph_structure() -> None:
    def blocks(texts: list[str], lang: str) -> list[Block]:
        return [Block(Role.PARAGRAPH, lang, MappedText(t, range(len(t)), SourceText.from_text("x", t))) for t in texts]

    zh = blocks(["第一句。第二句。第三句。", "第四句。第五句。"], "zh")
    assert not has_paragraphs(zh, blocks(["One.", "Two.", "Three.", "Four. Five."], "en"), sentences_of)
    assert has_paragraphs(zh, blocks(["One. Two.", "Three.", "Four. Five."], "en"), sentences_of)


def test_a_short_chinese_claim_whose_translation_is_deleted_is_still_reported(tmp_path: Path) -> None:
    """review58 R11: on the paragraph path the unit folds ran, and `fold_unpaired` folded 疗效确切。 (three words, no
    number: a "discourse phrase") into the bead beside it; a Chinese sentence left alone in a paragraph joins
    nothing."""
    zh = VD_ZH.replace("必要时给予补充。", "必要时给予补充。疗效确切。")
    out = _check(tmp_path, zh, _vd_en())
    assert "[untranslated] no English for: 疗效确切。" in out and "Total: 1 finding " in out, out


def test_a_chinese_lead_in_the_english_drops_in_a_markdown_page_still_folds(tmp_path: Path) -> None:
    """Structured Markdown keeps the fold: 如下所示： dropped by the translator is no missing sentence."""
    zh_file, en_file = tmp_path / "p.zh.md", tmp_path / "p.en.md"
    zh_file.write_text("# 安装\n\n本工具支持三种安装方式。如下所示：每种方式都需要网络连接。\n", encoding="utf-8")
    en_file.write_text("# Installation\n\nThe tool supports three installation methods. Each method needs a network "
                       "connection.\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["check", str(zh_file), "--en", str(en_file)]).stdout
    assert "untranslated" not in out, out


def test_a_short_english_claim_the_translator_added_is_still_extra_target(tmp_path: Path) -> None:
    """review58 R12: "Safety was excellent." (three words, no number: a "discourse phrase") was folded into the bead
    beside it by `fold_unpaired`, bypassing the `says` gate every other lone English sentence of a paragraph meets."""
    out = _check(tmp_path, VD_ZH, _vd_en(conclusion=f"{VD_TEST} Safety was excellent. {VD_MAY}"))
    assert "[extra-target] no Chinese for: Safety was excellent." in out and "Total: 1 finding " in out, out


def test_the_paragraph_path_cuts_each_block_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain file's block is its own paragraph: the sentences `_make_pair` cut to align serve the paragraph test
    (`has_paragraphs`) and the paragraph beads (`pairing.segmented_once`); no block is cut into sentences twice."""
    import zhen_qa.aligner.pairing as pairing

    cuts: Counter[str] = Counter()
    split = pairing.split

    def counted(text: str, lang: str) -> list[tuple[int, int]]:
        cuts[text] += 1
        return split(text, lang)

    monkeypatch.setattr(pairing, "split", counted)
    assert len(_beads(ZH, EN)) > 4  # the paragraph path ran: the eight English sentences of paragraph 2 are paired
    assert cuts and max(cuts.values()) == 1, [t[:20] for t, n in cuts.items() if n > 1]
    text = "一句。二句。"
    block = Block(Role.PARAGRAPH, "zh", MappedText(text, range(len(text)), SourceText.from_text("a.txt", text)))
    assert paragraphs([block])[0] is block


# five more short paragraphs and their English: with the diabetes abstract, a document of multi-sentence paragraphs
OTHER_ZH = ["高血压是心血管疾病的主要危险因素。控制血压可以降低脑卒中的风险。",
            "吸烟会损害肺功能。戒烟后患者的咳嗽症状明显减轻。",
            "肥胖与糖尿病密切相关。减轻体重有助于改善胰岛素抵抗。",
            "睡眠不足会影响儿童的学习能力。家长应保证儿童每天有充足的睡眠。",
            "运动可以增强心肺功能。每周至少应进行150分钟的中等强度运动。"]
OTHER_EN = ["Hypertension is a major risk factor for cardiovascular disease. Controlling blood pressure can reduce the "
            "risk of stroke.",
            "Smoking damages lung function. After quitting smoking, the cough symptoms of patients were significantly "
            "reduced.",
            "Obesity is closely related to diabetes. Weight loss helps to improve insulin resistance.",
            "Lack of sleep affects the learning ability of children. Parents should ensure that children have enough "
            "sleep every day.",
            "Exercise can strengthen cardiopulmonary function. At least 150 minutes of moderate-intensity exercise "
            "should be done every week."]


def _more(english: list[str]) -> tuple[str, str]:
    """OTHER_ZH, the diabetes abstract's three paragraphs (its long one last), then VD8's eight-sentence paragraph
    and its conclusion; the English writes that paragraph one sentence a paragraph (`english`), every other
    paragraph as one."""
    zh, en = ZH.strip().split("\n\n"), EN.strip().split("\n\n")
    zh = OTHER_ZH + [zh[0], zh[2], zh[1]] + VD8_ZH.strip().split("\n\n")
    en = OTHER_EN + [en[0], en[2], en[1]] + english + [f"{VD_TEST} {VD_MAY}"]
    return "\n\n".join(zh) + "\n", "\n\n".join(en) + "\n"


def test_a_long_paragraph_whose_english_is_one_sentence_a_paragraph_among_paragraphs_pairs_whole(
        tmp_path: Path) -> None:
    """review58 R9 (narrowed): eight of the English's seventeen paragraphs are one sentence, not most, so the paragraph
    path runs; a paragraph bead holds at most six a side, and the English paragraphs over were left alone (or went to
    the bead before), where the sentence alignment left them: 方法：选取…320例。 was reported untranslated beside its
    own English reported extra. The bead at the width joins the neighbours holding the overflow (`capped_joined`)."""
    out = _check(tmp_path, *_more(VD8_EN))
    assert "untranslated" not in out and "extra-target" not in out, out


def test_a_sentence_deleted_from_the_long_paragraph_written_one_sentence_a_paragraph_is_still_reported(
        tmp_path: Path) -> None:
    out = _check(tmp_path, *_more(VD8_EN[:3] + VD8_EN[4:]))
    assert "[untranslated] no English for: 根据浓度将患者分为缺乏组、不足组和充足组。" in out, out
    assert out.count("[untranslated]") == 1 and "extra-target" not in out, out


def test_a_bead_at_the_width_joins_the_neighbour_holding_more_on_its_side() -> None:
    beads = [Bead((0,), (0,), 0.5), Bead((1,), (1, 2, 3), 0.5), Bead((2,), (4, 5, 6, 7, 8, 9), 0.5),
             Bead((3,), (10,), 0.5)]
    assert capped_joined(beads, 6) == [Bead((0,), (0,), 0.5), Bead((1, 2), tuple(range(1, 10)), 0.5),
                                       Bead((3,), (10,), 0.5)]
    lone = [Bead((), (0,), 0.5), Bead((), (1,), 0.5), Bead((0,), (2, 3, 4, 5, 6, 7), 0.5), Bead((1,), (8,), 0.5)]
    assert capped_joined(lone, 6) == [Bead((0,), tuple(range(8)), 0.5), Bead((1,), (8,), 0.5)]
    assert capped_joined(beads, 7) == beads  # no bead at the width: nothing joins


HOSPITAL = ("The hospital was founded in 1950 and serves a population of two million. It has twelve departments and a "
            "teaching program.")


def test_a_paragraph_whose_english_is_an_unrelated_paragraph_is_reported(tmp_path: Path) -> None:
    """The Results paragraph's English deleted and a paragraph about the hospital written in its place: the paragraph
    aligner paired the two by position and the sentence alignment paired their sentences one to one, so nothing was
    reported. Two paragraphs that say nothing of each other are no bead (`unrelated_apart`)."""
    out = _check(tmp_path, VD_ZH, _vd_en(results=HOSPITAL))
    assert "[untranslated] 2 sentences in a row (line 3) have no English counterpart: 结果：" in out, out
    assert "[extra-target] no Chinese for: It has twelve departments and a teaching program." in out, out


def test_a_loosely_written_paragraph_pair_is_not_taken_apart() -> None:
    """Only a bead scored as no translation whose paragraphs share fewer than two words is taken apart."""
    zh = VD_ZH.strip().split("\n\n")
    en = [VD_METHODS, HOSPITAL, f"{VD_TEST} {VD_MAY}"]
    beads = [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.07), Bead((2,), (2,), 0.1)]
    assert unrelated_apart(beads, zh, en) == [Bead((0,), (0,), 0.6), Bead((1,), (), 0.07), Bead((), (1,), 0.07),
                                              Bead((2,), (2,), 0.1)]
    assert unrelated_apart([Bead((1,), (1,), 0.5)], zh, en) == [Bead((1,), (1,), 0.5)]  # scored as a translation
