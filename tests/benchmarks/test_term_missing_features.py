"""The term-missing study's features (benchmarks/term_missing_features.py), on small inputs of our own."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import term_missing_features as study  # noqa: E402

from zhen_qa.checks import context  # noqa: E402
from zhen_qa.glossary.model import Concept, Glossary  # noqa: E402

RODENT = Concept("rodent", "啮齿动物", "rodent")
FIBER = Concept("fiber", "肌纤维", "muscle fiber")


def test_importing_the_study_changes_no_check() -> None:
    assert context.CheckContext.aligned_beads is study._original


def test_sentences_are_counted_where_a_listed_form_is_found() -> None:
    zh = study.sentences("啮齿动物很多。啮齿类也多。", "zh")
    en = study.sentences("Rodents are many. They eat seeds. Rodent teeth grow.", "en")
    assert (len(zh), len(en)) == (2, 3)
    assert study.count(RODENT, "zh", zh) == 1 and study.count(RODENT, "en", en) == 2


def test_agreement_is_low_where_the_translation_renders_few_terms_as_listed() -> None:
    glossary = Glossary.build([RODENT, FIBER])
    zh = study.sentences("啮齿动物的肌纤维。啮齿动物很多。", "zh")
    assert study.agreement(glossary, zh, study.sentences("Rodent muscle fibers. Rodents are many.", "en")) == 1.0
    assert study.agreement(glossary, zh, study.sentences("Their myofibers. They are many.", "en")) == 0.0


def test_a_distinctive_part_of_a_rendering_is_shared() -> None:
    assert study.part_shared("zh", RODENT, "啮齿类的牙齿") == 1
    assert study.part_shared("en", FIBER, "the myofibers of mice") == 1
    assert study.part_shared("en", FIBER, "the substance of mice") == 0


def test_a_lexicon_sense_is_not_the_injected_substance() -> None:
    smoking = Concept("smoking", "吸烟", "smoking")
    assert study.lexicon_said("吸烟", "zh", smoking, "They replaced the substance.") == 0
