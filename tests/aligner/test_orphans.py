from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
import scipy.sparse as sp

from zhen_qa.aligner.align import align
from zhen_qa.aligner.orphans import (
    CONTENT_UNSAID,
    MIN_CHARS,
    MIN_STEMS,
    OWN_STEM_SHARE,
    OWN_STEMS,
    SILENT_CHARS,
    UNSPOKEN_STEMS,
    Evidence,
    doc_ratio,
    heading_like,
    orphan,
    renders_own,
    split_orphans,
)
from zhen_qa.aligner.refine import Similarity


def chars(*n: float) -> np.ndarray:
    return np.array(n, dtype=np.float64)


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


def lexical(
    zh_rows: list[dict[int, float]], en_rows: list[dict[int, float]], cols: int = 8
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    def csr(rows: list[dict[int, float]]) -> sp.csr_matrix:
        m = np.zeros((len(rows), cols))
        for r, row in enumerate(rows):
            for c, v in row.items():
                m[r, c] = v
        return sp.csr_matrix(m)

    return csr(zh_rows), csr(en_rows)


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


def test_an_english_sentence_renders_its_own_part_of_the_chinese_from_two_stems_of_its_own() -> None:
    """Bead zh 0 with en 0-1: en 1 has stems 3 and 4, which the Chinese glosses into and en 0 lacks (a clause of
    the Chinese written as a sentence of its own); of en 0's stems 0-2 only stem 0 is its own and in the Chinese.
    One own stem may be the topic's word; two are a rendering."""
    assert OWN_STEMS == 2 and OWN_STEM_SHARE <= 0.5
    Z = sp.csr_matrix(np.array([[1.0, 1.0, 0, 1.0, 1.0, 0]]))  # zh 0 glosses into stems 0, 1, 3, 4
    E = sp.csr_matrix(np.array([[1.0, 1.0, 1.0, 0, 0, 0],       # en 0: stems 0, 1, 2
                                [0, 1.0, 0, 1.0, 1.0, 1.0]]))   # en 1: stems 1, 3, 4, 5
    ev = Evidence(chars(30), chars(40, 40), Z, E)
    assert renders_own(ev, (0, 0, 1, 2), 1)  # stems 3 and 4 are en 1's own and in the Chinese
    assert not renders_own(ev, (0, 0, 1, 2), 0)  # only stem 0 (stem 1 is en 1's too, stem 2 not in the Chinese)
    assert not renders_own(Evidence(chars(30), chars(40, 40)), (0, 0, 1, 2), 1)  # no vectors: nothing known
    # the same two stems of its own in a sentence of ten stems: topic words, not a rendering
    E = sp.csr_matrix(np.hstack([E.toarray(), np.array([[0.0] * 6, [1.0] * 6])]))
    Z = sp.csr_matrix(np.hstack([Z.toarray(), np.zeros((1, 6))]))
    assert not renders_own(Evidence(chars(30), chars(40, 40), Z, E), (0, 0, 1, 2), 1)


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


def test_an_english_edge_is_glossed_from_its_bead_when_a_third_of_its_stems_are() -> None:
    """`glossed_from_bead`: 3 stems of the bead's Chinese are a rendering's words in a sentence of 9 stems (the second
    half of a long Chinese sentence) and not in one of 10 (an added conclusion naming the bead's nouns: review49 R10),
    nor are 2 of 4 (fewer than RENDER_STEMS)."""
    from zhen_qa.aligner.orphans import glossed_from_bead

    zh = {c: 1.0 for c in range(3)} | {20: 1.0, 21: 1.0}
    E = sp.csr_matrix(np.array([[1.0 if c < 3 or 10 <= c < 16 else 0.0 for c in range(30)],      # 3 of 9
                                [1.0 if c < 3 or 10 <= c < 17 else 0.0 for c in range(30)],      # 3 of 10
                                [1.0 if c in (20, 21, 22, 23) else 0.0 for c in range(30)]]))    # 2 of 4
    Z = sp.csr_matrix(np.array([[zh.get(c, 0.0) for c in range(30)]]))
    ev = Evidence(chars(50), chars(100, 100, 100), Z, E)
    assert glossed_from_bead(ev, (0, 0, 1, 3), 0)
    assert not glossed_from_bead(ev, (0, 0, 1, 3), 1)
    assert not glossed_from_bead(ev, (0, 0, 1, 3), 2)


# a topic sentence restating its neighbour beside a wordy English (medline zh2en-doc84's shape)
WORDY_ZH = ["然而，许多研究人员使用不正确的统计方法来分析纵向数据，导致结论出现偏倚。",
            "本文就纵向数据分析的话题做了介绍。",
            "文章探讨了纵向数据分析中使用的不同数据集结构、缺失数据的分类和处理以及使用纵向数据建立多元回归模型时对个体内"
            "相关性进行校正的方法。",
            "最后，我们给出了一个实例。"]
WORDY_EN = ["However, many psychiatric researchers use incorrect statistical methods to analyze this type of "
            "longitudinal data, a problem that can result in unrecognized bias in analytic results and, thus, "
            "incorrect conclusions.",
            "It discusses the different dataset structures used in the analysis of longitudinal data, the "
            "classification and management of missing data, and methods of adjusting for intra-individual correlation "
            "when developing multivariate regression models using longitudinal data.",
            "Finally, we give an example."]


@pytest.mark.parametrize("topic", [WORDY_ZH[1], "下面就纵向数据分析的话题做一介绍。",
                                   # review57 R2: a domain qualifier the English before says (精神科 "psychiatric"),
                                   # a rare framing verb (评述, 梳理) and noun (误区), pointed by 本文/为此
                                   "本文对精神科纵向数据的统计分析策略加以评述。",
                                   "为此，本文系统梳理了纵向数据分析的常见误区。",
                                   # no pointer, the English's authors' voice ("we", "this review", "this paper")
                                   "我们对精神科纵向数据的统计分析策略加以评述。",
                                   "下面对精神科纵向数据的统计分析策略加以评述。"])
@pytest.mark.parametrize("opening", ["Here we review how such data should be analysed, covering",
                                     "In this review we cover", "This paper introduces the topic and discusses"])
def test_a_topic_sentence_merged_into_the_next_with_framing_words_stays_merged(topic: str, opening: str) -> None:
    # review56 R2: the topic sentence's own words (本文/下面 "this paper"/"below", 话题 topic, 做, 介绍 introduce) are
    # framing that a translator folds into the next sentence's English in other words the lexicon does not pair;
    # their absence from the English tells a merge from a deleted translation no better than chance, so the bead is
    # kept (al56's withdrawn *unspoken* test split it off as untranslated)
    zh = [WORDY_ZH[0], topic, WORDY_ZH[2], WORDY_ZH[3]]
    en = [WORDY_EN[0], opening + WORDY_EN[1][len("It discusses"):], WORDY_EN[2]]
    got = [(b.zh, b.en) for b in align(zh, en)]
    assert ((1, 2), (1,)) in got


class Content:
    """A stand-in for `content_words.ContentWords`: every edge sentence has `mine` content words of its own, `unsaid`
    of them not in the English, `nouns` of those nouns."""

    def __init__(self, mine: int, unsaid: int, nouns: int, points: bool = False) -> None:
        self.mine, self.missing, self.nouns, self.pointer = mine, unsaid, nouns, points

    def unsaid(self, k: int, rest: tuple[int, int], english: Sequence[int]) -> tuple[int, int, int]:
        return self.mine, self.missing, self.nouns

    def points(self, k: int) -> bool:
        return self.pointer


NAMED = Content(CONTENT_UNSAID, CONTENT_UNSAID, 1)
"""Edge sentences naming things of their own that the English lacks."""
FRAMED = Content(CONTENT_UNSAID - 1, CONTENT_UNSAID - 1, 1)
"""Edge sentences whose own words are framing, but for one."""
BOTH = float(np.exp(1.0) * 80)
"""An English as long as both Chinese sentences (20 + 60 characters) at the document's ratio: a wordy English."""


def test_an_edge_sentence_whose_own_content_words_the_english_lacks_is_split_where_the_length_fits_both() -> None:
    # zh 0 glosses into the stems zh 1 has (0, 1) and four of its own (4-7), none of them in the English, two of them
    # content words; the English renders zh 1 (its own stems 2, 3) and is as long as both sentences together, so
    # neither the length nor the restating test sees the orphan
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) == 0


@pytest.mark.parametrize("english", ["Here we review the methods.", "In this review we cover the methods.",
                                     "This paper discusses the methods.", "Our methods are discussed."])
def test_an_edge_sentence_beside_an_english_in_the_authors_voice_is_kept(english: str) -> None:
    # review57 R2: the bead's English speaks in the authors' voice, the framing a translator writes for a topic
    # sentence folded into the next (下面对精神科…加以评述。 as "Here we review…"): zh 0's missing content words are
    # the announcement's; the same bead with an English in the third person is split (a deleted translation)
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    zh = ["甲乙丙丁。", "戊己庚辛。"]

    def ev(en: str) -> Evidence:
        return Evidence(chars(20, 60), chars(BOTH), Z, E, zh, [en], content=NAMED)

    assert orphan((0, 0, 2, 1), ev(english), 1.0) is None
    assert orphan((0, 0, 2, 1), ev("The methods are discussed, with their weekly use."), 1.0) == 0
    last = Evidence(chars(60, 20), chars(BOTH), *lexical([{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0},
                                                          {0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}],
                                                         [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}]), content=NAMED)
    assert orphan((0, 0, 2, 1), last, 1.0) == 1  # the orphan last
    # sentence by sentence only, as the silent test; and only where the content words are known
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0, silent=False) is None
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E), 1.0) is None


def test_an_edge_sentence_whose_missing_own_words_are_framing_is_kept() -> None:
    # review56 R2: the same bead, but of zh 0's own words missing from the English only one is a content word (本文
    # "this paper"; 话题 topic, 介绍 introduce, 做 are everyday words): a topic sentence folded into the next
    # sentence's English as "Here we review…" drops them as a deletion does, so nothing tells the two apart
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=FRAMED), 1.0) is None
    # rare words of its own, none a noun (本文旨在简要概述…: 本文 r, 旨在 v, 简要 a, 概述 v): framing all the same
    verbs = Content(CONTENT_UNSAID + 2, CONTENT_UNSAID + 2, 0)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=verbs), 1.0) is None
    # content words of its own that the English has: the translator rendered them
    rendered = Content(CONTENT_UNSAID + 2, 1, 1)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=rendered), 1.0) is None


def test_an_edge_sentence_pointing_at_the_paper_by_a_rare_pronoun_is_kept() -> None:
    # review57 R2: zh 0 names content words the English lacks, a noun among them, but points at the paper or its
    # neighbour by a rare pronoun (为此，本文系统梳理了…的常见误区。): it announces what the paper does about
    # what is said next door, a framing a translator folds into "Here we review…"; the same bead without the pointer
    # is split (a deleted translation naming its own things)
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    pointing = Content(CONTENT_UNSAID + 1, CONTENT_UNSAID + 1, 1, points=True)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=pointing), 1.0) is None
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) == 0


def test_an_edge_sentence_whose_own_words_are_in_the_english_beside_the_bead_is_kept() -> None:
    # zh 1's own stems (4-7) are not in en 0 but in en 1, the English after the bead: the path is shifted by one
    # (chinaxiv13 cx13-025, en 1 glued to en 0 without a space), so zh 1 is translated and splitting it off would
    # report it untranslated
    zh = [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}, {0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}]
    shifted = Evidence(chars(60, 20), chars(BOTH, 60), *lexical(zh, [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0},
                                                                    {4: 1.0, 5: 1.0, 6: 1.0, 8: 1.0}], cols=10),
                       content=NAMED)
    assert orphan((0, 0, 2, 1), shifted, 1.0) is None
    # a deleted translation: the English after the bead is another sentence's, and zh 1 is split off
    deleted = Evidence(chars(60, 20), chars(BOTH, 60), *lexical(zh, [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0},
                                                                    {8: 1.0, 9: 1.0}], cols=10), content=NAMED)
    assert orphan((0, 0, 2, 1), deleted, 1.0) == 1
    # ... or the English after the bead is the next Chinese sentence's, sharing one of zh 1's words (a neighbour on
    # the same topic, medline en2zh-doc13): it renders the next sentence better, and zh 1 is split off
    topical = Evidence(chars(60, 20, 30), chars(BOTH, 60), *lexical(zh + [{4: 1.0, 8: 1.0, 9: 1.0}],
                                                                     [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0},
                                                                      {4: 1.0, 8: 1.0, 9: 1.0}], cols=10),
                       content=NAMED)
    assert orphan((0, 0, 2, 1), topical, 1.0) == 1


def test_a_merged_sentence_with_a_word_of_its_own_in_the_english_is_kept() -> None:
    # a translator merging two sentences writes something of each: one of zh 0's four own stems is in the English
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0, 6: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) is None


def test_a_merged_sentence_whose_numbers_the_english_has_is_kept_though_the_lexicon_misses_its_words() -> None:
    # zh 1's own words (drug names) are unknown to the lexicon's English, but its doses are in the English
    Z, E = lexical([{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}, {0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    zh = ["在这项双盲试验中，我们纳入了住院的急症患者。", "患者被随机分为两组，前者口服甲药，剂量为2.5 mg，连续30天。"]
    en = ["In this double-blind trial we assigned hospitalized acutely ill patients to receive drug A at a dose of "
          "2.5 mg for 30 days."]
    with_numbers = Evidence(chars(60, 20), chars(BOTH), Z, E, zh, en, NAMED)
    assert orphan((0, 0, 2, 1), with_numbers, 1.0) is None
    # without them in the English the sentence's own words are all that is left, and they are not there
    without = Evidence(chars(60, 20), chars(BOTH), Z, E, zh, ["In this double-blind trial we assigned hospitalized "
                                                               "acutely ill patients to receive drug A."], NAMED)
    assert orphan((0, 0, 2, 1), without, 1.0) == 1


def test_an_edge_sentence_with_few_stems_of_its_own_or_a_loosely_rendered_bead_is_kept() -> None:
    en = [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}]
    # fewer than UNSPOKEN_STEMS stems of its own (a restating title: 识别 "identify" alone): too little to tell
    few = {0: 1.0, 1: 1.0, **{4 + c: 1.0 for c in range(UNSPOKEN_STEMS - 1)}}
    Z, E = lexical([few, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}], en)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) is None
    # the English has none of zh 1's own words either (a loose rendering): nothing says whose words are missing
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) is None


def test_the_unspoken_test_is_for_prose_not_structured_markdown() -> None:
    # a documentation page renders its sentences loosely: there the orphan is left to the length and heading tests
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    ev = Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED)
    assert orphan((0, 0, 2, 1), ev, 1.0, unspoken=False) is None
    assert split_orphans([(0, 0, 2, 1)], ev, unspoken=False) == [(0, 0, 2, 1)]
    assert split_orphans([(0, 0, 2, 1)], ev) == [(0, 0, 1, 0), (1, 0, 2, 1)]


# the end of an abstract whose English runs long (medline en2zh-doc13's shape): the sentence before the last names
# things of its own (卷烟 cigarettes, 适中 modest, 衡量 measured) and restates its neighbour's subject (印度, 非法)
CIGARETTE_ZH = ["因此，在印度消费的卷烟中，只有大约二十分之一是非法的。",
                "2016 年至 2017 年，非法卷烟的等值零售价值估计为 490 亿印度卢比（7.53 亿美元），税收损失估计为 250 亿"
                "印度卢比（3.9 亿美元）。",
                "按全球标准衡量，印度的非法卷烟消费量相对适中。",
                "尽管如此，作为全面烟草控制战略的一部分，印度应加强其控制非法烟草市场的能力，同时还应继续执行烟草税等传统的减少"
                "需求措施。"]
CIGARETTE_EN = ["Consequently, only about 1 in 20 cigarettes consumed in India was illicit.",
                "Between 2016 and 2017, the estimated equivalent retail sales value of illicit cigarettes was 49 "
                "billion Indian rupees (753 million United States dollars, US$) and the estimated tax revenue foregone "
                "was 25 billion Indian rupees (US$ 390 million).",
                "Illicit cigarette consumption is relatively modest in India by global standards.",
                "Nonetheless, India should strengthen its capacity to control the illicit tobacco market as part of a "
                "comprehensive tobacco control strategy, while also continuing to implement traditional demand "
                "reduction measures, such as tobacco taxation."]


def test_deleted_translation_of_a_sentence_naming_its_own_things_beside_a_wordy_english_leaves_it_unpaired() -> None:
    en = CIGARETTE_EN[:2] + CIGARETTE_EN[3:]  # the translation of zh 2 deleted
    got = [(b.zh, b.en) for b in align(CIGARETTE_ZH, en)]
    assert ((2,), ()) in got and ((3,), (2,)) in got
    # the whole translation: one to one
    assert [(b.zh, b.en) for b in align(CIGARETTE_ZH, CIGARETTE_EN)] == [((k,), (k,)) for k in range(4)]


def test_a_sentence_naming_its_own_things_that_the_translator_merged_into_the_next_stays_merged() -> None:
    # a real 2-1: the English writes zh 2 as the opening clause of zh 3's sentence, naming its things
    en = [*CIGARETTE_EN[:2], "Although illicit cigarette consumption is relatively modest in India by global "
          "standards, India should strengthen its capacity to control the illicit tobacco market as part of a "
          "comprehensive tobacco control strategy, while also continuing to implement traditional demand reduction "
          "measures, such as tobacco taxation."]
    got = [(b.zh, b.en) for b in align(CIGARETTE_ZH, en)]
    assert ((2, 3), (2,)) in got


def test_two_english_sentences_run_together_leave_no_translated_sentence_unpaired() -> None:
    # chinaxiv13 cx13-025's shape: the English lost the space after a full stop ("…for food.To understand…"), so one
    # English sentence renders two Chinese ones; the next Chinese sentence has no English (a real omission)
    zh = ["湿地是许多水鸟重要的栖息地和食物来源。",
          "作为一种常见的湿地植物，芦苇的生长特征不仅影响自身的繁殖，还影响依赖它获取食物的鸟类。",
          "为了解芦苇的生长特征及其影响因素，该研究通过定期观测芦苇的物候，测量温度和湿度等环境因子，分析芦苇在个体和种群"
          "水平上的生长特征。",
          "结果表明，芦苇的生长期约为120天，其生长与平均温度显著相关。",
          "总之，芦苇的生长特征受多种因素影响，需要综合考虑生物和非生物因子。"]
    en = ["Wetlands are important habitats and food sources for many water birds.",
          "As a common wetland plant, the growth characteristics of reed not only affect its own reproduction, but "
          "also affect the birds that depend on it for food.To understand the growth characteristics of reed and their "
          "impact factors, we regularly observed the phenology of reed, measured environmental factors such as "
          "temperature and humidity, and analysed the growth characteristics of reed at the individual and "
          "population levels.",
          "In conclusion, the growth characteristics of reed are affected by many factors, and biotic and abiotic "
          "factors need to be considered together."]
    got = [(b.zh, b.en) for b in align(zh, en)]
    assert [z for z, e in got if not e] == [(3,)]
