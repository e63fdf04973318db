"""Tests of checks.term_sentence_moved through term-missing: a term whose sentence the alignment paired with English
that does not translate it, while a neighbouring bead translates it and says the term."""
from __future__ import annotations

from dataclasses import replace

from tests.checks.terms_kit import gl, manuscript, only
from zhen_qa.checks import terms as checks
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.term_excuses import switched
from zhen_qa.checks.term_sentence_moved import WEAK_SCORE, nearby
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.document import Bead, Manuscript

SELF_CONTROL = Concept("self-control", "自我控制", "self-control")
# the Chinese aim, then results the English leaves out; the English opens with a quotation the Chinese lacks
ZH = ["本文提出君子人格通过自我控制促进心理健康的假设。", "结果表明君子人格正向预测自我控制。"]
QUOTE = "Confucius said that the gentleman is free from worries and fears."
AIM = "This paper proposes the hypothesis that Junzi personality promotes mental health through self-control."
MISSING = "「自我控制」 has no “self-control” in the aligned English"


def scored(zh: list[str], en: list[str], scores: list[float]) -> Manuscript:
    """zh and en aligned one to one, the beads scored as given."""
    m = manuscript(zh, en, [((i,), (i,)) for i in range(len(zh))])
    pair = m.pairs[0]
    beads = tuple(Bead(b.zh, b.en, s) for b, s in zip(pair.beads, scores, strict=True))
    return replace(m, pairs=(replace(pair, beads=beads),))


def missing(zh: list[str], en: list[str], scores: list[float], concept: Concept = SELF_CONTROL) -> list[str]:
    return [f.message for f in only(list(checks.run(CheckContext(scored(zh, en, scores), gl(concept)))),
                                    "term-missing")]


def test_a_sentence_translated_in_the_next_bead_of_a_free_rewrite_is_not_missing() -> None:
    assert missing(ZH, [QUOTE, AIM], [0.2, 0.3]) == []


def test_the_excuse_is_what_silences_it() -> None:
    with switched(["sentence-moved"]):
        assert missing(ZH, [QUOTE, AIM], [0.2, 0.3]) == [MISSING]


def test_a_bead_that_reads_as_a_translation_keeps_its_finding() -> None:
    assert missing(ZH, [QUOTE, AIM], [WEAK_SCORE, 0.3]) == [MISSING]


def test_a_neighbour_naming_the_term_without_translating_the_sentence_keeps_it() -> None:
    other = "Self-control was measured twice."
    assert missing(ZH, [QUOTE, other], [0.2, 0.3]) == [MISSING]


def test_an_english_term_translated_in_a_neighbouring_chinese_bead_is_not_missing() -> None:
    zh = ["孔子说君子不忧不惧。", "本文提出君子人格通过自我控制促进心理健康的假设。"]
    en = ["This paper proposes the hypothesis that Junzi personality promotes mental health through self-control.",
          "Results show that self-control was predicted by Junzi personality."]
    assert missing(zh, en, [0.2, 0.3]) == []
    with switched(["sentence-moved"]):
        assert missing(zh, en, [0.2, 0.3]) == ["“self-control” has no 「自我控制」 in the aligned Chinese"]


def test_nearby_sees_the_beads_around_within_the_radius() -> None:
    m = scored(["甲。", "乙。", "丙。", "丁。"], ["A.", "B.", "C.", "D."], [0.1, 0.2, 0.3, 0.4])
    pair = m.pairs[0]
    near = nearby(m, radius=1)[id(pair.zh[0])]
    assert near.score == 0.1
    assert [s.text.text for s in near.partner] == ["A."]
    assert [s.text.text for s in near.around] == ["B."]
    assert [s.text.text for s in nearby(m, radius=2)[id(pair.en[2])].around] == ["甲。", "乙。", "丁。"]


def test_a_sentence_names_a_concept_by_its_match_or_by_a_form_in_the_given_language() -> None:
    from zhen_qa.checks.term_sentence_moved import names_concept

    m = manuscript(["自我控制很重要。"], ["Self-control matters.", "Nothing here."], [((0,), (0,))])
    zh, (said, other) = m.pairs[0].zh[0], m.pairs[0].en
    names_en = names_concept(("self-control",), lambda s: (), ("self-control",), "en")
    assert names_en(said) and not names_en(other)
    names_zh = names_concept(("self-control",), lambda s: (), ("自我控制",), "zh")
    assert names_zh(zh) and not names_zh(other)
