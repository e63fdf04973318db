"""Crossings: a Chinese sentence translated by an English sentence of another doubtful bead."""
from __future__ import annotations

from zhen_qa.aligner.crossings import Crossing, crossings, runs, shared, unsaid_sentences
from zhen_qa.manuscript.document import Bead

ZH = ["探索行为是婴幼儿获取外部信息、促进认知发展的重要途径。",
      "本研究采用家庭观察和实验室陌生情境技术，考察了母亲鼓励自主与学步儿探索行为的关系。",
      "结果发现，母亲鼓励自主显著正向预测探索行为的频次和坚持性。",
      "结论：母亲鼓励自主能够促进婴幼儿的探索行为。"]
EN = ["Exploratory behavior is an important way for infants to obtain information from the external environment.",
      "Most earlier studies looked at the value of novel objects and at the stages of exploration.",
      "Maternal encouragement of autonomy can promote the exploratory behavior of infants.",
      "The aim of the present study was to examine how maternal encouragement of autonomy bears on the exploratory "
      "behavior of toddlers, observed at home and in the laboratory strange situation."]


def test_a_sentence_translated_two_beads_on_crosses_to_it() -> None:
    beads = [Bead((0,), (0,), 0.66), Bead((1,), (1,), 0.2), Bead((2,), (), 0.75), Bead((3,), (2,), 0.34),
             Bead((), (3,), 0.55)]
    found = crossings(ZH, EN, beads)
    assert [(c.zh, c.en, c.beads) for c in found] == [(1, 3, (1, 4))]
    assert found[0].shared >= 4 and runs(found) == [(1, 4)]


def test_a_well_aligned_stretch_has_no_crossing() -> None:
    # each sentence paired with its translation (the aim's English moved up beside it): its partner says it best
    en = [EN[0], EN[3], EN[2]]
    beads = [Bead((0,), (0,), 0.66), Bead((1,), (1,), 0.35), Bead((2,), (), 0.75), Bead((3,), (2,), 0.34)]
    assert crossings(ZH, en, beads) == []


def test_a_crossing_needs_a_weak_bead_between_and_more_than_the_partner_says() -> None:
    # a strong bead between the two breaks the run
    beads = [Bead((0,), (0,), 0.66), Bead((1,), (1,), 0.2), Bead((2,), (), 0.75), Bead((3,), (2,), 0.6),
             Bead((), (3,), 0.55)]
    assert crossings(ZH, EN, beads) == []
    # the partner translating the sentence as well as the far English does: no crossing
    assert shared(ZH[1], EN[3]) > shared(ZH[1], EN[1])


def test_runs_join_overlapping_crossings() -> None:
    found = [Crossing(1, 3, (1, 3), 5), Crossing(2, 4, (2, 5), 6), Crossing(7, 8, (7, 8), 4)]
    assert runs(found) == [(1, 5), (7, 8)]


def test_an_unpaired_chinese_sentence_beside_a_well_aligned_bead_is_not_judged() -> None:
    # its English may have been deleted, and a neighbour restating its words would hide that (medline zh2en-doc68)
    beads = [Bead((0,), (0,), 0.66), Bead((1,), (), 0.7), Bead((2,), (1,), 0.2), Bead((3,), (2,), 0.34),
             Bead((), (3,), 0.55)]
    assert [c.zh for c in crossings(ZH, EN, beads)] == []
    paired = [Bead((0,), (0,), 0.66), Bead((1,), (1,), 0.2), Bead((2,), (), 0.7), Bead((3,), (2,), 0.34),
              Bead((), (3,), 0.55)]
    assert [c.zh for c in crossings(ZH, EN, paired)] == [1]
    # the first sentence of a pair has one neighbour: a deleted opening sentence (zh2en-doc68's aim) stays reported
    first = [Bead((1,), (), 0.7), Bead((0,), (0,), 0.35), Bead((2,), (1, 2), 0.2), Bead((3,), (3,), 0.34)]
    assert crossings(ZH, EN, first) == []


def test_an_unpaired_chinese_sentence_amid_doubtful_beads_crosses_to_its_english() -> None:
    # cx12-002's shape: the aim (ZH[1]) left unpaired between two beads pairing sentences they do not translate,
    # its English (EN[3]) paired with the conclusion
    beads = [Bead((0,), (0,), 0.35), Bead((1,), (), 0.7), Bead((2,), (1, 2), 0.2), Bead((3,), (3,), 0.34)]
    found = crossings(ZH, EN, beads)
    assert [(c.zh, c.en, c.beads) for c in found] == [(1, 3, (1, 3))]
    # a well-aligned bead on either side: not judged
    strong = [Bead((0,), (0,), 0.35), Bead((1,), (), 0.7), Bead((2,), (1, 2), 0.55), Bead((3,), (3,), 0.34)]
    assert crossings(ZH, EN, strong) == []


ADDED = "Exploration is generally linked with good developmental outcomes."
"""Background the English adds: no Chinese sentence of ZH says it."""


def test_an_english_sentence_of_the_run_no_chinese_says_is_unsaid() -> None:
    en = [EN[0], ADDED, EN[1], EN[2], EN[3]]
    beads = [Bead((0,), (0,), 0.66), Bead((1,), (1, 2), 0.2), Bead((2,), (), 0.75), Bead((3,), (3,), 0.34),
             Bead((), (4,), 0.55)]
    found = crossings(ZH, en, beads)
    assert runs(found) == [(1, 4)]
    # the added sentence only: EN[1] and EN[2] share words with the Chinese (free renderings, background the
    # Chinese touches), EN[3] is the crossing's target
    assert unsaid_sentences(ZH, en, beads, (1, 4), found) == [1]


def test_an_unpaired_or_short_english_sentence_is_not_unsaid() -> None:
    # unpaired: extra-target reports it already; short: a heading or fragment shares nothing for lack of words
    en = [EN[0], EN[1], ADDED, EN[2], EN[3], "Methods and results."]
    beads = [Bead((0,), (0,), 0.66), Bead((1,), (1,), 0.2), Bead((), (2,), 0.7), Bead((2,), (), 0.75),
             Bead((3,), (3, 5), 0.34), Bead((), (4,), 0.55)]
    found = crossings(ZH, en, beads)
    assert found and unsaid_sentences(ZH, en, beads, runs(found)[0], found) == []
