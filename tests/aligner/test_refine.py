from __future__ import annotations

import numpy as np

from zhen_qa.aligner.align import align
from zhen_qa.aligner.refine import (
    STRONG_GAIN,
    best_split,
    en_edge_judge,
    join_nulls,
    merge_rate,
    return_strays,
    shift_nulls,
    split_unsupported,
)


def table_similarity(pairs: set[tuple[int, int]], cap: float = 1.0):
    """Bead similarity = 2 * translated pairs inside the bead / sentences in the bead (a toy coverage score),
    at most `cap`."""

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        out = []
        for i, j in zip(I.tolist(), J.tolist()):
            A, B = range(i - a, i), range(j - b, j)
            hits = sum(1 for x in A for y in B if (x, y) in pairs)
            out.append(min(cap, 2.0 * hits / (a + b)))
        return np.array(out)

    return sim


def test_orphan_chinese_sentence_is_split_off_a_two_to_one_bead() -> None:
    sim = table_similarity({(0, 0), (2, 1), (3, 2)})  # zh 1 has no English
    path = [(0, 0, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]
    assert split_unsupported(path, sim) == [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]


def test_orphan_english_sentence_at_the_start_of_a_bead_is_split_first() -> None:
    sim = table_similarity({(0, 1), (1, 2)})  # en 0 has no Chinese
    path = [(0, 0, 1, 2), (1, 2, 2, 3)]
    assert split_unsupported(path, sim) == [(0, 0, 0, 1), (0, 1, 1, 2), (1, 2, 2, 3)]


def test_two_orphans_in_one_bead_are_both_split() -> None:
    sim = table_similarity({(1, 0)})  # zh 0 and zh 2 are untranslated
    assert split_unsupported([(0, 0, 3, 1)], sim) == [(0, 0, 1, 0), (1, 0, 2, 1), (2, 1, 3, 1)]


def test_supported_merge_is_kept() -> None:
    sim = table_similarity({(0, 0), (0, 1), (1, 2)})  # zh 0 is translated by en 0 and en 1
    path = [(0, 0, 1, 2), (1, 2, 2, 3)]
    assert best_split(path[0], sim)[0] <= 0  # type: ignore[index]  (dropping en 1 loses evidence)
    assert split_unsupported(path, sim) == path


def test_an_english_sentence_that_pairs_on_its_own_needs_more_than_noise_to_be_split_off() -> None:
    """One Chinese sentence written as two English ones, the second a little weaker: dropping it gains less than
    EN_EDGE_MARGIN, so the 1-2 bead stays; a Chinese sentence with the same small gain is split off, and so is an
    English sentence that pairs with the Chinese far worse than the rest of the bead does."""
    from zhen_qa.aligner.refine import EN_EDGE_MARGIN

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        # 1-1 beads 0.32, the 1-2 / 2-1 bead 0.315: dropping an edge gains 0.005
        return np.full(I.shape, 0.32 if a + b == 2 else 0.315)

    assert 0.005 < EN_EDGE_MARGIN
    assert split_unsupported([(0, 0, 1, 2)], sim) == [(0, 0, 1, 2)]
    assert split_unsupported([(0, 0, 2, 1)], sim) in ([(0, 0, 1, 0), (1, 0, 2, 1)], [(0, 0, 1, 1), (1, 1, 2, 1)])

    def weak_second(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        # zh 0 with en 1 alone: 0.1, a third of zh 0 with en 0
        one = np.where(J == 2, 0.1, 0.32)
        return one if a + b == 2 else np.full(I.shape, 0.315)

    assert split_unsupported([(0, 0, 1, 2)], weak_second) == [(0, 0, 1, 1), (1, 1, 1, 2)]


def test_an_english_sentence_kept_by_its_own_evidence_stays_in_its_bead() -> None:
    """A long Chinese sentence written as two English ones: the bead gains without the first (the length term),
    but a `keep` predicate that finds the sentence's own words in the Chinese keeps it; the Chinese edge of a
    2-1 bead is still split."""
    sim = table_similarity({(0, 1)})  # by the similarity alone, en 0 has no Chinese
    assert split_unsupported([(0, 0, 1, 2)], sim) == [(0, 0, 0, 1), (0, 1, 1, 2)]
    asked: list[tuple[tuple[int, int, int, int], int]] = []

    def keep(b: tuple[int, int, int, int], j: int) -> bool:
        asked.append((b, j))
        return j == 0

    assert split_unsupported([(0, 0, 1, 2)], sim, keep=keep) == [(0, 0, 1, 2)]
    assert ((0, 0, 1, 2), 0) in asked
    sim = table_similarity({(1, 0)})  # zh 0 has no English: a Chinese edge is not the predicate's to keep
    assert split_unsupported([(0, 0, 2, 1)], sim, keep=lambda b, j: True) == [(0, 0, 1, 0), (1, 0, 2, 1)]


def damped(sim, factor: float):
    """The similarity with every gain from dropping a sentence scaled down (weak evidence of an orphan)."""

    def out(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        return sim(a, b, I, J) * (factor if a + b == 2 else 1.0)

    return out


def test_documents_with_many_supported_merges_keep_their_weakly_unsupported_merges() -> None:
    # 30 supported 2-1 beads (a freely translated text merging Chinese sentences), then one bead with an orphan
    pairs = {(2 * k, k) for k in range(30)} | {(2 * k + 1, k) for k in range(30)} | {(61, 30)}
    path = [(2 * k, k, 2 * k + 2, k + 1) for k in range(30)] + [(60, 30, 62, 31)]
    weak = damped(table_similarity(pairs), 0.7)  # 1-1 beads score 0.7: dropping the orphan gains 0.033
    assert merge_rate(path, 1) > 0.5 and merge_rate(path, 1, "zh") > 0.5
    assert 0 < best_split(path[-1], weak)[0] <= STRONG_GAIN  # type: ignore[index]
    assert split_unsupported(path, weak) == path
    assert split_unsupported(path, weak, max_rate=1.0)[-2:] == [(60, 30, 61, 30), (61, 30, 62, 31)]


def test_english_splitting_sentences_does_not_keep_a_chinese_orphan_merged() -> None:
    """30 supported 1-2 beads (English that writes each Chinese sentence as two, as translated abstracts do) say
    nothing of Chinese sentences merged: a Chinese orphan in a 2-1 bead is split off at a weak gain; an English
    orphan in such a document is not (its side's merges are many)."""
    pairs = {(k, 2 * k) for k in range(30)} | {(k, 2 * k + 1) for k in range(30)} | {(31, 60)}
    path = [(k, 2 * k, k + 1, 2 * k + 2) for k in range(30)] + [(30, 60, 32, 61)]
    weak = damped(table_similarity(pairs), 0.7)
    assert merge_rate(path, 1) > 0.5 and merge_rate(path, 1, "zh") < 0.1
    assert 0 < best_split(path[-1], weak)[0] <= STRONG_GAIN  # type: ignore[index]
    assert split_unsupported(path, weak)[-2:] == [(30, 60, 31, 60), (31, 60, 32, 61)]
    pairs = {(k, 2 * k) for k in range(30)} | {(k, 2 * k + 1) for k in range(30)} | {(30, 61)}
    path = [(k, 2 * k, k + 1, 2 * k + 2) for k in range(30)] + [(30, 60, 31, 62)]  # en 60 has no Chinese
    weak = damped(table_similarity(pairs), 0.7)
    assert 0 < best_split(path[-1], weak)[0] <= STRONG_GAIN  # type: ignore[index]
    assert split_unsupported(path, weak) == path


def test_a_strongly_unsupported_merge_is_split_whatever_the_merge_rate() -> None:
    """An orphan that costs its bead much evidence (a deleted translation in a freely translated abstract)."""
    pairs = {(k, 2 * k) for k in range(30)} | {(k, 2 * k + 1) for k in range(30)} | {(31, 60)}
    path = [(k, 2 * k, k + 1, 2 * k + 2) for k in range(30)] + [(30, 60, 32, 61)]
    sim = table_similarity(pairs)  # dropping zh 30 raises the bead from 0.67 to 1.0
    assert best_split(path[-1], sim)[0] > STRONG_GAIN  # type: ignore[index]
    assert split_unsupported(path, sim)[-2:] == [(30, 60, 31, 60), (31, 60, 32, 61)]


def test_path_without_merges_is_unchanged() -> None:
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2)]
    assert split_unsupported(path, table_similarity({(0, 0), (2, 1)})) == path


def test_batched_best_splits_equal_one_by_one() -> None:
    from zhen_qa.aligner.refine import best_split, best_splits

    def similarity(a, b, I, J):  # deterministic toy scores that depend on the bead
        return np.sin(I * 1.7 + J * 0.3 + a * 0.11 - b * 0.05)

    path = [(0, 0, 1, 1), (1, 1, 3, 2), (3, 2, 4, 5), (4, 5, 4, 6), (4, 6, 6, 8)]
    batched = best_splits(path, similarity)
    assert sorted(batched) == [1, 2, 4]
    for k, got in batched.items():
        want = best_split(path[k], similarity)
        assert want is not None and got[1] == want[1] and abs(got[0] - want[0]) < 1e-12


def test_a_null_bead_moves_onto_the_sentence_its_neighbour_pairs_worse() -> None:
    """zh 1 is untranslated, but the search paired zh 1 with en 1 and left zh 2 unpaired (a shifted path)."""
    sim = table_similarity({(0, 0), (2, 1), (3, 2)})
    shifted = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 2), (3, 2, 4, 3)]
    assert shift_nulls(shifted, sim) == [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]
    # an English orphan the other way round: en 1 has no Chinese, the search left en 2 unpaired
    sim_en = table_similarity({(0, 0), (1, 2)})
    assert shift_nulls([(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 2, 3)], sim_en) == \
        [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3)]


def test_a_null_bead_stays_when_the_neighbour_pairs_as_well() -> None:
    sim = table_similarity({(0, 0), (1, 1)})  # zh 2 is the orphan already
    path = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 2)]
    assert shift_nulls(path, sim) == path


def test_a_null_bead_moves_to_make_a_pairs_list_markers_agree() -> None:
    """zh 1 (the last sentence of item zh 0) lost its English; the search gave it the next item's English (en 1) on a
    few shared words and left that item, zh 2, alone. The item markers say where en 1 belongs."""
    from zhen_qa.aligner.list_items import markers_agree

    zh = ["• 到第2周时，大多数婴儿每3至4小时进食一次。", "随着时间的推移，您的宝宝会养成饮食规律。",
          "• 个别情况下，您的宝宝饮用的奶量可能会有所不同。"]
    en = ["• By 2 weeks, most babies eat every 3 to 4 hours.", "• Your baby may eat different amounts at times."]

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:  # zh 1 shares a little more with en 1
        table = {(0, 0): 0.7, (1, 1): 0.31, (2, 1): 0.25}
        return np.array([table.get((i - 1, j - 1), 0.1) if a == b == 1 else 0.1 for i, j in zip(I.tolist(),
                                                                                              J.tolist())])

    shifted = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 2)]
    marked = lambda b: markers_agree(zh, en, b)  # noqa: E731
    assert shift_nulls(shifted, sim) == shifted  # the similarity alone keeps the shifted path
    assert shift_nulls(shifted, sim, marked=marked) == [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2)]
    # nothing moves when the markers already agree, or when the pair made would be far weaker
    plain = ["到第2周时。", "随着时间的推移。", "个别情况下。"]
    assert shift_nulls(shifted, sim, marked=lambda b: markers_agree(plain, [e[2:] for e in en], b)) == shifted
    weak = {(0, 0): 0.7, (1, 1): 0.5, (2, 1): 0.25}
    far = lambda a, b, I, J: np.array([weak.get((i - 1, j - 1), 0.1) for i, j in zip(I.tolist(), J.tolist())])  # noqa: E731
    assert shift_nulls(shifted, far, marked=marked) == shifted


# zh 0 is translated by en 0 and en 1; zh 1 has no English; zh 2-4 pair 1-1 (similarities not capped at 1, so
# that a bead holding more translated pairs scores higher)
STRAY = {(0, 0), (0, 1), (2, 2), (3, 3), (4, 4)}
STRAY_PATH = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3), (3, 3, 4, 4), (4, 4, 5, 5)]


def test_an_english_sentence_taken_from_its_split_by_an_orphan_goes_back() -> None:
    got = return_strays(STRAY_PATH, table_similarity(STRAY, 2.0), 4)
    assert got == [(0, 0, 1, 2), (1, 2, 2, 2)] + STRAY_PATH[2:]


def test_the_stray_goes_back_to_the_next_bead_too() -> None:
    path = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3), (3, 3, 4, 4)]
    pairs = {(1, 0), (1, 1), (2, 2), (3, 3)}  # zh 0 has no English, zh 1 is translated by en 0 and en 1
    assert return_strays(path, table_similarity(pairs, 2.0), 4) == [(0, 0, 1, 0), (1, 0, 2, 2)] + path[2:]


def test_a_pair_with_evidence_keeps_its_sentence() -> None:
    sim = table_similarity(STRAY | {(1, 1)}, 2.0)  # zh 1 translates en 1 as well
    assert return_strays(STRAY_PATH, sim, 4) == STRAY_PATH


def test_a_sentence_that_adds_to_the_merged_bead_is_a_crossing_not_an_orphan() -> None:
    # zh 1 also translates part of en 0: (zh 0, zh 1)-(en 0, en 1) is a 2-2 crossing
    assert return_strays(STRAY_PATH, table_similarity(STRAY | {(1, 0)}, 2.0), 4) == STRAY_PATH


def test_a_neighbour_full_to_the_largest_side_takes_nothing() -> None:
    assert return_strays(STRAY_PATH, table_similarity(STRAY, 2.0), 1) == STRAY_PATH


def test_a_weak_pair_in_a_weakly_translated_document_is_kept() -> None:
    # the other pairs have no more evidence than the orphan's: nothing says it is the odd one out
    assert return_strays(STRAY_PATH, table_similarity({(0, 0), (0, 1)}, 2.0), 4) == STRAY_PATH


def test_a_stray_from_a_pair_below_the_median_goes_back_when_both_raises_say_so() -> None:
    """zh 1's English deleted, it took en 1, the first half of zh 0's split: the pair is not weak (it shares words,
    0.3 against a median of 0.5), but zh 0's bead gains with en 1 (0.5 -> 0.6) and en 1 pairs better with zh 0
    (0.4 against 0.3), STEAL_GAIN and more together, and zh 1 dilutes the grown bead; with small raises (0.02
    each), or when zh 1 joined to the grown bead costs it nothing, the pair stays."""
    from zhen_qa.aligner.refine import STEAL_GAIN

    def scores(grown: float, near: float, merged: float = 0.45):
        table = {(1, 1, 1, 1): 0.5, (1, 1, 2, 2): 0.3, (1, 1, 3, 3): 0.5, (1, 1, 4, 4): 0.5, (1, 1, 5, 5): 0.5,
                 (1, 2, 1, 2): grown, (1, 1, 1, 2): near, (2, 2, 2, 2): merged}

        def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
            return np.array([table.get((a, b, i, j), 0.1) for i, j in zip(I.tolist(), J.tolist())])
        return sim

    assert (0.6 - 0.5) + (0.4 - 0.3) > STEAL_GAIN > (0.52 - 0.5) + (0.32 - 0.3)
    got = return_strays(STRAY_PATH, scores(0.6, 0.4), 4)
    assert got == [(0, 0, 1, 2), (1, 2, 2, 2)] + STRAY_PATH[2:]
    assert return_strays(STRAY_PATH, scores(0.52, 0.32), 4) == STRAY_PATH
    # zh 1 adds nothing the grown bead lacks (a heading the next sentence repeats): not an orphan
    assert return_strays(STRAY_PATH, scores(0.6, 0.4, merged=0.59), 4) == STRAY_PATH


def test_a_short_abstract_of_merges_measures_weakness_against_all_its_pairs() -> None:
    """A short abstract whose English writes most Chinese sentences as several: its one 1-1 bead (zh 0, its English
    deleted, with en 0, the first half of zh 1's rendering) is its own median, so it is weak only against the median
    of all the beads with both sides (0.45); en 0 pairs better with zh 1 and zh 1's bead gains with it."""
    table = {(1, 1, 1, 1): 0.17, (1, 2, 2, 3): 0.45, (1, 3, 3, 6): 0.6, (1, 3, 2, 3): 0.5, (1, 1, 2, 1): 0.3,
             (2, 3, 2, 3): 0.35}

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        return np.array([table.get((a, b, i, j), 0.1) for i, j in zip(I.tolist(), J.tolist())])

    path = [(0, 0, 1, 1), (1, 1, 2, 3), (2, 3, 3, 6)]
    assert return_strays(path, sim, 4) == [(0, 0, 1, 0), (1, 0, 2, 3), (2, 3, 3, 6)]
    table[(1, 3, 3, 6)] = table[(1, 2, 2, 3)] = 0.2  # pairs as loose as it: nothing says it is the odd one out
    assert return_strays(path, sim, 4) == path


def test_deleted_translation_next_to_a_sentence_the_english_splits_leaves_the_orphan_unpaired() -> None:
    zh = ["本研究纳入了一百二十名慢性心力衰竭患者。",
          "本文总结了现有的关于特发性颅内高压病理生理学的文献，并进一步探讨了目前针对其发病机制研究的临床前期模型。",
          "这一领域仍有许多问题有待解决。",  # its English deleted
          "这些模型也有助于评估抑制脑脊液分泌的新型治疗靶点。",
          "需要进一步的研究。"]
    en = ["This study enrolled 120 patients with chronic heart failure.",
          "This article summarises the current literature on the pathophysiology of idiopathic intracranial "
          "hypertension.",
          "It then further discusses current preclinical models for research on its pathogenesis mechanism.",
          "These models are also useful to evaluate novel therapeutic targets to abrogate CSF secretion.",
          "Further research is needed."]
    got = [(b.zh, b.en) for b in align(zh, en)]
    assert ((1,), (1, 2)) in got and ((2,), ()) in got


def test_a_null_bead_joins_the_neighbour_it_translates_part_of() -> None:
    # zh 0 is translated by en 0 and en 1 (the search left en 0 alone); zh 1 - en 2
    path = [(0, 0, 0, 1), (0, 1, 1, 2), (1, 2, 2, 3)]
    got = join_nulls(path, table_similarity({(0, 0), (0, 1), (1, 2)}, 2.0), 4)
    assert got == [(0, 0, 1, 2), (1, 2, 2, 3)]


def test_an_orphan_that_dilutes_its_neighbour_stays_alone() -> None:
    # en 0 translates nothing (a deleted Chinese sentence): joining it would lower the neighbour's similarity
    path = [(0, 0, 0, 1), (0, 1, 1, 2), (1, 2, 2, 3)]
    assert join_nulls(path, table_similarity({(0, 1), (1, 2)}, 2.0), 4) == path


def test_a_null_bead_joins_no_neighbour_full_to_the_largest_side() -> None:
    path = [(0, 0, 0, 1), (0, 1, 1, 2), (1, 2, 2, 3)]
    assert join_nulls(path, table_similarity({(0, 0), (0, 1), (1, 2)}, 2.0), 1) == path


def test_a_weak_pair_whose_english_is_far_too_short_gives_it_back_even_at_a_small_cost() -> None:
    """zh 1's English deleted, it took en 1, the first half of zh 0's split (a weak pair: 0.1 against a median of
    0.5); en 1 pairs better with zh 0 (0.16, too little to steal it), but zh 0's bead loses a little with it
    (0.5 -> 0.47, the length term of a 1-2 bead). The pair stays, unless its English is far too short to translate
    zh 1 (`too_short`): then it is no whole translation and en 1 goes back."""

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        table = {(1, 1, 1, 1): 0.5, (1, 1, 2, 2): 0.1, (1, 1, 3, 3): 0.5, (1, 1, 4, 4): 0.5, (1, 1, 5, 5): 0.5,
                 (1, 2, 1, 2): 0.47, (1, 1, 1, 2): 0.16, (2, 2, 2, 2): 0.3}
        return np.array([table.get((a, b, i, j), 0.05) for i, j in zip(I.tolist(), J.tolist())])

    assert return_strays(STRAY_PATH, sim, 4) == STRAY_PATH
    assert return_strays(STRAY_PATH, sim, 4, too_short=lambda b: False) == STRAY_PATH
    got = return_strays(STRAY_PATH, sim, 4, too_short=lambda b: b == (1, 1, 2, 2))
    assert got == [(0, 0, 1, 2), (1, 2, 2, 2)] + STRAY_PATH[2:]


def test_a_null_bead_joins_no_neighbour_it_would_make_far_too_long() -> None:
    path = [(0, 0, 0, 1), (0, 1, 1, 2), (1, 2, 2, 3)]
    sim = table_similarity({(0, 0), (0, 1), (1, 2)}, 2.0)
    assert join_nulls(path, sim, 4, too_long=lambda b: b == (0, 0, 1, 2)) == path
    assert join_nulls(path, sim, 4, too_long=lambda b: False) == [(0, 0, 1, 2), (1, 2, 2, 3)]


def _bead_table(table: dict[tuple[int, int, int, int], float], default: float = 0.05):
    """Similarity from a table keyed by (a, b, I, J): the bead type and its end node."""

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        return np.array([table.get((a, b, i, j), default) for i, j in zip(I.tolist(), J.tolist())])

    return sim


# zh 0 written as en 0 and en 1, zh 1's English deleted: the search paired zh 1 with en 1 (0.2, below the median
# 0.5); zh 0's bead loses a little with en 1 (0.5 -> 0.45: the length term of a 1-2 bead) and zh 1 joined to it
# hardly changes it (0.44), so neither older test gives en 1 back
_OWN_PATH = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3)]
_OWN_SIM = _bead_table({(1, 1, 1, 1): 0.5, (1, 1, 2, 2): 0.2, (1, 1, 3, 3): 0.6, (1, 2, 1, 2): 0.45,
                        (1, 1, 1, 2): 0.4, (2, 2, 2, 2): 0.44})


def test_an_english_sentence_whose_words_are_its_neighbours_goes_back_to_it() -> None:
    """en 1's words belong to zh 0 (its best Chinese sentence nearby, by content): it goes back to zh 0's bead and
    zh 1 is left alone, unless the grown bead's English is far too long or zh 1 shares a name or number with en 1."""
    content = _bead_table({(1, 1, 1, 2): 0.4, (1, 1, 2, 2): 0.2, (1, 1, 3, 2): 0.1})
    expected = [(0, 0, 1, 2), (1, 2, 2, 2), (2, 2, 3, 3)]
    assert return_strays(_OWN_PATH, _OWN_SIM, 4) == _OWN_PATH  # no length test given: nothing moves
    assert return_strays(_OWN_PATH, _OWN_SIM, 4, too_long=lambda b: False, content=content) == expected
    assert return_strays(_OWN_PATH, _OWN_SIM, 4, too_long=lambda b: b == (0, 0, 1, 2), content=content) == _OWN_PATH
    assert return_strays(_OWN_PATH, _OWN_SIM, 4, too_long=lambda b: False, content=content,
                         shares=lambda b: b == (1, 1, 2, 2)) == _OWN_PATH


def test_an_english_sentence_whose_words_are_its_own_pairs_stays() -> None:
    content = _bead_table({(1, 1, 1, 2): 0.3, (1, 1, 2, 2): 0.35, (1, 1, 3, 2): 0.1})  # en 1 is zh 1's after all
    assert return_strays(_OWN_PATH, _OWN_SIM, 4, too_long=lambda b: False, content=content) == _OWN_PATH


def test_nearest_chinese_sentence_of_an_english_one() -> None:
    from zhen_qa.aligner.refine import nearest_zh_of

    content = _bead_table({(1, 1, 1, 2): 0.1, (1, 1, 2, 2): 0.2, (1, 1, 3, 2): 0.6}, 0.0)
    assert nearest_zh_of(content, 3, (0, 1, 1, 2), 1) == 2
    assert nearest_zh_of(content, 2, (0, 1, 1, 2), 1) == 1  # only the document's sentences


def test_no_nearest_chinese_sentence_without_evidence_or_with_a_tie() -> None:
    from zhen_qa.aligner.refine import nearest_zh_of

    assert nearest_zh_of(_bead_table({}, 0.0), 3, (0, 1, 1, 2), 1) == -1  # "Lancet 2018": no words to pair
    assert nearest_zh_of(_bead_table({(1, 1, 1, 2): 0.3, (1, 1, 2, 2): 0.3}, 0.0), 3, (0, 1, 1, 2), 1) == -1


def test_no_english_sentence_goes_back_by_its_words_when_the_test_is_off() -> None:
    """`own=False` (structured Markdown, the aligner's `paragraphs`): the pass is the one before the test."""
    content = _bead_table({(1, 1, 1, 2): 0.4, (1, 1, 2, 2): 0.2, (1, 1, 3, 2): 0.1})
    assert return_strays(_OWN_PATH, _OWN_SIM, 4, too_long=lambda b: False, content=content) != _OWN_PATH
    assert return_strays(_OWN_PATH, _OWN_SIM, 4, too_long=lambda b: False, content=content, own=False) == _OWN_PATH


def test_a_null_bead_that_names_its_neighbours_chinese_joins_it_at_any_gain() -> None:
    """en 1 raises zh 1's bead by 0.01, less than JOIN_GAIN: alone it stays; when it carries a name the bead's
    Chinese writes and its English lacks (`names`), it joins."""
    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3)]
    sim = _bead_table({(1, 1, 1, 1): 0.6, (1, 1, 2, 3): 0.48, (1, 2, 2, 3): 0.49, (2, 1, 1, 2): 0.3})
    assert join_nulls(path, sim, 4) == path
    assert join_nulls(path, sim, 4, names=lambda b, j: b == (1, 1, 2, 3) and j == 1) == [(0, 0, 1, 1), (1, 1, 2, 3)]
    diluting = _bead_table({(1, 1, 1, 1): 0.6, (1, 1, 2, 3): 0.48, (1, 2, 2, 3): 0.47, (2, 1, 1, 2): 0.3})
    assert join_nulls(path, diluting, 4, names=lambda b, j: True) == path  # a name does not outweigh a loss


def test_in_one_group_reads_each_side_that_has_sentences() -> None:
    import numpy as np

    from zhen_qa.aligner.refine import in_one_group

    groups = (np.array([0, 0, 1, 1]), np.array([0, 1, 1]))
    assert in_one_group((0, 0, 2, 1), groups)  # zh 0-1 and en 0, all group 0
    assert not in_one_group((1, 0, 3, 1), groups)  # zh 1-2 cross groups 0 and 1
    assert not in_one_group((2, 0, 3, 1), groups)  # zh group 1 with en group 0
    assert in_one_group((2, 1, 2, 3), groups)  # an English pair alone, group 1: the empty side does not count
    assert in_one_group((1, 0, 2, 0), groups)  # a Chinese sentence alone
    assert in_one_group((1, 0, 3, 2), None)


def test_a_stray_goes_back_only_where_fits_allows_the_grown_bead() -> None:
    # the move of test_the_stray_goes_back_to_the_next_bead_too, vetoed: the grown bead (1, 0, 2, 2) does not fit
    path = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3), (3, 3, 4, 4)]
    sim = table_similarity({(1, 0), (1, 1), (2, 2), (3, 3)}, 2.0)
    assert return_strays(path, sim, 4, fits=lambda b: b != (1, 0, 2, 2)) == path
    assert return_strays(path, sim, 4, fits=lambda b: True) != path


def test_a_null_bead_does_not_move_to_make_a_pair_whose_english_is_far_too_long() -> None:
    """An English paragraph split off as without Chinese shares more words with the short sentence after it than
    that sentence's own English does: paired back, the wrong English would be reported (`too_long` given)."""
    sim = table_similarity({(0, 0)})  # zh 0 pairs better with en 0 (the long orphan) than with en 1, its own
    split = [(0, 0, 0, 1), (0, 1, 1, 2)]
    assert shift_nulls(split, sim) == [(0, 0, 1, 1), (1, 1, 1, 2)]
    assert shift_nulls(split, sim, too_long=lambda b: b == (0, 0, 1, 1)) == split


def test_an_english_edge_is_judged_by_the_english_similarity_only_where_it_is_asked_for() -> None:
    def en(a: int, b: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        return np.zeros(len(i))

    bead = (0, 0, 1, 2)
    assert en_edge_judge(bead, 1, None, None) is None
    assert en_edge_judge(bead, 1, en, None) is en
    assert en_edge_judge(bead, 1, en, lambda b, j: j == 1) is en
    assert en_edge_judge(bead, 0, en, lambda b, j: j == 1) is None
