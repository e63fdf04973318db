"""Unpaired sentences of a paired unit folded into neighbouring beads of the unit: opposite lone sentences,
discourse phrases, echoes of a neighbour's names, halves of a split translation."""
from __future__ import annotations

from zhen_qa.aligner.unit_folds import discourse_phrase, fold_unpaired, join_echoes, join_halves, word_count
from zhen_qa.manuscript.document import Bead


def _b(zh: tuple[int, ...], en: tuple[int, ...]) -> Bead:
    return Bead(zh, en, 0.5)


def test_unpaired_sentences_side_by_side_in_one_unit_become_one_bead() -> None:
    beads = [_b((0,), (0,)), _b((1,), ()), _b((), (1,))]
    folded = fold_unpaired(beads, lambda b: 0, ([False, False], [False, False]))
    assert [(b.zh, b.en) for b in folded] == [((0,), (0,)), ((1,), (1,))]
    apart = fold_unpaired(beads, lambda b: 0 if b.zh == (0,) else 1 if b.zh else 2, ([False, False], [False, False]))
    assert [(b.zh, b.en) for b in apart] == [((0,), (0,)), ((1,), ()), ((), (1,))]  # different units: kept


def test_unpaired_discourse_phrase_joins_its_neighbour() -> None:
    beads = [_b((), (0,)), _b((0,), (1,)), _b((), (2,))]
    folded = fold_unpaired(beads, lambda b: 0, ([False], [True, False, True]))
    assert [(b.zh, b.en) for b in folded] == [((0,), (0, 1, 2))]
    kept = fold_unpaired(beads, lambda b: 0, ([False], [False, False, False]))
    assert [(b.zh, b.en) for b in kept] == [((), (0,)), ((0,), (1,)), ((), (2,))]


def test_discourse_phrases_are_short_and_carry_no_anchor() -> None:
    for text in ("Great!", "OK!", "Let's try that.", "如下所示：", "啊，再次失败。"):
        assert discourse_phrase(text), text
    for text in ("Ignored when \ufffc is set.", "在 APISIX 3.16.0 中可用。", "Use GPU training.",
                 "The dataset provides methods to load data.", "可选值为 \ufffc 和 \ufffc。", "GPU.", "Use GPU!"):
        assert not discourse_phrase(text), text


def test_second_half_of_a_split_translation_joins_its_neighbour() -> None:
    # English sentence 1 (180 characters) is translated by Chinese 1 (49) and 2 (20): the prior ratio is 2.6
    beads = [_b((0,), (0,)), _b((1,), (1,)), _b((2,), ())]
    lengths = ([40, 49, 20], [100, 180])
    assert [(b.zh, b.en) for b in join_halves(beads, lambda b: 0, lengths)] == [((0,), (0,)), ((1, 2), (1,))]
    # the same sentence in another unit: a paragraph of its own, not a half
    apart = join_halves(beads, lambda b: 1 if b.zh == (2,) else 0, lengths)
    assert [(b.zh, b.en) for b in apart] == [((0,), (0,)), ((1,), (1,)), ((2,), ())]


def test_omitted_sentence_stays_unpaired_when_the_neighbour_fits_alone() -> None:
    # English 1 is as long as Chinese 1 alone warrants: Chinese 2 has no translation
    beads = [_b((0,), (0,)), _b((1,), (1,)), _b((2,), ())]
    lengths = ([40, 49, 30], [100, 122])
    assert [(b.zh, b.en) for b in join_halves(beads, lambda b: 0, lengths)] == [(b.zh, b.en) for b in beads]
    # an English sentence left unpaired in the unit could be its translation: nothing is joined
    with_other = beads + [_b((), (2,))]
    lengths = ([40, 49, 20], [100, 180, 30])
    assert join_halves(with_other, lambda b: 0, lengths) == with_other



def test_join_halves_looks_at_each_bead_a_bounded_number_of_times() -> None:
    """Linear in the section: a 1.2 MB Markdown page took 9 s in a scan of every bead for every lone bead."""
    n = 3000
    beads = [_b((i,), ()) if i % 2 else _b((i,), (i,)) for i in range(n)]  # every other bead one-sided
    lengths = ([10] * n, [26] * n)
    calls = 0

    def group(bead: Bead) -> int:
        nonlocal calls
        calls += 1
        return bead.zh[0] // 10  # units of ten sentences

    joined = join_halves(beads, group, lengths)
    assert len(joined) == n  # the neighbours fit alone (ratio 2.6): nothing is a half
    assert calls < 10 * n


def test_short_sentence_whose_names_the_neighbour_translation_holds_joins_it() -> None:
    beads = [_b((), (0,)), _b((0,), (1,))]
    zh = ["FAQ 中出现的解法，包含代码片段。"]
    en = ["FAQ suggestion.", "Including a code sample."]
    assert [(b.zh, b.en) for b in join_echoes(beads, lambda b: 0, (zh, en))] == [((0,), (0, 1))]
    # the acronym is not in the neighbour's Chinese, or the sentence is no short one: kept apart
    assert join_echoes(beads, lambda b: 0, (["中出现的解法，包含代码片段。"], en)) == beads
    long = ["FAQ suggestions are collected by the team every week.", en[1]]
    assert join_echoes(beads, lambda b: 0, (zh, long)) == beads
    assert join_echoes(beads, lambda b: 1 if b.zh else 0, (zh, en)) == beads  # another unit


def test_word_count_counts_latin_words_and_han_characters_by_two() -> None:
    assert word_count("Use the GPU.") == 3
    assert word_count("使用显卡") == 2
    assert word_count("a 中") == 0.5  # one-letter words are not counted
