"""Tests of checks.term_derived through term-missing: a noun said by its adjective or its bearer's noun."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_derived import combined_said, derived_said, derived_words, gerund_bases, verb_said
from zhen_qa.glossary.model import Concept

SCHIZOPHRENIA = Concept("scz", "精神分裂症", "schizophrenia")
AUTISM = Concept("aut", "孤独症", "autism")
SMOKING = Concept("smk", "吸烟", "smoking")
SCREENING = Concept("scr", "筛查", "screening")
SAMPLING = Concept("smp", "采样", "sampling")


def missing(concept: Concept, zh: str, en: str) -> list[str]:
    return term_missing(gl(concept), [zh], [en])


def test_the_bearer_noun_and_the_adjective_render_the_noun() -> None:
    zh = "这些改变可能导致精神分裂症患者的认知缺陷。"
    assert missing(SCHIZOPHRENIA, zh, "These changes may cause the cognitive deficits seen in schizophrenes.") == []
    assert missing(AUTISM, "孤独症儿童的社交能力较弱。", "Autistic children have weaker social skills.") == []
    assert derived_said("Many insomniacs sleep less than five hours.", ["insomnia"])
    assert derived_said("An allergic reaction followed.", ["allergy"])
    assert derived_said("The obese group ate more.", ["obesity"])


def test_a_real_omission_and_unrelated_short_words_stay_missing() -> None:
    zh = "这些改变可能导致精神分裂症患者的认知缺陷。"
    assert len(missing(SCHIZOPHRENIA, zh, "These changes may cause the cognitive deficits seen in patients.")) == 1
    assert len(missing(SCHIZOPHRENIA, zh, "These changes may cause the cognitive deficits seen in substance.")) == 1
    # a bare -e only on a long stem: "mania" is no "mane"; the derived word must be a whole word
    assert "mane" not in derived_words("mania")
    assert not derived_said("The autistically", ["autism"])
    assert derived_words("brain network") == ()


NEURAL = Concept("nm", "神经机制", "neural mechanism")


def test_the_combining_form_starting_a_closed_compound_renders_the_phrase() -> None:
    zh = "本文综述创造力的心理神经机制。"
    assert missing(NEURAL, zh, "We review the neuropsychological mechanisms of creativity.") == []
    assert combined_said("the cardiovascular risk", ["cardiac risk"])


def test_the_compound_without_the_rest_of_the_phrase_or_a_modifier_before_is_missing() -> None:
    zh = "本文综述创造力的心理神经机制。"
    assert len(missing(NEURAL, zh, "We review the neuropsychological substance of creativity.")) == 1
    assert len(missing(NEURAL, "本文综述创造力的神经机制。", "We review the psychological mechanisms.")) == 1


def test_the_compound_saying_more_than_the_chinese_still_says_the_term() -> None:
    # no modifier glued before the Chinese term: the English compound says the term and more (neurophysiological),
    # which adds to the rendering; the term is not missing (reported before: the excuse asked for 心理神经机制)
    en = "We review the neurophysiological mechanisms of emotion."
    assert missing(NEURAL, "本文综述情绪加工的神经机制。", en) == []


METABOLISM = Concept("met", "新陈代谢", "metabolism")


def test_a_derived_word_belonging_to_the_concept_named_again_does_not_say_it() -> None:
    # 代谢病 names metabolism a second time: "metabolic diseases" is its rendering, and 新陈代谢 is replaced
    zh = "益生菌还能调节机体的新陈代谢，有效预防代谢病。"
    assert missing(METABOLISM, zh, "Probiotics can also regulate the substance of the body and prevent metabolic"
                                   " diseases.") == ["「新陈代谢」 has no “metabolism” in the aligned English"]
    # named once, the adjective says it
    assert missing(METABOLISM, "益生菌还能调节机体的新陈代谢。", "Probiotics also have metabolic effects.") == []


def test_an_ing_noun_is_said_by_its_verbs_agent_noun() -> None:
    assert missing(SMOKING, "大量吸烟的人服用β-胡萝卜素会增加肺癌发病率。",
                   "High-intensity smokers who take beta-carotene have an increased lung cancer incidence.") == []
    assert missing(SMOKING, "该试验纳入长期吸烟的男性。", "The trial included male chronic smokers.") == []
    assert verb_said("first-time screeners", ["screening"]) and verb_said("heavy drinkers", ["drinking"])
    assert "plan" in gerund_bases("planning")


def test_an_ing_noun_is_said_by_its_verbs_participle() -> None:
    """因筛查检出 = "screen-detected", 接受筛查的女性 = "women who were screened": the verb, not its noun homograph."""
    assert verb_said("screen-detected cancers", ["screening"]) and verb_said("women who were screened", ["screening"])
    assert verb_said("the plan was planned", ["planning"])
    assert not verb_said("a screen-door", ["screening"]) and not verb_said("by screen five", ["screening"])
    assert missing(SCREENING, "因筛查检出的癌症生长较慢。", "Screen-detected cancers grow slowly.") == []
    assert len(missing(SCREENING, "因筛查检出的癌症生长较慢。", "Substance-detected cancers grow slowly.")) == 1


def test_an_ing_noun_needs_its_whole_agent_noun_and_one_of_its_own() -> None:
    # "tobacco use" is no agent noun of smoking (a synonym; the object inside 吸烟 says it: term_inner_object)
    assert not verb_said("Tobacco use increases lung cancer risk.", ["smoking"])
    # the verb's noun homograph is another thing as often as not (term_participle: "the samples" for 采样)
    en = "Compliance decreased to 85.5% by screen five."
    assert len(missing(SCREENING, "第五次筛查时该比例降至85.5%。", en)) == 1
    assert not verb_said("secondary to cigarette smoke", ["smoking"])
    assert not verb_said("a smokescreen", ["smoking"])  # inside a longer word
    assert gerund_bases("dosing") == ()  # too short a stem
    # with 样本 "sample" in the sentence, "samplers" may be that word's, not the rendering of 采样 "sampling"
    assert missing(SAMPLING, "颜色代表采样日期。", "The samplers colored it by date.") == []
    assert len(missing(SAMPLING, "样本点的颜色代表采样日期。", "The samplers colored each sample by date.")) == 1


def test_a_second_naming_is_read_in_han_runs_of_any_block() -> None:
    # said_again reads the words of Han runs as script.HAN counts them: a compatibility ideograph (U+F9F7 for 立)
    # or an extension-A character in a word counts as Han, as it does everywhere else in zhen-qa
    from zhen_qa.checks.term_derived import said_again

    for word in ("代\uf9f7", "代\u3400"):
        assert said_again(f"\0\0\0患者的{word}水平", ["metabolism"], {word: ("metabolism",)})
    assert not said_again("\0\0\0患者的体重水平", ["metabolism"], {"代谢": ("metabolism",)})
