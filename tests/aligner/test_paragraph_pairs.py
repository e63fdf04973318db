"""Two paragraphs of as many sentences, wholly in one stretch of beads, pair one to one."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.paragraph_pairs import pair_paragraphs
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.manuscript.document import Bead


def _pairs(beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.zh, b.en) for b in beads]


def test_a_null_and_a_merge_inside_two_paragraphs_of_as_many_sentences_pair_one_to_one() -> None:
    # paragraph 0: one sentence a side; paragraph 1: two a side, aligned 1-0 + 1-2
    beads = [Bead((0,), (0,), 0.6), Bead((1,), (), 0.6), Bead((2,), (1, 2), 0.7), Bead((3,), (3,), 0.6)]
    out = pair_paragraphs(beads, [0, 1, 1, 2], [0, 1, 1, 2])
    assert _pairs(out) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
    assert out[0].score == 0.6 and out[3].score == 0.6  # beads outside the stretch are kept as they were


def test_paragraphs_of_unequal_counts_or_stretches_across_paragraphs_are_kept() -> None:
    deleted = [Bead((0,), (), 0.6), Bead((1,), (0,), 0.7)]  # a sentence really left out: 2 Chinese, 1 English
    assert pair_paragraphs(deleted, [0, 0], [0]) == deleted
    across = [Bead((0,), (), 0.6), Bead((1,), (0, 1), 0.7)]  # the English sentences are two paragraphs' ends
    assert pair_paragraphs(across, [0, 0], [0, 1]) == across
    ones = [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.7)]  # already one to one: scores kept
    assert pair_paragraphs(ones, [0, 0], [0, 0]) == ones


def test_a_short_paragraph_is_not_reported_untranslated() -> None:
    zh = ("检查结束后，您需要在成年家人或朋友的护送下回家。\n准时前来接受检查。 检查耗时 1 至 4 个小\n时。\n"
          "准备工作\n")
    en = ("An adult family member or friend needs to come with you to take you home after the test.\n"
          "Arrive on time for your test. The test takes \n1 to 4 hours.\nTo Prepare\n")
    ms = build_from_texts(zh, en, "zh.txt", "en.txt", presplit=False)
    assert [f.message for f in check_manuscript(ms) if f.rule == "untranslated"] == []
    # the same paragraph with its first English sentence deleted is reported
    ms = build_from_texts(zh, en.replace("Arrive on time for your test. ", ""), "zh.txt", "en.txt", presplit=False)
    assert [f.location.line for f in check_manuscript(ms) if f.rule == "untranslated"] == [2]
