"""Tests of checks.term_modifier_left: a Chinese term modifying the noun after it, the English saying that noun without
the term, the concept named on both sides just before."""
from __future__ import annotations

from dataclasses import replace

from tests.checks.terms_kit import gl, manuscript, only, run
from zhen_qa.checks import term_modifier_left
from zhen_qa.checks import terms as checks
from zhen_qa.checks.context import CheckContext
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.document import Manuscript
from zhen_qa.manuscript.lazy_re import LazyPattern

G = gl(Concept("insomnia", "失眠", "insomnia"))
ZH = ["失眠是脑卒中患者常见的疾病。", "皮内针法可以治疗失眠。", "在常规失眠治疗的基础上，给予皮内针法护理。"]
EN = ["Insomnia is a common disease of stroke patients.", "Intradermal acupuncture can treat insomnia."]


def test_a_modifier_the_english_leaves_to_the_sentences_before_needs_no_english_term() -> None:
    en = EN + ["On the basis of conventional treatment, intradermal acupuncture nursing was given."]
    assert only(run(G, ZH, en), "term-missing") == []


def test_the_term_replaced_or_its_whole_phrase_dropped_is_still_missing() -> None:
    # another word where the term was: a wrong rendering, not one left to the context
    en = EN + ["On the basis of conventional substance treatment, intradermal acupuncture nursing was given."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1
    # the whole phrase (失眠治疗, the treatment too) left out: the term goes with it
    en = EN + ["Intradermal acupuncture nursing was given as well."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1


def test_a_term_that_is_the_thing_itself_or_never_named_before_is_still_missing() -> None:
    # the term heads its phrase (nothing after it): the sentence's thing is gone
    zh = ZH[:2] + ["常规治疗无法缓解失眠。"]
    en = EN + ["Conventional treatment cannot relieve the symptoms."]
    assert len(only(run(G, zh, en), "term-missing")) == 1
    # the word after the term is a verb (治疗 "treats"), the English word before it renders the object after it: the
    # term is the sentence's subject, dropped
    zh = ZH[:2] + ["失眠治疗困难，需要长期护理。"]
    en = EN + ["Long-term care treats the difficulty."]
    assert len(only(run(G, zh, en), "term-missing")) == 1
    # no bead before names the concept on both sides: nothing for the context to supply
    zh = ["脑卒中患者常伴有多种疾病。", "皮内针法是一种方法。", ZH[2]]
    en = ["Stroke patients often have several diseases.", "Intradermal acupuncture is a method.",
          "On the basis of conventional treatment, intradermal acupuncture nursing was given."]
    assert len(only(run(G, zh, en), "term-missing")) == 1


def _weak_last(zh: list[str], en: list[str], score: float) -> Manuscript:
    """`terms_kit.manuscript` with its last bead scoring `score` (the others 1.0)."""
    m = manuscript(zh, en, [((i,), (i,)) for i in range(len(zh))])
    pair = m.pairs[0]
    beads = (*pair.beads[:-1], pair.beads[-1]._replace(score=score))
    return replace(m, pairs=(replace(pair, beads=beads),))


def test_a_pair_that_reads_as_no_translation_keeps_the_finding() -> None:
    # an author's background sentence paired with the Chinese method: its "treatment" says nothing of 失眠治疗
    en = EN + ["On the basis of conventional treatment, intradermal acupuncture nursing was given."]
    weak = list(checks.run(CheckContext(_weak_last(ZH, en, 0.2), G)))
    assert len(only(weak, "term-missing")) == 1
    well = list(checks.run(CheckContext(_weak_last(ZH, en, 0.5), G)))
    assert only(well, "term-missing") == []


def test_a_term_dropped_with_its_own_qualifier_is_still_missing() -> None:
    # 常规 qualifies 失眠治疗: "the treatment" alone drops "conventional insomnia", more than the concept named before
    en = EN + ["On the basis of the treatment, intradermal acupuncture nursing was given."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1


G2 = gl(Concept("insomnia", "失眠", "insomnia"), Concept("depression", "抑郁", "depression"))


def test_a_noun_two_concepts_named_before_could_own_keeps_the_finding() -> None:
    # insomnia and depression both named just before: "the treatment" may be either's, the term tells which
    zh = ["本研究纳入了同时患有失眠和抑郁的患者。", "失眠治疗采用认知行为疗法，抑郁治疗采用药物治疗。"]
    en = ["The study enrolled patients with both insomnia and depression.",
          "The treatment used cognitive behavioural therapy, while medication was used for depression."]
    assert len(only(run(G2, zh, en), "term-missing")) == 1
    # one sentence naming only the treatment, the other concept still named on both sides just before
    zh = ["本研究纳入了同时患有失眠和抑郁的患者。", "在常规失眠治疗的基础上，给予皮内针法护理。"]
    en = ["The study enrolled patients with both insomnia and depression.",
          "On the basis of conventional treatment, intradermal acupuncture nursing was given."]
    assert len(only(run(G2, zh, en), "term-missing")) == 1
    # with insomnia alone named before, the same sentence leaves the treatment one owner
    zh = ["本研究纳入了失眠患者。", "在常规失眠治疗的基础上，给予皮内针法护理。"]
    en = ["The study enrolled patients with insomnia.",
          "On the basis of conventional treatment, intradermal acupuncture nursing was given."]
    assert only(run(G2, zh, en), "term-missing") == []


def test_a_noun_the_chinese_sentence_says_again_with_another_modifier_keeps_the_finding() -> None:
    # 抑郁治疗 beside 失眠治疗 (抑郁 in no glossary): the sentence names the treatment twice, the term tells them apart
    zh = ZH[:2] + ["常规失眠治疗采用皮内针法，抑郁治疗采用药物。"]
    en = EN + ["Conventional treatment used intradermal acupuncture, while medication was used for depression."]
    assert len(only(run(G, zh, en), "term-missing")) == 1


def test_its_pattern_is_compiled_on_first_use_not_at_import() -> None:
    assert isinstance(term_modifier_left._TOKEN, LazyPattern)
