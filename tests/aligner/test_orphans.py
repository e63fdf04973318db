from __future__ import annotations

import numpy as np

from tests.aligner.orphan_inputs import chars, lexical
from zhen_qa.aligner.align import align
from zhen_qa.aligner.orphan_evidence import Evidence
from zhen_qa.aligner.orphans import (
    MIN_CHARS,
    MIN_STEMS,
    SILENT_CHARS,
    doc_ratio,
    heading_like,
    orphan,
    split_orphans,
)
from zhen_qa.aligner.refine import Similarity

# a document whose English runs 2.7 characters per Chinese character (log 1.0) in its 1-1 beads
ONES = [(k, k, k + 1, k + 1) for k in range(4)]
ZH = chars(40, 30, 50, 20)
EN = chars(113, 86, 140, 59)


def evidence(zh_extra: tuple[float, ...], en_extra: tuple[float, ...]) -> Evidence:
    return Evidence(np.concatenate([ZH, chars(*zh_extra)]), np.concatenate([EN, chars(*en_extra)]))


def test_document_ratio_is_the_median_of_its_one_to_one_beads() -> None:
    ev = evidence((), ())
    assert abs(doc_ratio(ONES, ev) - 1.0) < 0.03
    assert doc_ratio(ONES[:2], ev) != doc_ratio(ONES, ev)  # too few 1-1 beads: the model's ratio


def test_english_too_short_for_a_two_to_one_bead_splits_the_sentence_it_does_not_fit() -> None:
    # zh 4 (40 chars) and zh 5 (60 chars) with en 4 of 165 chars: a translation of zh 5 alone
    ev = evidence((40, 60), (165,))
    path = ONES + [(4, 4, 6, 5)]
    assert split_orphans(path, ev) == ONES + [(4, 4, 5, 4), (5, 4, 6, 5)]
    ev = evidence((60, 40), (165,))  # the orphan last
    assert split_orphans(path, ev) == ONES + [(4, 4, 5, 5), (5, 5, 6, 5)]


def test_a_merge_whose_english_fits_both_sentences_is_kept() -> None:
    ev = evidence((40, 60), (270,))
    path = ONES + [(4, 4, 6, 5)]
    assert split_orphans(path, ev) == path


def test_english_too_short_but_fitting_either_sentence_is_ambiguous_and_kept() -> None:
    ev = evidence((50, 50), (135,))
    assert orphan((4, 4, 6, 5), ev, 1.0) is None


def test_the_similarity_names_the_orphan_when_the_english_fits_either_sentence() -> None:
    ev = evidence((50, 50), (135,))

    def pairs_with(k: int, full: float = 0.3) -> Similarity:  # zh k translates en 4
        def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
            return np.array([full if a == 2 else (0.6 if i - 1 == k else 0.1) for i in I.tolist()])
        return sim

    assert orphan((4, 4, 6, 5), ev, 1.0, pairs_with(5)) == 4
    assert orphan((4, 4, 6, 5), ev, 1.0, pairs_with(4)) == 5
    assert orphan((4, 4, 6, 5), ev, 1.0, pairs_with(4, full=0.7)) is None  # neither dilutes the merge


def test_a_sentence_restating_its_neighbour_with_no_english_of_its_own_is_split() -> None:
    # zh 0 (a conclusion) matches only English words zh 1 matches too; en 0 translates zh 1
    Z, E = lexical([{0: 1.0, 1: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}], [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    ev = Evidence(chars(20, 60), chars(170), Z, E)
    assert orphan((0, 0, 2, 1), ev, 1.0) == 0
    # the same with the English carrying a word only zh 0 has: a real merge
    Z2, E2 = lexical([{0: 1.0, 4: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}], [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(170), Z2, E2), 1.0) is None


def test_a_restating_sentence_is_kept_when_the_english_is_as_long_as_both() -> None:
    # zh 0's matched words are all zh 1's too (its own words, 超适应证 "off-label", are not in the lexicon),
    # but the English is as long as both sentences together: it says zh 0 in words the lexicon does not know
    Z, E = lexical([{0: 1.0, 1: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}], [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    both = float(np.exp(1.0) * 80)  # 2.7 English characters per Chinese character, for 20 + 60
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(both), Z, E), 1.0) is None
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(170), Z, E), 1.0) == 0  # English for zh 1 only


def test_short_sentences_and_sentences_without_evidence_are_not_restatements() -> None:
    Z, E = lexical([{0: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0}], [{0: 1.0, 1: 1.0, 2: 1.0}])
    short = Evidence(chars(MIN_CHARS - 1, 60), chars(170), Z, E)  # a line of dialogue merged with its speech
    assert orphan((0, 0, 2, 1), short, 1.0) is None
    Z0, E0 = lexical([{5: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0}], [{0: 1.0, 1: 1.0, 2: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(170), Z0, E0), 1.0) is None  # nothing matched


def test_a_short_sentence_whose_known_words_are_not_in_the_english_is_split() -> None:
    # zh 0 (15 chars: a short sentence adds little length, the English fits with or without it) glosses
    # into three stems the English does not have; zh 1 carries the English's words
    silent = [{5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0}]
    en = [{0: 1.0, 1: 1.0, 2: 1.0}]
    lengths = (chars(15, 60), chars(float(np.exp(1.0) * 70)))
    assert orphan((0, 0, 2, 1), Evidence(*lengths, *lexical(silent, en)), 1.0) == 0
    assert orphan((0, 0, 2, 1), Evidence(*lengths, *lexical(silent, en)), 1.0, silent=False) is None
    last = Evidence(chars(60, 15), lengths[1], *lexical(silent[::-1], en))
    assert orphan((0, 0, 2, 1), last, 1.0) == 1  # the orphan last
    # a sentence the lexicon barely knows (fewer than MIN_STEMS stems) says nothing either way
    few = [dict(list(silent[0].items())[:MIN_STEMS - 1]), silent[1]]
    assert orphan((0, 0, 2, 1), Evidence(*lengths, *lexical(few, en)), 1.0) is None
    # one of its words is in the English: a real merge
    assert orphan((0, 0, 2, 1), Evidence(*lengths, *lexical(silent, [{0: 1.0, 1: 1.0, 2: 1.0, 5: 1.0}])),
                  1.0) is None


def test_the_silent_sentence_test_is_left_to_documents_translated_sentence_by_sentence() -> None:
    silent = [{5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0}] * 6
    en = [{0: 1.0, 1: 1.0, 2: 1.0}] * 6
    ev = Evidence(chars(*[15, 60] * 6), chars(*[float(np.exp(1.0) * 70)] * 6), *lexical(silent, en))
    merged = [(2 * k, k, 2 * k + 2, k + 1) for k in range(6)]  # every bead a merge: a free translation
    assert split_orphans(merged, ev) == merged
    one = Evidence(ev.zh_chars[:2], ev.en_chars[:1], *lexical(silent[:2], en[:1]))
    assert split_orphans(merged[:1], one) == [(0, 0, 1, 0), (1, 0, 2, 1)]  # one merge, the prior's rate


def test_where_only_the_english_merges_the_silent_test_runs_on_long_chinese_sentences() -> None:
    # one 2-1 bead (zh 0 silent, zh 1 carrying the English's words) among five 1-2 beads: the English writes
    # each long Chinese sentence as two, so the merge rate of both sides is high and that of Chinese low
    silent = [{5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0}] + [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}] * 5
    en = [{0: 1.0, 1: 1.0, 2: 1.0}] + [{0: 1.0, 1: 1.0}, {2: 1.0, 3: 1.0}] * 5
    per = float(np.exp(1.0))  # English characters per Chinese character
    twos = [(k + 1, 2 * k - 1, k + 2, 2 * k + 1) for k in range(1, 6)]
    path = [(0, 0, 2, 1)] + twos

    def split(orphan_chars: float) -> list[tuple[int, int, int, int]]:
        ev = Evidence(chars(orphan_chars, 60, *[60] * 5), chars(per * 60, *[per * 30] * 10), *lexical(silent, en))
        return split_orphans(path, ev)

    assert split(SILENT_CHARS) == [(0, 0, 1, 0), (1, 0, 2, 1)] + twos  # a full clause: its English would show
    assert split(SILENT_CHARS - 1) == path  # a short line of a free translation, folded into its neighbour's


def test_only_several_to_one_beads_are_looked_at() -> None:
    ev = evidence((40, 60), (80, 85))
    assert orphan((4, 4, 6, 6), ev, 1.0) is None
    assert orphan((3, 3, 4, 4), ev, 1.0) is None


# three Chinese sentences the English splits in two (1-2 beads): the document's merge rate keeps
# `refine.split_unsupported` to strongly unsupported merges
SPLIT_ZH = ["我们回顾性分析了二零一五年至二零二零年在本院住院的患者，收集了他们的年龄、性别和实验室检查结果。",
            "所有患者均接受了化疗，其中三十例还接受了放疗。",
            "中位随访时间为五十三个月，共有五例患者死亡，其余患者均存活。"]
SPLIT_EN = ["We retrospectively analyzed the patients admitted to our hospital from 2015 to 2020.",
            "Their age, sex and laboratory results were collected.",
            "All patients received chemotherapy.", "Thirty of them also received radiotherapy.",
            "The median follow-up time was 53 months.", "Five patients died and the others survived."]


def pairs(zh: list[str], en: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.zh, b.en) for b in align(SPLIT_ZH + zh, SPLIT_EN + en)]


def test_deleted_translation_of_a_sentence_restating_the_next_leaves_it_unpaired() -> None:
    zh = ["然而，许多研究人员使用不正确的统计方法来分析纵向数据，导致结论出现偏倚。",
          "本文就纵向数据分析的话题做了介绍。",  # its English deleted; it restates the next sentence
          "文章探讨了纵向数据分析中使用的数据集结构、缺失数据的处理以及多元回归模型的校正方法。",
          "最后，我们给出了一个实例。"]
    en = ["However, many researchers use incorrect statistical methods to analyze longitudinal data, which leads "
          "to biased conclusions.",
          "It discusses the dataset structures used in the analysis of longitudinal data, the management of "
          "missing data and methods of adjusting multiple regression models.",
          "Finally, we give an example."]
    got = pairs(zh, en)
    assert ((4,), ()) in got and ((5,), (7,)) in got


def test_deleted_translation_of_a_long_sentence_leaves_it_unpaired_by_length() -> None:
    zh = ["本研究纳入了五十四例多发性骨髓瘤患者。",
          "受试者工作特征曲线结果表明，结缔组织生长因子表达水平对于骨病的诊断有显著的价值。",
          "多发性骨髓瘤患者结缔组织生长因子水平异常高表达与溶骨性病变的程度相关，能反映疾病的进展，可作为判断预后的指标。",
          "需要进一步研究。"]
    en = ["Fifty-four patients with multiple myeloma were enrolled.",
          "The ROC curve showed that the expression of connective tissue growth factor has a significant "
          "diagnostic value for bone disease.",
          "Further studies are needed."]
    got = pairs(zh, en)
    assert ((5,), ()) in got and ((4,), (7,)) in got


def test_headings_are_short_lines_that_do_not_end_a_sentence() -> None:
    got = heading_like(["次要终点", "统计学分析", "Secondary End Points", "次要终点包括总生存期。", "“红岸？！”",
                        "韦小宝道：“是，是。”", "the trial was stopped.", "",
                        "这是一个没有句号但是很长很长很长很长的句子片段"])
    assert got.tolist() == [True, True, True, False, False, False, False, False, False]


def test_a_heading_merged_with_the_sentence_under_it_is_split_off() -> None:
    zh = ["主要终点是无浸润性疾病生存期。", "次要终点", "次要终点包括总生存期、无病生存期和安全性。", "统计学分析",
          "我们计划在发生640例死亡时进行最终分析。"]
    en = ["the primary end point was invasive-disease-free survival.",  # "secondary end points" deleted
          "the secondary end points included overall survival, disease-free survival and safety.",
          "statistical analysis", "the final analysis is planned when 640 deaths have occurred."]
    got = [(b.zh, b.en) for b in align(zh, en)]
    assert ((1,), ()) in got and ((2,), (1,)) in got


def test_a_heading_merged_with_an_english_heading_or_with_another_heading_is_kept() -> None:
    zh = ["次要终点", "次要终点包括总生存期、无病生存期和安全性。", "统计学分析"]
    en = ["the secondary end points included overall survival, disease-free survival and safety.",
          "Secondary End Points"]
    ev = Evidence(chars(*(len(s) for s in zh)), chars(*(len(s.replace(" ", "")) for s in en)),
                  zh_texts=zh, en_texts=en)
    assert orphan((0, 0, 2, 1), ev, 1.0) == 0
    # the English is a heading too (the document's ratio set so that the lengths fit)
    assert orphan((0, 1, 2, 2), ev, -0.3) is None
    assert orphan((0, 0, 3, 1), ev, 1.0) is None  # two headings: which one is not said


def test_a_heading_the_english_translates_is_not_split_off() -> None:
    # a Markdown bold line over a list of links: its English ("Covers mainstream training monitoring
    # platforms") is longer than a Chinese heading, and its words are the ones the English carries
    zh = ["覆盖主流的训练监测平台", "TensorBoard | WandB | MLflow 与 ClearML 等平台的链接列表。"]
    en = ["Covers mainstream training monitoring platforms, with links to each."]
    ev_texts = dict(zh_texts=zh, en_texts=en)
    lengths = (chars(*(len(s) for s in zh)), chars(*(len(s.replace(" ", "")) for s in en)))
    carried = lexical([{0: 1.0, 1: 1.0, 2: 1.0}, {5: 1.0}], [{0: 1.0, 1: 1.0, 2: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(*lengths, *carried, **ev_texts), 1.0) is None
    # the same heading when the English matches the sentence under it, not the heading: split off
    under = lexical([{0: 1.0}, {0: 1.0, 3: 1.0, 4: 1.0}], [{0: 1.0, 3: 1.0, 4: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(*lengths, *under, **ev_texts), 1.0) == 0


def test_english_far_too_short_for_its_chinese_sentence_where_length_measures_content() -> None:
    from zhen_qa.aligner.orphans import SHORT_Z, length_z, too_short
    from zhen_qa.manuscript.source import CODE_PLACEHOLDER

    zh_texts = ["甲" * 40, "乙" * 30, "丙" * 50, "丁" * 20,
                "多因素回归分析显示淋巴细胞减少和未预防性抗病毒治疗是独立危险因素。"]
    ev = Evidence(np.concatenate([ZH, chars(60)]), np.concatenate([EN, chars(40)]), zh_texts=zh_texts,
                  en_texts=["a"] * 4 + ["The incidence is high."])
    assert too_short(ev, 1.0, (4, 4, 5, 5))  # 40 English characters for 60 Chinese: a third of a translation
    assert not too_short(ev, 1.0, (3, 3, 4, 4))  # a pair of the document's own ratio
    assert not too_short(ev, 1.0, (4, 4, 5, 4))  # not a 1-1 bead
    for en in ("Global Registration", f"Something like this: {CODE_PLACEHOLDER}."):  # a heading; inline code
        short = np.concatenate([EN, chars(len(en.replace(" ", "")))])
        other = Evidence(ev.zh_chars, short, zh_texts=zh_texts, en_texts=["a"] * 4 + [en])
        assert length_z(other, 1.0, 4, 5, 4, 5) < -SHORT_Z
        assert not too_short(other, 1.0, (4, 4, 5, 5))


def test_a_sentence_whose_numbers_the_english_lacks_is_split() -> None:
    """The English has the rest's numbers and none of the edge sentence's: the edge sentence is the orphan."""
    zh = ["一项研究共纳入100例患者，其中15%需要复查。", "所有患者在术前1周提供2份标本。"]
    en = ["All patients gave two samples a week before surgery."]
    # an English as long as both sentences: the length test keeps the bead, the numbers split it
    both = (chars(len(zh[0]), len(zh[1])), chars(float(np.exp(1.0) * (len(zh[0]) + len(zh[1])))))
    assert orphan((0, 0, 2, 1), Evidence(*both), 1.0) is None
    assert orphan((0, 0, 2, 1), Evidence(*both, zh_texts=zh, en_texts=en), 1.0) == 0
    # the English has one of the edge's numbers, or none of the rest's: a merge the translation made
    for other in ("All 100 patients gave two samples a week before surgery.", "All patients gave samples."):
        assert orphan((0, 0, 2, 1), Evidence(*both, zh_texts=zh, en_texts=[other]), 1.0) is None, other


def test_the_numbers_test_reads_decades_written_without_a_digit() -> None:
    """The numbers test skips an edge sentence with no digit, but not a decade with its century (二十世纪九十年代 is
    1990 in digits): its numbers the English lacks still split it off."""
    zh = ["二十世纪九十年代至二十世纪八十年代，相关研究逐年增多。", "所有患者在术前1周提供2份标本。"]
    en = ["All patients gave two samples a week before surgery."]
    both = (chars(len(zh[0]), len(zh[1])), chars(float(np.exp(1.0) * (len(zh[0]) + len(zh[1])))))
    assert orphan((0, 0, 2, 1), Evidence(*both, zh_texts=zh, en_texts=en), 1.0) == 0
    lone = ["相关研究逐年增多，受到越来越多学者的关注。", zh[1]]  # no number at all: not this test's orphan
    assert orphan((0, 0, 2, 1), Evidence(*both, zh_texts=lone, en_texts=en), 1.0) is None


def test_an_edge_sentence_that_adds_no_evidence_to_a_short_english_is_the_idle_orphan() -> None:
    """Two Chinese sentences of 30 characters with 90 English ones (z -2.5 against 3 a character): both fit alone,
    and the bead without zh 0 is about as similar (0.49 against 0.5: zh 0 adds no evidence), without zh 1 far less:
    zh 0 is the orphan when the idle test runs (documents with few Chinese merges), else no edge is."""
    from zhen_qa.aligner.orphans import IDLE_COST

    table = {(2, 1, 2, 1): 0.5, (1, 1, 2, 1): 0.5 - IDLE_COST / 2, (1, 1, 1, 1): 0.3}

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        return np.array([table.get((a, b, i, j), 0.0) for i, j in zip(I.tolist(), J.tolist())])

    ev = Evidence(chars(30, 30), chars(90))
    assert orphan((0, 0, 2, 1), ev, float(np.log(3.0)), sim, silent=False) is None
    assert orphan((0, 0, 2, 1), ev, float(np.log(3.0)), sim, silent=False, idle=True) == 0
    table[(1, 1, 2, 1)] = 0.5 - 2 * IDLE_COST  # zh 0 adds evidence: no orphan
    assert orphan((0, 0, 2, 1), ev, float(np.log(3.0)), sim, silent=False, idle=True) is None


def test_shared_names_and_numbers() -> None:
    from zhen_qa.aligner.orphans import shares_names

    assert shares_names("aphinity在clinicaltrials.gov注册号为nct01358877）。", "(aphinity number, NCT01358877.)")
    assert shares_names("共纳入9项研究。", "Nine studies: 9 in all.")
    assert not shares_names("共纳入1项研究。", "1 study")
    assert not shares_names("结果表明疗效较好。", "The results were good.")


def test_the_idle_test_runs_only_when_asked() -> None:
    """The idle orphan of a 2-1 bead among 1-1 beads is split off in prose paragraphs; structured Markdown
    (`idle=False`, the aligner's `paragraphs`) keeps the merge, as before the test."""
    from zhen_qa.aligner.orphans import IDLE_COST

    table = {(2, 1, 22, 21): 0.5, (1, 1, 22, 21): 0.5 - IDLE_COST / 2, (1, 1, 21, 21): 0.3}

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        return np.array([table.get((a, b, i, j), 0.5) for i, j in zip(I.tolist(), J.tolist())])

    path = [(k, k, k + 1, k + 1) for k in range(20)] + [(20, 20, 22, 21)]
    ev = Evidence(chars(*[30] * 22), chars(*[90] * 21))
    assert split_orphans(path, ev, sim) == path[:20] + [(20, 20, 21, 20), (21, 20, 22, 21)]
    assert split_orphans(path, ev, sim, idle=False) == path
