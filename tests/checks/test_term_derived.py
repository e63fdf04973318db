"""Tests of checks.term_derived through term-missing: a noun said by its adjective or its bearer's noun."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.term_derived import derived_said, derived_words
from zhen_qa.glossary.model import Concept

SCHIZOPHRENIA = Concept("scz", "精神分裂症", "schizophrenia")
AUTISM = Concept("aut", "孤独症", "autism")


def missing(concept: Concept, zh: str, en: str) -> list[str]:
    return [f.message for f in only(run(gl(concept), [zh], [en]), "term-missing")]


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
