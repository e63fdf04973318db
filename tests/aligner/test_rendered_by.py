from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from tests.aligner.orphan_inputs import chars
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.edge_pairs import pair_edges
from zhen_qa.aligner.orphan_evidence import Evidence
from zhen_qa.aligner.rendered_by import OWN_STEM_SHARE, OWN_STEMS, glossed_from_bead, renders_own

# a Chinese sentence left alone (Y) before a bead X-(f, E) whose first English sentence f pairs better with Y than
# with X by the 1-1 similarity (X is one long sentence the English writes as two: f scores low against all of X)
PATH = [(0, 0, 1, 0), (1, 0, 2, 2)]


def _similarity(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
    if (a, b) == (1, 1):
        return np.where(I == 1, 1.0, 0.2)  # Chinese sentence 0 (Y) with anything: 1.0; X: 0.2
    return np.full(I.shape, 0.1)


def test_an_edge_sentence_goes_to_the_sentence_alone_by_similarity() -> None:
    assert pair_edges(PATH, _similarity) == [(0, 0, 1, 1), (1, 1, 2, 2)]


def test_an_edge_sentence_rendering_its_own_chinese_stays() -> None:
    kept = pair_edges(PATH, _similarity, contained=lambda j, x, y: (j, x, y) == (0, 0, (1, 2)))
    assert kept == PATH


ZH = ("矿质元素是土壤质量的重要方面。"
      "本研究以贵州喀斯特山区典型人工林为研究对象，探讨了土壤矿质元素含量特征及其相关性。"
      "结果表明：该区典型人工林土壤矿质元素含量存在较大差异，且同一元素在不同树种之间的变化幅度各异，锌、铬、铁的变化规律较为一致，"
      "钙、锶的变化趋势较为相似。"
      "研究结果有利于掌握养分元素积累特征。")
STUDY = ("With the typical man-made forest in Guizhou karst mountain area as object, the paper explored the soil "
         "mineral element contents and their correlation. ")
RESULT = ("The result indicated that there were large differences in the soil mineral element contents of the typical "
          "man-made forest in the area. "
          "The change rules of Zn, Cr and Fe were relatively consistent, "
          "and the change trends of Ca and Sr were similar. ")
EN = ("Mineral element is an important aspect of soil quality. " + "{study}" + RESULT
      + "The research results are helpful for mastering the accumulation characteristics of nutrient elements.")


def _beads(en: str) -> list[tuple[int, int]]:
    ms = build_from_texts(ZH, en, presplit=False)
    return [(len(b.zh), len(b.en)) for p in ms.pairs for b in p.beads]


def test_a_sentence_whose_translation_is_deleted_leaves_its_neighbour_both_halves() -> None:
    # the second sentence's English is gone: the first half of the next sentence's English shares topic words
    # with it (soil, mineral element, man-made forest) but renders only what its own Chinese says (差异, 结果表明)
    assert _beads(EN.format(study="")) == [(1, 1), (1, 0), (1, 2), (1, 1)]


def test_its_translation_present_it_keeps_it() -> None:
    assert _beads(EN.format(study=STUDY)) == [(1, 1), (1, 1), (1, 2), (1, 1)]


def _evidence(zh: list[str], en: list[str], z: list[list[int]], e: list[list[int]]) -> Evidence:
    import scipy.sparse as sp


    def rows(r: list[list[int]]) -> sp.csr_matrix:
        return sp.csr_matrix(np.array([[1.0 if c in row else 0.0 for c in range(12)] for row in r]))

    return Evidence(np.array([len(t) for t in zh]), np.array([len(t) for t in en]), rows(z), rows(e), zh, en)


# stems 0-1: the topic both Chinese sentences gloss into; 2-5: the neighbour's own words; 6: the orphan's own
ZH2 = ["我们将患者随机分组。", "结果显示切片中的细胞明显减少。"]
Z2, E2 = [[0, 1, 6], [0, 1, 2, 3, 4, 5]], [[0, 1, 2, 3, 4]]


def test_an_english_sentence_rendering_the_neighbour_goes_to_it() -> None:
    from zhen_qa.aligner.rendered_by import rendered_by

    ev = _evidence(ZH2, ["Sections showed fewer cells."], [[0, 1, 6], [0, 1, 2, 3, 4, 5]], [[0, 1, 2, 3, 4]])
    assert rendered_by(ev, 0, 0, (1, 2))


def test_a_number_the_orphan_writes_keeps_its_english() -> None:
    from zhen_qa.aligner.rendered_by import rendered_by

    zh = ["我们以1∶1∶1的比例将患者随机分组。", "结果显示切片中的细胞明显减少。"]
    ev = _evidence(zh, ["Patients were assigned in a 1:1:1 ratio; sections showed fewer cells."],
                   [[0, 1, 6], [0, 1, 2, 3, 4, 5]], [[0, 1, 2, 3, 4]])
    assert not rendered_by(ev, 0, 0, (1, 2))
    seven = _evidence(["可识别出7个层位。", ZH2[1]], ["Seven horizons; sections showed fewer cells."], Z2, E2)
    unnumbered = _evidence(["可识别出7个层位。", ZH2[1]], ["Horizons; sections showed fewer cells."], Z2, E2)
    assert rendered_by(unnumbered, 0, 0, (1, 2))
    assert not rendered_by(seven, 0, 0, (1, 2))


def test_an_orphan_the_lexicon_does_not_see_keeps_its_english() -> None:
    from zhen_qa.aligner.rendered_by import rendered_by

    ev = _evidence(ZH2, ["Sections showed fewer cells."], [[6], [0, 1, 2, 3, 4, 5]], [[0, 1, 2, 3, 4]])
    assert not rendered_by(ev, 0, 0, (1, 2))  # the orphan glosses into none of the English's stems


# a summary sentence pointing back (这种方法) whose English names what it points to in the words of the sentence before
ISOTOPE_ZH = ("背景\n\n我们测定了土壤中氮、磷、钾的含量，并用同位素标记法追踪了植物根系对这些元素的吸收。"
              "结果表明，这种方法稳定可靠，值得推广。此外，我们比较了三种施肥方案的产量差异。\n")
ISOTOPE_EN = ("Background\n\nWe measured nitrogen, phosphorus and potassium in the soil and traced their uptake by "
              "plant roots with isotope labelling. Isotope labelling of plant roots is thus a stable way to trace "
              "the uptake of nitrogen, phosphorus and potassium from soil. We also compared the yields of three "
              "fertilization schemes.\n")


def test_a_sentence_pointing_back_keeps_the_english_that_names_what_it_points_to() -> None:
    ms = build_from_texts(ISOTOPE_ZH, ISOTOPE_EN, presplit=False)
    beads = [(b.zh, b.en) for p in ms.pairs for b in p.beads]
    assert [(len(zh), len(en)) for zh, en in beads][-3:] == [(1, 1), (1, 1), (1, 1)]


def test_a_pointing_sentence_with_a_word_of_its_own_in_the_english_keeps_it() -> None:
    from zhen_qa.aligner.rendered_by import rendered_by

    # stem 6 (稳定 "stable") is the pointing sentence's own, in the English: it renders the sentence (after the one it
    # points back to)
    zh = [ZH2[1], "结果表明，这种方法稳定可靠。"]
    z, e = [[0, 1, 2, 3, 4, 5], [0, 1, 6]], [[0, 1, 2, 3, 4, 5, 6]]
    assert not rendered_by(_evidence(zh, ["Sections showed a stable way."], z, e), 0, 1, (0, 1))
    # without a word of its own there, the English renders the sentence before, pointing or not
    assert rendered_by(_evidence(zh, ["Sections showed fewer cells."], z, [[0, 1, 2, 3, 4, 5]]), 0, 1, (0, 1))
    plain = [ZH2[1], "结果表明，方法稳定可靠。"]
    assert rendered_by(_evidence(plain, ["Sections showed a stable way."], z, e), 0, 1, (0, 1))


def test_a_pointing_sentence_points_only_back() -> None:
    from zhen_qa.aligner.rendered_by import rendered_by

    # the sentence after a pointing one is no antecedent: its words in the English are its own rendering
    zh = ["结果表明，这种方法稳定可靠。", ZH2[1]]
    ev = _evidence(zh, ["Sections showed a stable way."], [[0, 1, 6], [0, 1, 2, 3, 4, 5]], [[0, 1, 2, 3, 4, 5, 6]])
    assert rendered_by(ev, 0, 0, (1, 2))


def test_pointing_back() -> None:
    from zhen_qa.aligner.rendered_by import refers_back

    assert refers_back("结果表明，这种方法稳定可靠。") and refers_back("此外，此方法可用于育种。")
    assert refers_back("上述结果表明该区土壤贫瘠。") and refers_back("这一发现表明其机制不同。")
    assert not refers_back("因此，由此可见，在此基础上彼此之间应该注意，其中尤其是及其相关性。")
    assert not refers_back("当前糖工程研究方兴未艾，对该领域的综述论文并不鲜见。")  # no clause opens with it



def test_an_orphan_whose_translation_stands_moved_in_the_neighbours_english_keeps_its_own() -> None:
    from zhen_qa.aligner.rendered_by import give_back_rendered

    # Y's English opens with X's translation (moved before Y's), then Y's; X holds the last of Y's English sentences
    zh = [ZH2[1], "我们将患者随机分组。"]
    path = [(0, 0, 1, 2), (1, 2, 2, 3)]
    moved = _evidence(zh, ["Patients were grouped at random.", "Sections showed fewer cells.", "Cells were fewer."],
                      [[0, 1, 2, 3, 4, 5], [0, 1, 6, 7, 8, 9]], [[0, 1, 6, 7, 8, 9], [0, 1, 2, 3], [0, 1, 2, 3, 4, 5]])
    assert give_back_rendered(path, moved, 4) == path
    # X's translation nowhere: the English it holds goes back to Y
    deleted = _evidence(zh, ["Sections showed fewer cells.", "Cells were fewer.", "Counts were lower."],
                        [[0, 1, 2, 3, 4, 5], [0, 1, 6, 7, 8, 9]], [[0, 1, 2], [0, 1, 2, 3], [0, 1, 2, 3, 4, 5]])
    assert give_back_rendered(path, deleted, 4) == [(0, 0, 1, 3), (1, 3, 2, 3)]


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


def test_an_english_edge_is_glossed_from_its_bead_when_a_third_of_its_stems_are() -> None:
    """`glossed_from_bead`: 3 stems of the bead's Chinese are a rendering's words in a sentence of 9 stems (the second
    half of a long Chinese sentence) and not in one of 10 (an added conclusion naming the bead's nouns: review49 R10),
    nor are 2 of 4 (fewer than RENDER_STEMS)."""

    zh = {c: 1.0 for c in range(3)} | {20: 1.0, 21: 1.0}
    E = sp.csr_matrix(np.array([[1.0 if c < 3 or 10 <= c < 16 else 0.0 for c in range(30)],      # 3 of 9
                                [1.0 if c < 3 or 10 <= c < 17 else 0.0 for c in range(30)],      # 3 of 10
                                [1.0 if c in (20, 21, 22, 23) else 0.0 for c in range(30)]]))    # 2 of 4
    Z = sp.csr_matrix(np.array([[zh.get(c, 0.0) for c in range(30)]]))
    ev = Evidence(chars(50), chars(100, 100, 100), Z, E)
    assert glossed_from_bead(ev, (0, 0, 1, 3), 0)
    assert not glossed_from_bead(ev, (0, 0, 1, 3), 1)
    assert not glossed_from_bead(ev, (0, 0, 1, 3), 2)


# an abstract whose second sentence's English is deleted: stems 7-8 are the first sentence's, 0-1 the topic, 6 the
# orphan's own, 2-5 and 9-11 its neighbour's (written by the English as three sentences f, e, g)
CROSS_ZH = ["本研究纳入了两家医院的病例。", "我们将患者随机分组。", "结果显示切片中的细胞明显减少，且计数较低。"]
CROSS_Z = [[7, 8], [0, 1, 6], [0, 1, 2, 3, 4, 5, 9, 10, 11]]


def _cross(e: list[int], e_text: str = "Counts were lower.") -> Evidence:
    en = ["Cases came from two hospitals.", "Sections showed fewer cells.", e_text, "Both fell."]
    return _evidence(CROSS_ZH, en, CROSS_Z, [[7, 8], [0, 1, 2, 3, 4], e, [10, 11]])


def test_a_lone_english_sentence_rendering_the_chinese_beyond_a_weak_pair_undoes_the_crossing() -> None:
    from zhen_qa.aligner.rendered_by import give_back_rendered

    # the search left f ("Sections showed fewer cells.", the third sentence's) alone and paired the orphan with e
    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4)]
    assert give_back_rendered(path, _cross([0, 9]), 4) == [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 4)]
    # mirrored: the lone English sentence after the pair renders the Chinese before it
    zh = [CROSS_ZH[2], CROSS_ZH[1], CROSS_ZH[0]]
    en = ["Both fell.", "Counts were lower.", "Sections showed fewer cells.", "Cases came from two hospitals."]
    ev = _evidence(zh, en, CROSS_Z[::-1], [[10, 11], [0, 9], [0, 1, 2, 3, 4], [7, 8]])
    path = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 2, 3), (2, 3, 3, 4)]
    assert give_back_rendered(path, ev, 4) == [(0, 0, 1, 3), (1, 3, 2, 3), (2, 3, 3, 4)]


def test_a_reordered_translation_keeps_its_crossing() -> None:
    from zhen_qa.aligner.rendered_by import give_back_rendered

    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4)]
    # e glosses the orphan's own word (stem 6): it is the orphan's translation, written after its neighbour's first
    assert give_back_rendered(path, _cross([0, 6]), 4) == path
    # ...or writes a number only the orphan has (两家 is no digit: the second sentence writes 30)
    zh = [CROSS_ZH[0], "我们将30名患者随机分组。", CROSS_ZH[2]]
    en = ["Cases came from two hospitals.", "Sections showed fewer cells.", "The 30 counts were lower.", "Both fell."]
    ev = _evidence(zh, en, CROSS_Z, [[7, 8], [0, 1, 2, 3, 4], [0, 9], [10, 11]])
    assert give_back_rendered(path, ev, 4) == path
    # the grown bead would hold more English sentences than a bead may
    assert give_back_rendered(path, _cross([0, 9]), 2) == path


def test_an_orphan_paired_with_the_english_of_the_lone_sentence_beside_it_swaps() -> None:
    from zhen_qa.aligner.rendered_by import give_back_rendered

    # X-e, Y-null where e renders Y and not X: X is the sentence whose translation was deleted
    zh, path = ZH2, [(0, 0, 1, 1), (1, 1, 2, 1)]
    deleted = _evidence(zh, ["Sections showed fewer cells."], Z2, E2)
    assert give_back_rendered(path, deleted, 4) == [(0, 0, 1, 0), (1, 0, 2, 1)]
    # e renders X (its own stem 6): the lone sentence is the one without English
    kept = _evidence(zh, ["Patients were grouped at random."], Z2, [[0, 1, 6]])
    assert give_back_rendered(path, kept, 4) == path


def test_a_lone_english_sentence_with_the_dates_of_the_chinese_beyond_undoes_the_crossing() -> None:
    from zhen_qa.aligner.rendered_by import give_back_rendered

    # f glosses one stem of Y (the lexicon knows few of a methods sentence's words) but writes Y's two dates
    zh = ["目的探讨新流程的效果。", "方法回顾分析2019年3月至2020年5月的病例。", "结果延误减少。"]
    z = [[0, 1, 6], [0, 1, 2, 9], [0, 10, 11]]
    en = ["Cases from March 2019 to May 2020 were reviewed.", "The new process was applied to the cases.",
          "Delays fell."]
    path = [(0, 0, 0, 1), (0, 1, 1, 2), (1, 2, 2, 2), (2, 2, 3, 3)]
    dated = _evidence(zh, en, z, [[2, 3], [0, 9], [10, 11]])
    assert give_back_rendered(path, dated, 4) == [(0, 0, 1, 0), (1, 0, 2, 2), (2, 2, 3, 3)]
    # the same English sentence without the dates: nothing says whose it is
    undated = _evidence(zh, ["Cases were reviewed.", *en[1:]], z, [[2, 3], [0, 9], [10, 11]])
    assert give_back_rendered(path, undated, 4) == path


def test_a_run_of_lone_english_sentences_is_added_background_not_a_crossing() -> None:
    from zhen_qa.aligner.rendered_by import give_back_rendered

    en = ["Exclusion is common.", "Cases came from two hospitals.", "Sections showed fewer cells.",
          "Counts were lower.", "Both fell."]
    ev = _evidence(CROSS_ZH, en, CROSS_Z, [[7], [7, 8], [0, 1, 2, 3, 4], [0, 9], [10, 11]])
    # the sentence before f has no Chinese either: two English sentences the Chinese lacks, not one displaced
    path = [(0, 0, 1, 2), (1, 2, 1, 3), (1, 3, 2, 4), (2, 4, 3, 5)]
    assert give_back_rendered(path, ev, 4) == [(0, 0, 1, 2), (1, 2, 2, 2), (2, 2, 3, 5)]
    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 1, 3), (1, 3, 2, 4), (2, 4, 3, 5)]
    assert give_back_rendered(path, ev, 4) == path
